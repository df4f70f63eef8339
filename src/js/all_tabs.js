// One word to every other tab of Senda's origin ("lock", "exit", "wipe"), so
// that locking, leaving and wiping in one tab reach the tabs she forgot.
// BroadcastChannel stays inside the browser: nothing is sent anywhere.
let channel = null;

export function listen(on_word) {
  try {
    channel = new BroadcastChannel('senda');
    channel.onmessage = (event) => on_word(String(event.data));
  } catch { /* an old browser: each tab then acts alone */ }
}

export function tell(word) {
  try { channel?.postMessage(word); } catch { /* the channel is gone: nothing to tell */ }
}
