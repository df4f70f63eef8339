//! Today's check-in: every question optional, big targets, one Save. Saving
//! again the same day changes that day's check-in; nothing counts streaks.
use leptos::prelude::*;

use super::activities::{self, Activity};
use super::check_in::{CheckIn, CheckInProblem, Flashbacks, NOTE_LIMIT};
use super::rating_choice::RatingChoice;
use super::self_care_state::use_self_care;
use crate::day::Day;
use crate::i18n::*;
use crate::ui::chip::Chip;
use crate::ui::form_field::form_field;
use crate::ui::save_status::{SaveStatus, SaveStatusNotice};
use leptos_i18n::I18nContext;

pub fn activity_name(i18n: I18nContext<Locale>, activity: &Activity) -> String {
    if let Some(label) = &activity.label {
        return label.clone();
    }
    match activity.id.as_str() {
        "walk" => t_string!(i18n, activity_walk),
        "friend" => t_string!(i18n, activity_friend),
        "art" => t_string!(i18n, activity_art),
        "rest" => t_string!(i18n, activity_rest),
        "prayer" => t_string!(i18n, activity_prayer),
        "music" => t_string!(i18n, activity_music),
        other => other,
    }
    .to_owned()
}

/// One choice of a radio group bound to a field of the check-in.
fn radio<T: Copy + Default + PartialEq + Send + Sync + 'static>(
    check_in: RwSignal<CheckIn>,
    name: &'static str,
    value: T,
    field: fn(&mut CheckIn) -> &mut T,
    word: &'static str,
) -> impl IntoView {
    let (current, set) = form_field(check_in, field);
    view! {
        <Chip group=name checked=Signal::derive(move || current.get() == value) on_change=move |_| set.run(value)>{word}</Chip>
    }
}

/// Why the check-in's own check refused it, in her language.
fn refused_word(i18n: I18nContext<Locale>, problem: &CheckInProblem) -> &'static str {
    match problem {
        CheckInProblem::Empty => t_string!(i18n, check_in_empty),
        CheckInProblem::NoteTooLong => t_string!(i18n, check_in_note_too_long),
        CheckInProblem::OutOfRange => t_string!(i18n, check_in_out_of_range),
    }
}

