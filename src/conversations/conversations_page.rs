//! The conversations screen: start one, the quick cards, the records left
//! unfinished, every open follow-up in one list, and the history by date or
//! by alias; links to the mentoring log and her checklist.
use leptos::prelude::*;

use super::conversation::{Conversation, sort_by_alias};
use super::conversation_records::use_conversation_records;
use super::quick_cards::QuickCards;
use crate::i18n::*;
use crate::platform::intl;
use crate::router::Route;
use crate::ui::card::EmptyState;
use crate::ui::notice::Notice;
use crate::ui::page_title::PageTitle;
use crate::ui::storage_error_text::StorageErrorNotice;
use leptos_i18n::Locale as _;

#[component]
pub fn ConversationsPage() -> impl IntoView {
    let conversations = use_conversation_records();
    let i18n = use_i18n();
    let loaded = conversations.all();
    let failed = loaded.as_ref().err().cloned();
    let (all, unreadable) = loaded.unwrap_or_default();
    let all: Vec<Conversation> = all.into_iter().map(|(conversation, _)| conversation).collect();
    let by_alias = RwSignal::new(false);
    let all = StoredValue::new(all);

    let row = move |conversation: &Conversation| {
        let language = i18n.get_locale_untracked().as_str();
        let date = intl::medium_date(language, conversation.day);
        let link = Route::Conversation(conversation.id.clone()).to_hash();
        view! { <li><a href=link>{format!("{} — {date}", conversation.alias)}</a></li> }
    };
    let unfinished = move || all.with_value(|all| all.iter().filter(|c| !c.finished).map(row).collect_view());
    let follow_ups = move || {
        all.with_value(|all| {
            all.iter()
                .flat_map(|conversation| conversation.open_follow_ups().map(move |follow_up| (conversation, follow_up)))
                .map(|(conversation, follow_up)| {
                    let link = Route::Conversation(conversation.id.clone()).to_hash();
                    view! { <li><a href=link>{conversation.alias.clone()}</a>": "{follow_up.text.clone()}</li> }
                })
                .collect_view()
        })
    };
    let history = move || {
        let mut sorted = all.get_value();
        if by_alias.get() {
            sort_by_alias(&mut sorted);
        }
        sorted.iter().map(row).collect_view()
    };
    let count = move |finished: bool| all.with_value(|all| all.iter().filter(|c| c.finished == finished).count());
    let open_follow_ups = all.with_value(|all| all.iter().map(|c| c.open_follow_ups().count()).sum::<usize>());

    view! {
        <PageTitle text=Signal::derive(move || guide_t_string!(i18n, nav_conversations).to_owned()) />
        <p><a class="button" href=Route::ConversationNew.to_hash()>{guide_t!(i18n, conversation_start)}</a></p>
        <QuickCards />
        {failed.map(|error| view! { <StorageErrorNotice error /> })}
        {(unreadable > 0).then(|| view! { <Notice warning=true>{t!(i18n, conversations_unreadable, count = move || unreadable)}</Notice> })}
        <nav class="actions" aria-label=move || guide_t_string!(i18n, nav_conversations)>
            <a href=Route::ConversationsLog.to_hash()>{guide_t!(i18n, log_title)}</a>
            <a href=Route::ChecklistSettings.to_hash()>{guide_t!(i18n, my_checklist_title)}</a>
            <a href=Route::ChecklistAbout.to_hash()>{guide_t!(i18n, checklist_about_title)}</a>
        </nav>
        <section aria-labelledby="unfinished-heading">
            <h2 id="unfinished-heading">{t!(i18n, conversations_unfinished)}</h2>
            {if count(false) == 0 { view! { <EmptyState>{t!(i18n, conversations_none_unfinished)}</EmptyState> }.into_any() } else { view! { <ul class="plain-list">{unfinished}</ul> }.into_any() }}
        </section>
        <section aria-labelledby="follow-ups-heading">
            <h2 id="follow-ups-heading">{t!(i18n, conversations_follow_ups)}</h2>
            {if open_follow_ups == 0 { view! { <EmptyState>{t!(i18n, conversations_no_follow_ups)}</EmptyState> }.into_any() } else { view! { <ul class="plain-list">{follow_ups}</ul> }.into_any() }}
        </section>
        <section aria-labelledby="history-heading">
            <h2 id="history-heading">{t!(i18n, conversations_history)}</h2>
            <div class="actions" role="group" aria-label=move || t_string!(i18n, conversations_order)>
                <button type="button" class="secondary" aria-pressed=move || (!by_alias.get()).to_string() on:click=move |_| by_alias.set(false)>{t!(i18n, conversations_by_date)}</button>
                <button type="button" class="secondary" aria-pressed=move || by_alias.get().to_string() on:click=move |_| by_alias.set(true)>{t!(i18n, conversations_by_alias)}</button>
            </div>
            <ul class="plain-list">{history}</ul>
        </section>
    }
}
