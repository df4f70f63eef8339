// The floor's service worker: its three files from the cache after the first
// visit, as Senda's worker serves its build, so warm starts compare alike.
const FILES = ['./', 'index.html', 'floor.js', 'floor_bg.wasm'];
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open('floor').then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
  event.respondWith(caches.match(event.request, { ignoreSearch: true }).then((hit) => hit || fetch(event.request)));
});
