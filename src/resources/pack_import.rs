//! Importing a resource pack from a file (one the social team sent): checked
//! whole before anything changes, kept in one write, every problem named by
//! service and field. A service that would replace one of the guide's own or
//! one of hers is named and left out, and the rest is imported only if she
//! says so.
use leptos::prelude::*;

use super::resource_pack::{MAX_BYTES, Pack, Problem, ProblemKind, Received, Service, read};
use super::resource_state::ResourceState;
use super::translated::pick;
use crate::i18n::*;
use crate::platform::chosen_file::{ChosenFile, read_chosen_file};
use crate::platform::clock;
use crate::storage::StorageError;
use crate::ui::card::Card;
use crate::ui::notice::Notice;
use crate::ui::storage_error_text::StorageErrorNotice;
use leptos_i18n::I18nContext;

#[derive(Clone)]
enum Outcome {
    Idle,
    /// Some services would replace one already in the guide: nothing is
    /// imported until she confirms the rest.
    Shadowing {
        pack: Pack,
        received: Received,
        refused: Vec<Service>,
    },
    Imported(usize),
    Refused(Vec<Problem>),
    Failed(StorageError),
    Removed,
}

pub fn problem_text(i18n: I18nContext<Locale>, kind: &ProblemKind) -> &'static str {
    match kind {
        ProblemKind::TooLarge => guide_t_string!(i18n, pack_too_large),
        ProblemKind::NotAPack(_) | ProblemKind::WrongProfile => guide_t_string!(i18n, pack_not_a_pack),
        ProblemKind::Missing => guide_t_string!(i18n, pack_missing),
        ProblemKind::UnknownCategory => guide_t_string!(i18n, pack_unknown_category),
        ProblemKind::UnknownStatus => guide_t_string!(i18n, pack_unknown_status),
        ProblemKind::UnknownOrganization => guide_t_string!(i18n, pack_unknown_organization),
        ProblemKind::BadDate => guide_t_string!(i18n, pack_bad_date),
        ProblemKind::BadLanguage => guide_t_string!(i18n, pack_bad_language),
        ProblemKind::RefusedLink => guide_t_string!(i18n, pack_refused_link),
        ProblemKind::Duplicate => guide_t_string!(i18n, pack_duplicate),
        ProblemKind::PhoneType => guide_t_string!(i18n, pack_phone_type),
    }
}

#[component]
pub fn PackImport(guide: ResourceState) -> impl IntoView {
    let i18n = use_i18n();
    let outcome = RwSignal::new(Outcome::Idle);
    let has_imported = Signal::derive(move || guide.imported.with(|services| !services.is_empty()));

    let keep = move |pack: Pack, received: Received| match guide.import(pack, received) {
        Ok(count) => Outcome::Imported(count),
        Err(error) => Outcome::Failed(error),
    };
    let choose = move |event: leptos::ev::Event| {
        read_chosen_file(&event, MAX_BYTES, move |file| {
            let too_large = || vec![Problem { entry: String::new(), field: "", kind: ProblemKind::TooLarge }];
            let (checked, file_name) = match file {
                ChosenFile::TooLarge => (Err(too_large()), String::new()),
                ChosenFile::Unreadable => (read(""), String::new()),
                ChosenFile::Text { name, text } => (read(&text), name),
            };
            outcome.set(match checked {
                Err(problems) => Outcome::Refused(problems),
                Ok(pack) => {
                    let received = Received { file_name, day: clock::local_day_today().to_string() };
                    let refused = guide.refused_on_import(&pack.services);
                    if refused.is_empty() {
                        keep(pack, received)
                    } else {
                        Outcome::Shadowing { pack, received, refused }
                    }
                }
            });
        });
    };
    let import_rest = move |_| {
        if let Outcome::Shadowing { pack, received, .. } = outcome.get_untracked() {
            outcome.set(keep(pack, received));
        }
    };

    let remove = move |_| {
        outcome.set(match guide.remove_imported() {
            Ok(()) => Outcome::Removed,
            Err(error) => Outcome::Failed(error),
        });
    };

    let message = move || match outcome.get() {
        Outcome::Idle => None,
        Outcome::Shadowing { pack, refused, .. } => {
            let language = i18n.get_locale().as_str();
            let rest = pack.services.len() - refused.len();
            let rows = refused
                .iter()
                .map(|service| {
                    let name = pick(&service.name, language).unwrap_or_default().to_owned();
                    view! { <li>{format!("{name} ({})", service.id)}</li> }
                })
                .collect_view();
            Some(
                view! {
                    <Notice warning=true block=true>
                        <p>{t!(i18n, pack_shadowing)}</p>
                        <ul>{rows}</ul>
                        {if rest > 0 {
                            view! {
                                <p class="actions">
                                    <button type="button" on:click=import_rest>{t!(i18n, pack_import_rest, count = move || rest)}</button>
                                    <button type="button" class="secondary" on:click=move |_| outcome.set(Outcome::Idle)>{t!(i18n, backup_cancel)}</button>
                                </p>
                            }.into_any()
                        } else {
                            view! { <p>{t!(i18n, pack_nothing_left)}</p> }.into_any()
                        }}
                    </Notice>
                }
                .into_any(),
            )
        }
        Outcome::Imported(count) => {
            Some(view! { <Notice>{t!(i18n, pack_imported, count = move || count)}</Notice> }.into_any())
        }
        Outcome::Removed => Some(view! { <Notice>{t!(i18n, pack_removed)}</Notice> }.into_any()),
        Outcome::Failed(error) => Some(view! { <StorageErrorNotice error /> }.into_any()),
        Outcome::Refused(problems) => {
            let total = problems.len();
            let rows = problems
                .into_iter()
                .take(20)
                .map(|problem| {
                    let place = problem.place();
                    view! { <li>{(!place.is_empty()).then(|| format!("{place}: "))}{problem_text(i18n, &problem.kind)}</li> }
                })
                .collect_view();
            Some(
                view! {
                    <Notice warning=true block=true>
                        <p>{t!(i18n, pack_refused, count = move || total)}</p>
                        <ul>{rows}</ul>
                    </Notice>
                }
                .into_any(),
            )
        }
    };

    view! {
        <Card id="pack-import-heading" heading=Signal::derive(move || t_string!(i18n, pack_heading).to_owned())>
            <label for="pack-file">{t!(i18n, pack_choose)}</label>
            <p class="hint">{t!(i18n, pack_limit, megabytes = move || MAX_BYTES / (1024 * 1024))}</p>
            <input id="pack-file" type="file" accept=".json,application/json" on:change=choose />
            {message}
            <Show when=move || has_imported.get()>
                <p><button type="button" class="secondary" on:click=remove>{t!(i18n, pack_remove)}</button></p>
            </Show>
        </Card>
    }
}
