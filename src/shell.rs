//! The shell around every screen: the app's start and layout (`app`), which
//! screen each route shows and which wasm chunk brings it (`screens`), the
//! header with quick exit, the section navigation, the banners for storage
//! and a new version, and the screens that gather several features' parts
//! (`settings_page`; the journal's notices, in `screens`). It may use every
//! feature; no feature uses it.
pub mod app;
pub mod navigation;
pub mod screens;
pub mod settings_page;
pub mod site_header;
pub mod storage_notice;
pub mod update_banner;
