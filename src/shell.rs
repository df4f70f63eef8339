//! The shell around every screen: the app's start and layout (`app`), which
//! screen each route shows and which wasm chunk brings it (`screens`), the
//! header with quick exit, the section navigation, the banners for storage
//! and a new version, and the screens that gather several features' parts
//! (`settings_page`; the journal's notices, in `screens`). A shared guide
//! link starts `guide_app` instead, a build of its own (`src/guide_main.rs`). It may use every
//! feature; no feature uses it.
#[cfg(feature = "whole-app")]
pub mod app;
pub mod chunk_screen;
#[cfg(feature = "guide-app")]
pub mod guide_app;
pub mod navigation;
pub mod page_top;
#[cfg(feature = "whole-app")]
pub mod screens;
pub mod settings_page;
pub mod shell_start;
pub mod site_header;
pub mod storage_notice;
pub mod update_banner;
