//! The text of a file the user picked in an `<input type="file">`, read in
//! the browser (nothing is uploaded). The size is checked before reading, and
//! the input is cleared so that picking the same file again, once fixed,
//! reads it again.
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

pub enum ChosenFile {
    TooLarge,
    Unreadable,
    /// The file's name as she picked it, and its text.
    Text {
        name: String,
        text: String,
    },
}

/// Reads the file picked in `event`'s input and hands it to `on_read`.
/// Returns false, and calls nothing, when no file was picked.
pub fn read_chosen_file(event: &web_sys::Event, max_bytes: usize, on_read: impl FnOnce(ChosenFile) + 'static) -> bool {
    let Some(input) = event.target().and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
        return false;
    };
    let Some(file) = input.files().and_then(|files| files.get(0)) else { return false };
    input.set_value("");
    let name = file.name();
    if file.size() > max_bytes as f64 {
        on_read(ChosenFile::TooLarge);
        return true;
    }
    spawn_local(async move {
        let text = JsFuture::from(file.text()).await.ok().and_then(|text| text.as_string());
        on_read(text.map_or(ChosenFile::Unreadable, |text| ChosenFile::Text { name, text }));
    });
    true
}
