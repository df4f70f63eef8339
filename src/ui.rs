//! Widgets every feature may use: notices, cards, chips, form fields, the
//! page title, the language picker. A leaf: it uses no feature and not the
//! shell (`import_cycles` checks).
pub mod card;
pub mod chip;
pub mod clear_file_warning;
pub mod form_field;
pub mod language_picker;
pub mod ltr_numbers;
pub mod not_found_page;
pub mod notice;
pub mod other_tab_writes;
pub mod page_title;
pub mod save_status;
pub mod storage_error_text;
