//! The localStorage adapter in a real browser: what the host tests cannot
//! show, because only a browser has a quota, a storage event and a second
//! document.
use senda::storage::local_storage::LocalStorage;
use senda::storage::store::Backend;
use senda::storage::{Expect, RecordKey, StorageError, Store, tab_sync};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

async fn sleep(milliseconds: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, milliseconds)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
fn a_full_quota_is_reported_and_the_stored_record_is_kept() {
    storage().clear().unwrap();
    let store = Store::new(LocalStorage);
    let key = RecordKey::new("journal", "quota");
    let revision = store.save(&key, &"the words I had".to_string(), Expect::Absent).unwrap();

    // Fill the origin's storage until the browser refuses.
    let chunk = "x".repeat(256 * 1024);
    let mut filler = 0;
    while storage().set_item(&format!("filler/{filler}"), &chunk).is_ok() {
        filler += 1;
        assert!(filler < 1000, "the browser never refused a write");
    }

    let longer = "the words I had, and many more ".repeat(20_000);
    assert_eq!(store.save(&key, &longer, Expect::Revision(revision)), Err(StorageError::QuotaExceeded));
    assert_eq!(store.load::<String>(&key).unwrap().unwrap().value, "the words I had");
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
fn an_unreadable_record_is_reported_and_left_as_it_was() {
    storage().clear().unwrap();
    storage().set_item("senda/journal/damaged", "{\"v\":1,\"rev\":").unwrap();
    let store = Store::new(LocalStorage);
    let loaded = store.load_namespace::<String>("journal").unwrap();
    assert_eq!(loaded.unreadable, vec![RecordKey::new("journal", "damaged")]);
    let key = RecordKey::new("journal", "damaged");
    assert!(store.save(&key, &"new".to_string(), Expect::Latest).is_err());
    assert!(store.remove(&key, Expect::Latest).is_err());
    assert_eq!(storage().get_item("senda/journal/damaged").unwrap().as_deref(), Some("{\"v\":1,\"rev\":"));
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn a_write_from_another_document_is_observed() {
    storage().clear().unwrap();
    let sync = tab_sync::listen();
    let document = web_sys::window().unwrap().document().unwrap();
    let frame: web_sys::HtmlIFrameElement = document.create_element("iframe").unwrap().dyn_into().unwrap();
    document.body().unwrap().append_child(&frame).unwrap();
    let other = frame.content_window().unwrap().local_storage().unwrap().unwrap();

    other.set_item("senda/journal/from-the-other-tab", "{}").unwrap();
    for _ in 0..40 {
        if sync.touches("journal") {
            break;
        }
        sleep(50).await;
    }
    assert!(sync.touches("journal"), "no storage event arrived from the other document");
    assert!(!sync.touches("selfcare"));
    assert_eq!(LocalStorage.get("senda/journal/from-the-other-tab").unwrap().as_deref(), Some("{}"));
    frame.remove();
    storage().clear().unwrap();
}
