//! "Listen" on a service's page: the phone reads it aloud in the guide's
//! language with one of its own voices (`read_aloud`), or says it has none
//! instead of reading in another language. Nothing leaves the phone.
use leptos::prelude::*;

use super::read_aloud::voice_for;
use crate::i18n::*;
use crate::platform::speech;
use crate::ui::notice::Notice;
use leptos_i18n::Locale as _;

#[derive(Clone, Copy, PartialEq)]
enum Listening {
    Idle,
    Speaking,
    NoVoice,
}

/// `script`: the words to read, in the guide's language.
#[component]
pub fn ListenButton(#[prop(into)] script: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let listening = RwSignal::new(Listening::Idle);
    on_cleanup(speech::stop);
    let listen = move |_| {
        if listening.get_untracked() == Listening::Speaking {
            speech::stop();
            listening.set(Listening::Idle);
            return;
        }
        let language = i18n.get_locale_untracked().as_str();
        let text = script.get_untracked();
        leptos::task::spawn_local(async move {
            let voices = speech::voices().await;
            let Some(voice) = voice_for(&voices, language).cloned() else {
                let _ = listening.try_set(Listening::NoVoice);
                return;
            };
            if listening.try_set(Listening::Speaking).is_some() {
                return;
            }
            speech::speak(&text, &voice).await;
            let _ = listening.try_update(|now| {
                if *now == Listening::Speaking {
                    *now = Listening::Idle;
                }
            });
        });
    };
    view! {
        <p class="listen">
            <button type="button" class="secondary" on:click=listen>
                {move || if listening.get() == Listening::Speaking { guide_t_string!(i18n, listen_stop) } else { guide_t_string!(i18n, listen) }}
            </button>
        </p>
        <Show when=move || listening.get() == Listening::NoVoice>
            <Notice>{guide_t!(i18n, listen_no_voice)}</Notice>
        </Show>
    }
}
