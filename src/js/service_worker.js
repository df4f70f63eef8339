// Registers the service worker and tells the app when a new version has been
// installed and is waiting. The new version takes over only when the user
// chooses "reload", so one page never mixes old JavaScript with new wasm.
let userAskedForUpdate = false;

export function register_service_worker(on_update_ready) {
  if (!('serviceWorker' in navigator)) return;
  // Registering starts a download and the worker's own start-up: after the
  // page has loaded, so the first screen does not wait for it.
  if (document.readyState === 'complete') setTimeout(() => register(on_update_ready));
  else addEventListener('load', () => setTimeout(() => register(on_update_ready)), { once: true });
}

function register(on_update_ready) {
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (userAskedForUpdate) location.reload();
  });
  navigator.serviceWorker.register('./sw.js').then((registration) => {
    const announce = () => {
      if (registration.waiting && navigator.serviceWorker.controller) on_update_ready();
    };
    const watch = (worker) => {
      if (worker) worker.addEventListener('statechange', announce);
    };
    // The browser may have found the new version before this page asked.
    announce();
    watch(registration.installing);
    registration.addEventListener('updatefound', () => watch(registration.installing));
  }).catch(() => {
    // No service worker (file:// or a blocked origin): Senda still works online.
  });
}

export function apply_update() {
  userAskedForUpdate = true;
  navigator.serviceWorker.getRegistration().then((registration) => {
    if (registration && registration.waiting) registration.waiting.postMessage('skip-waiting');
  });
}

// A mentor's screen is open: this device keeps the whole app offline, not
// only the guide a mentee's link needs (public/sw.js).
export function keep_whole_app() {
  tellWorker('keep-whole-app');
}

// A shared guide's program has started: this device keeps it offline, which
// a mentor's device that never opened a guide link goes without.
export function keep_guide() {
  tellWorker('keep-guide');
}

// One data file this device needs offline: the built-in pack in her
// language (public/sw.js keeps it with the organisation's data files).
export function keep_file(path) {
  tellWorker({ keep: path });
}

// Once a worker is active; without one (file://, a blocked origin) there
// is nothing to keep offline.
function tellWorker(message) {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.ready
    .then((registration) => registration.active && registration.active.postMessage(message))
    .catch(() => {});
}
