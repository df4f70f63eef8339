//! A form kept in one signal, its fields read and written through one
//! accessor each (`|form| &mut form.name`), so a form of many fields needs
//! neither a signal per field nor a getter and a setter per field.
use leptos::prelude::*;

/// The field `access` picks out of `form`: a signal that follows it, and a
/// callback that sets it.
pub fn form_field<T, U>(form: RwSignal<T>, access: fn(&mut T) -> &mut U) -> (Signal<U>, Callback<U>)
where
    T: Send + Sync + 'static,
    U: Clone + Default + Send + Sync + 'static,
{
    let value = Signal::derive(move || {
        // Reading through the mutable accessor: borrow without notifying,
        // and track the form by hand.
        form.track();
        form.try_update_untracked(|form| access(form).clone()).unwrap_or_default()
    });
    (value, Callback::new(move |new| form.update(|form| *access(form) = new)))
}
