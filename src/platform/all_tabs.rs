//! What one tab tells every other open tab of Senda: lock, quick exit, wipe,
//! and that she is active. Without it, quick exit in one tab would leave her
//! notes open in another, and idle in one would lock the one she types in.
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/js/all_tabs.js")]
extern "C" {
    fn listen(on_word: &Closure<dyn Fn(String)>);
    fn tell(word: &str);
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TabWord {
    Lock,
    Exit,
    Wipe,
    Active,
}

impl TabWord {
    fn as_str(self) -> &'static str {
        match self {
            TabWord::Lock => "lock",
            TabWord::Exit => "exit",
            TabWord::Wipe => "wipe",
            TabWord::Active => "active",
        }
    }

    fn parse(word: &str) -> Option<Self> {
        [TabWord::Lock, TabWord::Exit, TabWord::Wipe, TabWord::Active].into_iter().find(|known| known.as_str() == word)
    }
}

/// Sends `word` to every other tab (not to this one).
pub fn tell_other_tabs(word: TabWord) {
    tell(word.as_str());
}

/// Calls `on_word` for each word another tab sends, for the page's life.
pub fn listen_to_other_tabs(on_word: impl Fn(TabWord) + 'static) {
    let closure = Closure::<dyn Fn(String)>::new(move |word: String| {
        if let Some(word) = TabWord::parse(&word) {
            on_word(word);
        }
    });
    listen(&closure);
    // The listener lives as long as the page.
    closure.forget();
}
