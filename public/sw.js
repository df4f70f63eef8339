// Senda's service worker. It keeps the exact files of one build, so the app
// opens offline after the first visit, and it never serves files of two builds
// to one page: a new build installs beside the old one and takes over only when
// the user chooses "reload" (see src/js/service_worker.js).
// tools/post-build.mjs fills in the build's version and file list.
const VERSION = 'SENDA_BUILD_VERSION';
// What every visit keeps: the shell, the guide and the data files. A
// mentee who opened a shared guide link uses nothing else, and on mobile
// data every byte is hers to pay for.
const PRECACHE = ['SENDA_PRECACHE'];
// The code and content only a mentor's screens use (the journal,
// conversations, self-care, settings): kept once a mentor's screen asks
// ('keep-whole-app'), and by every later version on that device.
const MENTOR_ONLY = ['SENDA_MENTOR_ONLY'];
const CACHE = `senda-app-${VERSION}`;
// Its presence says this device keeps the whole app.
const WHOLE_APP = 'senda-app-whole';
const INDEX = new URL('./index.html', self.registration.scope).href;
// The organisation edits its data files after the build is made: its
// settings (senda.config.json) and its resource packs, all JSON. They are
// fetched from the network when there is one, kept here for offline use
// (this cache outlives updates), and the build's copy is the last resort.
const PACKS = 'senda-app-packs';
const isDataFile = (url) => url.startsWith(self.registration.scope) && new URL(url).pathname.endsWith('.json');

// A file named by its content's hash cannot be out of date, so the copy
// the page has just downloaded (docs/deploy.md has hosts cache them for a
// year) is kept instead of a second download; the rest, whose names stay
// the same from build to build, are asked for again.
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;
const requests = (paths) => paths.map((path) => new Request(path, { cache: HASHED.test(path) ? 'default' : 'reload' }));

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      await cache.addAll(requests(PRECACHE));
      if (await caches.has(WHOLE_APP)) await cache.addAll(requests(MENTOR_ONLY));
    }),
  );
});

// Only what is missing, in one go: addAll keeps all of it or none.
async function keepWholeApp() {
  await caches.open(WHOLE_APP);
  const cache = await caches.open(CACHE);
  const missing = [];
  for (const path of MENTOR_ONLY) if (!(await cache.match(path))) missing.push(path);
  if (missing.length > 0) await cache.addAll(requests(missing));
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((names) =>
      Promise.all(
        names
          .filter((name) => name.startsWith('senda-app-') && ![CACHE, PACKS, WHOLE_APP].includes(name))
          .map((name) => caches.delete(name)),
      ),
    ),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
  if (event.data === 'keep-whole-app') event.waitUntil(keepWholeApp());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const address = request.url.split('?')[0];
  if (isDataFile(address)) {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(PACKS).then((cache) => cache.put(address, copy));
          }
          return response;
        })
        .catch(() => caches.open(PACKS).then((cache) => cache.match(address))
          .then((hit) => hit || caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true })))
          .then((hit) => hit || Response.error())),
    );
    return;
  }
  if (request.mode === 'navigate') {
    // Every screen is a fragment of index.html, so every navigation gets this
    // build's index.html, which names this build's JS and wasm.
    event.respondWith(caches.open(CACHE).then((cache) => cache.match(INDEX)).then((hit) => hit || fetch(request)));
    return;
  }
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true })).then((hit) => hit || fetch(request)),
  );
});