#[component]
pub fn CheckInForm(today: Day) -> impl IntoView {
    let self_care = use_self_care();
    let i18n = use_i18n();
    let loaded = self_care.check_in_of(today);
    let existing = loaded.as_ref().ok().cloned().flatten();
    let had_one = existing.is_some();
    let had_more = existing.as_ref().is_some_and(CheckIn::has_more_than_the_quick_answers);
    let check_in = RwSignal::new(existing.unwrap_or_else(|| CheckIn::blank(today)));
    let list = RwSignal::new(self_care.activities().unwrap_or_else(|_| activities::starting_list()));
    let status = RwSignal::new(SaveStatus::after(loaded, false));

    let (mood, set_mood) = form_field(check_in, |c| &mut c.mood);
    let (energy, set_energy) = form_field(check_in, |c| &mut c.energy);
    let (sleep_quality, set_sleep_quality) = form_field(check_in, |c| &mut c.sleep_quality);
    let (stress, set_stress) = form_field(check_in, |c| &mut c.stress);

    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let current = check_in.get_untracked();
        if let Err(problem) = current.check() {
            return status.set(SaveStatus::Refused(problem));
        }
        status.set(SaveStatus::after(self_care.save_check_in(&current), true));
    };

    let helped = move || {
        list.get()
            .into_iter()
            .map(|activity| {
                let id = activity.id.clone();
                let toggled = id.clone();
                let name = activity_name(i18n, &activity);
                view! {
                    <Chip checked=Signal::derive(move || check_in.with(|c| c.helped.contains(&id)))
                        on_change=move |on| check_in.update(|c| c.set_helped(&toggled, on))>
                        {name}
                    </Chip>
                }
            })
            .collect_view()
    };
    let message =
        view! { <SaveStatusNotice status saved=|i18n| t_string!(i18n, check_in_saved) refused=refused_word /> };

    view! {
        <form class="check-in stack" on:submit=save aria-labelledby="check-in-heading">
            <h2 id="check-in-heading">{if had_one { t!(i18n, check_in_heading_again).into_any() } else { t!(i18n, check_in_heading).into_any() }}</h2>
            <RatingChoice name="check-in-mood" legend=Signal::derive(move || t_string!(i18n, check_in_mood).to_owned()) value=mood on_pick=set_mood />
            <RatingChoice name="check-in-energy" legend=Signal::derive(move || t_string!(i18n, check_in_energy).to_owned()) value=energy on_pick=set_energy />
            <RatingChoice name="check-in-stress" legend=Signal::derive(move || t_string!(i18n, check_in_stress).to_owned()) value=stress on_pick=set_stress />
            // The four taps (mood, energy, stress, save) fit a small screen;
            // everything else waits under "More", open once she has used it.
            <p class="actions"><button type="submit">{t!(i18n, check_in_save)}</button></p>
            <details class="check-in-more" open=had_more>
            <summary>{t!(i18n, check_in_more)}</summary>
            <div class="field">
                <label for="check-in-sleep">{t!(i18n, check_in_sleep_hours)}</label>
                <input id="check-in-sleep" type="number" min="0" max="24" step="0.5" inputmode="decimal"
                    prop:value=move || check_in.with(|c| c.sleep_hours.map(|hours| hours.to_string()).unwrap_or_default())
                    on:input=move |event| { let text = event_target_value(&event); check_in.update(|c| c.set_sleep_hours(&text)) } />
            </div>
            <RatingChoice name="check-in-sleep-quality" legend=Signal::derive(move || t_string!(i18n, check_in_sleep_quality).to_owned()) value=sleep_quality on_pick=set_sleep_quality />
            <fieldset class="field rating">
                <legend>{t!(i18n, check_in_flashbacks)}</legend>
                {move || radio(check_in, "check-in-flashbacks", Some(Flashbacks::None), |c| &mut c.flashbacks, t_string!(i18n, check_in_flashbacks_none))}
                {move || radio(check_in, "check-in-flashbacks", Some(Flashbacks::Some), |c| &mut c.flashbacks, t_string!(i18n, check_in_flashbacks_some))}
                {move || radio(check_in, "check-in-flashbacks", Some(Flashbacks::Many), |c| &mut c.flashbacks, t_string!(i18n, check_in_flashbacks_many))}
                {move || radio(check_in, "check-in-flashbacks", None, |c| &mut c.flashbacks, t_string!(i18n, scale_skip))}
            </fieldset>
            <fieldset class="field rating">
                <legend>{t!(i18n, check_in_boundaries)}</legend>
                {move || radio(check_in, "check-in-boundaries", Some(true), |c| &mut c.kept_boundaries, t_string!(i18n, check_in_yes))}
                {move || radio(check_in, "check-in-boundaries", Some(false), |c| &mut c.kept_boundaries, t_string!(i18n, check_in_not_today))}
                {move || radio(check_in, "check-in-boundaries", None, |c| &mut c.kept_boundaries, t_string!(i18n, scale_skip))}
            </fieldset>
            <fieldset class="field rating">
                <legend>{t!(i18n, check_in_helped)}</legend>
                {helped}
            </fieldset>
            <ActivityListEditor list status />
            <div class="field">
                <label for="check-in-note">{t!(i18n, check_in_note)}</label>
                <textarea id="check-in-note" rows="2" maxlength=NOTE_LIMIT.to_string() prop:value=move || check_in.with(|c| c.note.clone())
                    on:input=move |event| { let text = event_target_value(&event); check_in.update(|c| c.note = text) }></textarea>
            </div>
            <p class="actions"><button type="submit">{t!(i18n, check_in_save)}</button></p>
            </details>
            {message}
        </form>
    }
}

/// "Change my list": her activities, with hers added and any removed; each
/// change saved at once.
#[component]
fn ActivityListEditor(list: RwSignal<Vec<Activity>>, status: RwSignal<SaveStatus<CheckInProblem>>) -> impl IntoView {
    let self_care = use_self_care();
    let i18n = use_i18n();
    let new_activity = RwSignal::new(String::new());
    let save = move |changed: Vec<Activity>| match self_care.save_activities(&changed) {
        Ok(()) => {
            list.set(changed);
            true
        }
        Err(error) => {
            status.set(SaveStatus::Failed(error));
            false
        }
    };
    let add_activity = move |_| {
        let id = format!("own-{}", uuid::Uuid::new_v4());
        if let Some(changed) = activities::add(&list.get_untracked(), &new_activity.get_untracked(), id)
            && save(changed)
        {
            new_activity.set(String::new());
        }
    };
    let listed = move || {
        list.get()
            .into_iter()
            .map(|activity| {
                let name = activity_name(i18n, &activity);
                let label = format!("{} {name}", t_string!(i18n, check_in_remove_activity));
                let id = activity.id.clone();
                view! {
                    <li>{name.clone()}" "
                        <button type="button" class="secondary" aria-label=label
                            on:click=move |_| { save(activities::remove(&list.get_untracked(), &id)); }>
                            {t!(i18n, check_in_remove_activity)}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <details class="activity-list">
            <summary>{t!(i18n, check_in_change_list)}</summary>
            <ul>{listed}</ul>
            <label for="new-activity">{t!(i18n, check_in_new_activity)}</label>
            <input id="new-activity" type="text" maxlength=activities::LABEL_LIMIT.to_string() prop:value=move || new_activity.get()
                on:input=move |event| new_activity.set(event_target_value(&event)) />
            <button type="button" class="secondary" on:click=add_activity>{t!(i18n, check_in_add_activity)}</button>
        </details>
    }
}
