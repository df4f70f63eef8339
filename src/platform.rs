//! Small adapters around browser APIs that are not storage: one file each, so
//! the rest of the code never calls `web_sys` for these directly.
pub mod all_tabs;
pub mod chosen_file;
pub mod clock;
pub mod connection;
pub mod download;
pub mod fetch_text;
pub mod intl;
pub mod location;
pub mod service_worker;
pub mod speech;
pub mod storage_lock;
