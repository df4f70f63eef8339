//! The organisation that deploys Senda: its settings file
//! (`senda.config.json`, read without rebuilding), its name and social team,
//! and the About screen. Rules: `org_config` (reading and checking the file).
//! Browser side: `org_state` (the last good copy, the fresh read),
//! `organisation_intro` (name and description), `social_team` (the team's
//! contacts as links), `about_page`.
pub use senda_core::organisation::org_config;

pub mod about_page;
pub mod org_state;
pub mod organisation_intro;
pub mod social_team;
