// The browser's speech synthesis, for "Listen" (src/platform/speech.rs).
// Nothing here chooses: Rust picks the voice from the list.

// Chromium fills the list a moment after the page starts and says so with
// `voiceschanged`; a second is long enough for a phone's own voices.
export function voices() {
  const list = () => speechSynthesis.getVoices().map((voice) => [voice.name, voice.lang, voice.localService]);
  if (!('speechSynthesis' in self)) return Promise.resolve([]);
  if (speechSynthesis.getVoices().length > 0) return Promise.resolve(list());
  return new Promise((resolve) => {
    const done = () => resolve(list());
    speechSynthesis.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, 1000);
  });
}

// Resolves when the reading ends, is stopped, or fails.
export function speak(text, lang, name) {
  return new Promise((resolve) => {
    const voice = speechSynthesis.getVoices().find((each) => each.name === name && each.lang === lang);
    if (!voice) { resolve(); return; }
    speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = lang;
    utterance.rate = 0.9;
    utterance.onend = () => resolve();
    utterance.onerror = () => resolve();
    speechSynthesis.speak(utterance);
  });
}

export function stop() {
  if ('speechSynthesis' in self) speechSynthesis.cancel();
}
