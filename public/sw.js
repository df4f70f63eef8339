// Senda's service worker. It keeps the exact files of one build, so the app
// opens offline after the first visit, and it never serves files of two builds
// to one page: a new build installs beside the old one and takes over only when
// the user chooses "reload" (see src/js/service_worker.js).
//
// crates/senda-build (worker_data.rs) writes this build's data as the file's first line,
// `self.SENDA_BUILD = {…};`. Unbuilt, the worker stops here and keeps nothing.
const {
  // This build's own name for its cache.
  version: VERSION,
  // What every visit keeps: the page, the styles, the icons and the data
  // files. On mobile data every byte is hers to pay for.
  precache: PRECACHE,
  // The shared guide's own program (src/shell/guide_app.rs): kept once it
  // starts ('keep-guide'), and by every later version on that device. A
  // mentor's device that never opened a guide link goes without: the page
  // starts the whole app for the guide when this program is not there.
  guideOnly: GUIDE_ONLY,
  // The whole app, the code and content a mentor's screens use (the
  // journal, conversations, self-care, settings): kept once a mentor's
  // screen asks ('keep-whole-app'), and by every later version on that device.
  mentorOnly: MENTOR_ONLY,
  // The SHA-256 of every file of this build that is code or page (the data
  // files, which the organisation edits after the build, are read as data
  // and checked by the app). Cache Storage belongs to the origin, so any
  // page on it can put its own index.html there: a cached file is served
  // only if its bytes are the build's.
  hashes: HASHES,
} = self.SENDA_BUILD;
const CACHE = `senda-app-${VERSION}`;
// Their presence says this device keeps the whole app, or the guide's program.
const WHOLE_APP = 'senda-app-whole';
const GUIDE = 'senda-app-guide';
const PARTS = [[WHOLE_APP, MENTOR_ONLY], [GUIDE, GUIDE_ONLY]];
const INDEX = new URL('./index.html', self.registration.scope).href;
const EXPECTED = new Map(Object.entries(HASHES).map(([path, hash]) => [new URL(path, self.registration.scope).href, hash]));
// The organisation edits its data files after the build is made: its
// settings (senda.config.json) and its resource packs, all JSON. They are
// fetched from the network when there is one, kept here for offline use
// (this cache outlives updates), and the build's copy is the last resort.
// A JSON file whose bytes the build knows (the guide's strings) is the
// build's own, served as its code is.
const PACKS = 'senda-app-packs';
const isDataFile = (url) => url.startsWith(self.registration.scope) && new URL(url).pathname.endsWith('.json') && !EXPECTED.has(url);

async function sha256(response) {
  const digest = await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer());
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

// This build's copy of `address` if the cache holds it unchanged; a copy
// whose bytes differ is removed, so that nothing can serve it later.
async function verifiedHit(address) {
  const expected = EXPECTED.get(address);
  if (!expected) return undefined;
  const cache = await caches.open(CACHE);
  const hit = await cache.match(address, { ignoreSearch: true });
  if (!hit) return undefined;
  if ((await sha256(hit)) === expected) return hit;
  await cache.delete(address, { ignoreSearch: true });
  return undefined;
}

