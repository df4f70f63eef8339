// Senda's offline copy and a wipe: its caches (named senda-app-…, so other
// apps on a shared origin keep theirs) and its own service worker
// registration. Used by "Delete all Senda data on this device".
const WIPED = 'senda-wiped';
const ours = (name) => name.startsWith('senda-app-');
const scope = () => new URL('./', location.href).href;

// Resolves once every cache is gone and the worker is marked for removal,
// so a reload after it is no longer controlled by the worker.
async function forget() {
  if ('caches' in self) {
    const names = await caches.keys().catch(() => []);
    await Promise.all(names.filter(ours).map((name) => caches.delete(name).catch(() => false)));
  }
  if ('serviceWorker' in navigator) {
    const registration = await navigator.serviceWorker.getRegistration().catch(() => undefined);
    if (registration) await registration.unregister().catch(() => false);
  }
}

// After the wipe of localStorage: the offline copy goes, then the page
// starts again uncontrolled, marked (with her language, which the wipe
// took) so that this start registers no worker and keeps no settings file.
export function forget_offline_copy_then_reload(language) {
  try { sessionStorage.setItem(WIPED, language); } catch { /* blocked: the start is an ordinary one */ }
  forget().finally(() => location.reload());
}

// The language of the wipe this page was reloaded after, once: her own
// reload later starts Senda as usual.
export function take_wiped_mark() {
  try {
    const language = sessionStorage.getItem(WIPED);
    sessionStorage.removeItem(WIPED);
    return language ?? undefined;
  } catch {
    return undefined;
  }
}

// How many parts of the offline copy are still there: caches and workers.
export async function offline_copy_left() {
  let left = 0;
  if ('caches' in self) left += (await caches.keys().catch(() => [])).filter(ours).length;
  if ('serviceWorker' in navigator) {
    const registrations = await navigator.serviceWorker.getRegistrations().catch(() => []);
    left += registrations.filter((registration) => registration.scope === scope()).length;
  }
  return left;
}
