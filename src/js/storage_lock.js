// One lock for every tab of Senda's origin (the Web Locks API). A change of
// the whole store (a passphrase set, changed or removed; a restore or its
// undo) holds it while it writes, and the recovery of an interrupted change
// runs only when it is free: a tab that starts while another is re-keying
// must never take that tab's half-written copies for a crash's leftovers.
// The browser frees a lock when the tab holding it closes or crashes, which
// is what tells a change under way from one cut short. Nothing leaves the
// browser. Without Web Locks (an old browser, a plain-http address) each
// tab acts alone, as before.
const NAME = 'senda-storage';

// Runs `work` once while this tab holds the lock, waiting for it if another
// tab has it.
export function whileHeld(work) {
  if (!navigator.locks) { work(); return; }
  let ran = false;
  navigator.locks.request(NAME, () => { ran = true; work(); })
    .catch(() => { if (!ran) work(); });
}

// Runs `work(true)` while holding the lock if no other tab has it, and
// `work(false)` at once without it otherwise.
export function ifFree(work) {
  if (!navigator.locks) { work(true); return; }
  let ran = false;
  navigator.locks.request(NAME, { ifAvailable: true }, (lock) => { ran = true; work(lock !== null); })
    .catch(() => { if (!ran) work(true); });
}
