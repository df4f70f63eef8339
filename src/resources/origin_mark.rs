//! The mark on a service that is not from Senda's or the organisation's
//! packs: her own entry, or one from a file she imported, with where it came
//! from and when. Such a service never gets a "Call for help now" button.
use leptos::prelude::*;

use super::resource_pack::Received;
use super::resource_state::{Origin, ResourceState};
use crate::i18n::*;
use crate::platform::intl;

#[component]
pub fn OriginMark(guide: ResourceState, id: String, assured_date: String) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let language = move || i18n.get_locale().as_str();
        let text = match guide.origin(&id) {
            Origin::Trusted => return None,
            Origin::Own => {
                let day = assured_date.clone();
                guide_t!(i18n, own_mark_on, date = move || intl::partial_date(language(), &day)).into_any()
            }
            Origin::Imported(Some(received)) => {
                let Received { file_name, day } = received;
                guide_t!(
                    i18n,
                    imported_mark,
                    file = move || file_name.clone(),
                    date = move || intl::partial_date(language(), &day)
                )
                .into_any()
            }
            Origin::Imported(None) => guide_t!(i18n, imported_mark_unknown).into_any(),
        };
        Some(view! { <span class="own-mark">{text}</span> })
    }
}
