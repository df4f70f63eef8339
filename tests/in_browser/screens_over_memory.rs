//! Screens mounted in a real browser over a `MemoryBackend`: every screen
//! takes its store from context (`StoreHandle`), so a test can hand it one
//! that is not localStorage, and what the screen reads and writes is that
//! store's alone.
use std::rc::Rc;

use leptos::prelude::*;
use senda::conversations::conversation::Conversation;
use senda::conversations::conversation_store;
use senda::conversations::conversations_page::ConversationsPage;
use senda::day::Day;
use senda::i18n::Locale;
use senda::self_care::self_care_page::SelfCarePage;
use senda::self_care::self_care_store;
use senda::self_care::who5::Who5;
use senda::storage::Store;
use senda::storage::store::memory::MemoryBackend;
use senda::storage::store_handle::StoreHandle;
use senda::ui::language_picker::LanguagePicker;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Mounts `screen` in a fresh element over `backend`, as the shell would
/// with localStorage; the element is returned to read what it shows.
fn mount(backend: Rc<MemoryBackend>, screen: fn() -> AnyView) -> (web_sys::HtmlElement, impl Drop) {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let mounted = leptos::mount::mount_to(host.clone(), move || {
        provide_context(leptos_i18n::context::init_i18n_context::<Locale>());
        StoreHandle::provide(backend);
        screen()
    });
    (host, mounted)
}

#[wasm_bindgen_test]
fn the_conversations_screen_lists_what_its_store_holds() {
    local_storage().clear().unwrap();
    let backend = Rc::new(MemoryBackend::default());
    let conversation =
        Conversation { alias: "Rosa M.".into(), ..Conversation::new("c-1", Day::parse("2026-11-30").unwrap()) };
    conversation_store::save(&Store::new(backend.clone()), &conversation, None).unwrap();

    let (host, _mounted) = mount(backend, || view! { <ConversationsPage /> }.into_any());

    let shown = host.text_content().unwrap_or_default();
    assert!(shown.contains("Rosa M."), "the record in memory is listed: {shown}");
    assert_eq!(local_storage().length().unwrap(), 0, "the screen read nothing from localStorage");
}

#[wasm_bindgen_test]
fn the_self_care_screen_shows_the_results_and_keeps_the_check_in_in_its_store() {
    local_storage().clear().unwrap();
    let backend = Rc::new(MemoryBackend::default());
    let result = Who5::from_answers(Day::parse("2026-11-30").unwrap(), [Some(3); 5]).unwrap();
    self_care_store::save_who5(&Store::new(backend.clone()), &result).unwrap();

    let (host, _mounted) = mount(backend.clone(), || view! { <SelfCarePage /> }.into_any());
    let shown = host.text_content().unwrap_or_default();
    assert!(shown.contains("Last time: 60 out of 100"), "the WHO-5 result in memory is shown: {shown}");

    let mood: web_sys::HtmlInputElement =
        host.query_selector("input[name='check-in-mood']").unwrap().expect("a mood to choose").unchecked_into();
    mood.click();
    let save: web_sys::HtmlElement =
        host.query_selector("form.check-in button[type='submit']").unwrap().expect("a Save button").unchecked_into();
    save.click();

    let months = backend.entries.borrow().keys().filter(|key| key.starts_with("senda/self-care/month-")).count();
    assert_eq!(months, 1, "the check-in was kept in the memory store");
    assert_eq!(local_storage().length().unwrap(), 0, "the screen read and wrote nothing in localStorage");
}

#[wasm_bindgen_test]
fn a_language_chosen_on_screen_is_written_to_the_store_it_was_given() {
    local_storage().clear().unwrap();
    let backend = Rc::new(MemoryBackend::default());

    let (host, _mounted) = mount(backend.clone(), || view! { <LanguagePicker id="picker" /> }.into_any());
    let select: web_sys::HtmlSelectElement = host.query_selector("select").unwrap().unwrap().unchecked_into();
    select.set_value("ca");
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();

    let stored = backend.entries.borrow().get("senda/settings/language").cloned().unwrap_or_default();
    assert!(stored.contains("\"ca\""), "her choice is in the memory store: {stored}");
    assert_eq!(local_storage().length().unwrap(), 0, "nothing was written to localStorage");
}
