//! The self-care tracker: a daily check-in in a few taps, the WHO-5 every
//! two weeks, trends over 7, 30 and 90 days, and her self-care plan. Gentle
//! by design: no streaks, no missed days, a suggestion to talk to someone
//! and never a diagnosis. Rules: `check_in`, `who5`, `trends`,
//! `activities`, `plan`, `reminder`, `self_care_store`. Browser side:
//! `self_care_state` (the one way the screens reach the records), the
//! pages, `check_in_form`, `rating_choice`, `line_chart`,
//! `support_suggestion`, `reminder_prompt`.
pub use senda_core::self_care::{activities, check_in, plan, reminder, self_care_store, trends, who5};

pub mod check_in_form;
pub mod line_chart;
pub mod plan_page;
pub mod rating_choice;
pub mod reminder_prompt;
pub mod self_care_page;
pub mod self_care_state;
pub mod support_suggestion;
pub mod trends_page;
pub mod who5_page;
