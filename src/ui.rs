//! Widgets shared by every feature: the shell's parts and generic screens.
pub mod card;
pub mod chip;
pub mod clear_file_warning;
pub mod form_field;
pub mod language_picker;
pub mod ltr_numbers;
pub mod navigation;
pub mod not_found_page;
pub mod notice;
pub mod other_tab_writes;
pub mod page_title;
pub mod site_header;
pub mod storage_error_text;
pub mod storage_notice;
pub mod update_banner;
