// Senda's service worker. It keeps the exact files of one build, so the app
// opens offline after the first visit, and it never serves files of two builds
// to one page: a new build installs beside the old one and takes over only when
// the user chooses "reload" (see src/js/service_worker.js).
// tools/post-build.mjs fills in the build's version and file list.
const VERSION = 'SENDA_BUILD_VERSION';
const PRECACHE = ['SENDA_PRECACHE'];
const CACHE = `senda-app-${VERSION}`;
const INDEX = new URL('./index.html', self.registration.scope).href;
// The organisation edits its data files after the build is made: its
// settings (senda.config.json) and its resource packs, all JSON. They are
// fetched from the network when there is one, kept here for offline use
// (this cache outlives updates), and the build's copy is the last resort.
const PACKS = 'senda-app-packs';
const isDataFile = (url) => url.startsWith(self.registration.scope) && new URL(url).pathname.endsWith('.json');

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(PRECACHE.map((path) => new Request(path, { cache: 'reload' }))),
    ),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((names) =>
      Promise.all(
        names
          .filter((name) => name.startsWith('senda-app-') && name !== CACHE && name !== PACKS)
          .map((name) => caches.delete(name)),
      ),
    ),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
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
