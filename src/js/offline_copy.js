// Removes Senda's offline copy: its caches (named senda-app-…, so other apps
// on a shared origin keep theirs) and its own service worker registration.
// Used by "Delete all Senda data on this device".
export function forget_offline_copy() {
  if ('caches' in self) {
    caches.keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith('senda-app-')).map((name) => caches.delete(name))))
      .catch(() => {});
  }
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.getRegistration()
      .then((registration) => registration && registration.unregister())
      .catch(() => {});
  }
}
