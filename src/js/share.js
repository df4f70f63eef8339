// Sharing a link: the system share sheet where the browser has one, and the
// clipboard. Both are promise-based APIs with a few lines here instead of
// unstable web-sys bindings.
export function can_share() {
  return typeof navigator.share === 'function';
}

export function share_link(title, url) {
  navigator.share({ title, url }).catch(() => { /* the user closed the sheet */ });
}

export function copy_text(text, on_done) {
  if (!navigator.clipboard) { on_done(false); return; }
  navigator.clipboard.writeText(text).then(() => on_done(true), () => on_done(false));
}