// Said in the three languages Senda starts in: the app itself cannot run.
const CHANGED_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Senda</title>
<p>Senda's offline copy on this device was changed by something else, so it was not opened. Connect to the internet and open Senda again.</p>
<p lang="es">La copia sin conexión de Senda en este dispositivo ha sido modificada por otra cosa y no se ha abierto. Conéctate a internet y vuelve a abrir Senda.</p>
<p lang="ca">La còpia sense connexió de Senda en aquest dispositiu ha estat modificada per una altra cosa i no s'ha obert. Connecta't a internet i torna a obrir Senda.</p></html>`;

// The build's own file: from the cache if unchanged, else from the network
// (kept again once its bytes are the build's); offline, a changed page gets
// the plain page above and any other changed file an error.
async function buildFile(request, address) {
  const hit = await verifiedHit(address);
  if (hit) return hit;
  try {
    const response = await fetch(request);
    const expected = EXPECTED.get(address);
    if (response.ok && expected && (await sha256(response)) === expected) {
      const copy = response.clone();
      await caches.open(CACHE).then((cache) => cache.put(address, copy));
    }
    return response;
  } catch (error) {
    if (request.mode !== 'navigate') throw error;
    return new Response(CHANGED_PAGE, {
      status: 503,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "default-src 'none'" },
    });
  }
}

// A file named by its content's hash cannot be out of date, so the copy
// the page has just downloaded (docs/deploy.md has hosts cache them for a
// year) is kept instead of a second download; the rest, whose names stay
// the same from build to build, are asked for again. Trunk writes its hash
// as a number in hex, so a leading zero makes it 15 digits, not 16.
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/;
const requests = (paths) => paths.map((path) => new Request(path, { cache: HASHED.test(path) ? 'default' : 'reload' }));

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      await cache.addAll(requests(PRECACHE));
      for (const [marker, paths] of PARTS) if (await caches.has(marker)) await cache.addAll(requests(paths));
    }),
  );
});

// Only what is missing, in one go: addAll keeps all of it or none.
async function keepPart(marker, paths) {
  await caches.open(marker);
  const cache = await caches.open(CACHE);
  const missing = [];
  for (const path of paths) if (!(await cache.match(path))) missing.push(path);
  if (missing.length > 0) await cache.addAll(requests(missing));
}

// An earlier build precached the whole built-in pack; this one keeps it
// only once read. Moved before its cache goes, so a device whose first
// start of this version is offline still has a guide.
async function keepEarlierPacks(name) {
  const [earlier, packs] = await Promise.all([caches.open(name), caches.open(PACKS)]);
  for (const request of await earlier.keys()) {
    const path = new URL(request.url).pathname;
    if (!/\/resources\/default(\/[a-z]+)?\.json$/.test(path) || (await packs.match(request.url))) continue;
    const response = await earlier.match(request);
    if (response) await packs.put(request.url, response);
  }
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((names) =>
      Promise.all(
        names
          .filter((name) => name.startsWith('senda-app-') && ![CACHE, PACKS, WHOLE_APP, GUIDE].includes(name))
          .map((name) => keepEarlierPacks(name).catch(() => {}).then(() => caches.delete(name))),
      ),
    ),
  );
});

// A data file of this folder the page needs offline, kept as a fetch of
// it would be: the built-in pack in her language, one of seven, none
// precached. A copy already kept is not downloaded again; only JSON is
// kept, and nothing once a wipe has removed this build's cache.
async function keepDataFile(path) {
  const address = new URL(path, self.registration.scope).href;
  if (!isDataFile(address) || address.includes('?') || (await caches.open(PACKS).then((cache) => cache.match(address)))) return;
  const response = await fetch(address, { cache: 'no-cache', redirect: 'error' });
  if (!response.ok) return;
  await response.clone().json();
  if (await caches.has(CACHE)) await caches.open(PACKS).then((cache) => cache.put(address, response));
}

// A line that connects and then never answers (a captive portal, a failing
// mobile link) is neither online nor offline: after this long her kept copy
// is served instead, and the network's answer, if it ever comes, is kept for
// next time. The page gives up on a file after twice as long
// (src/platform/fetch_text.rs), so the copy reaches it first.
const STALLED_MS = 3000;

// From the network when it answers (and kept, but not after a wipe, which
// removed this build's cache); offline, or stalled with a copy kept, the
// copy; the build's own copy is the last resort.
async function dataFile(event, address) {
  const request = event.request;
  const kept = () => caches.open(PACKS).then((cache) => cache.match(address))
    .then((hit) => hit || caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true })));
  // The answer counts once its body is all here: a line that sends the
  // headers and then stalls is as stalled as one that sends nothing. Not
  // under the page's signal, which gives up after 6 s: an answer that comes
  // later is still kept for next time; one that has not come in a minute
  // never will, and would hold a connection and the worker.
  const network = fetch(new Request(request, { signal: AbortSignal.timeout(60000) })).then(async (response) => {
    // A server error is the host's trouble, not its word on the file: her
    // copy, if kept. Any other answer but a plain 200 (a 404, a redirect) is
    // handed on as it came.
    if (response.status >= 500) return (await kept()) || response;
    if (response.status !== 200) return response;
    const whole = new Response(await response.arrayBuffer(), {
      headers: { 'content-type': response.headers.get('content-type') ?? 'application/json' },
    });
    if (await caches.has(CACHE)) {
      // A full quota only means no newer copy.
      await caches.open(PACKS).then((cache) => cache.put(address, whole.clone())).catch(() => {});
    }
    return whole;
  });
  event.waitUntil(network.catch(() => {}));
  // Only a stalled line waits: a refused one rejects at once.
  const stalled = new Promise((resolve) => { setTimeout(resolve, STALLED_MS); })
    .then(kept)
    .then((hit) => hit || network);
  try {
    return await Promise.race([network, stalled]);
  } catch {
    return (await kept()) || Response.error();
  }
}

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
  if (event.data === 'keep-whole-app') event.waitUntil(keepPart(WHOLE_APP, MENTOR_ONLY));
  if (event.data === 'keep-guide') event.waitUntil(keepPart(GUIDE, GUIDE_ONLY));
  if (typeof event.data?.keep === 'string') event.waitUntil(keepDataFile(event.data.keep).catch(() => {}));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const address = request.url.split('?')[0];
  if (isDataFile(address)) {
    event.respondWith(dataFile(event, address));
    return;
  }
  if (request.mode === 'navigate') {
    // Every screen is a fragment of index.html, so every navigation gets this
    // build's index.html, which names this build's JS and wasm.
    event.respondWith(buildFile(request, INDEX));
    return;
  }
  event.respondWith(buildFile(request, address));
});
