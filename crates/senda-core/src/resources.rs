//! The resource guide's rules: `resource_pack` (the HSDS profile and its
//! checks), `pack_content` (what the facts of a trusted pack must carry),
//! `link_check` (which links may be opened), `translated` (which translation
//! shows), `resource_query` (search and filters), `category`,
//! `service_status`, `guide_layers`, `pack_by_language` (the built-in pack
//! cut to one language for the download), `phone_channel`, `qr_code`,
//! `read_aloud`, `own_service` and `guide_records`.
pub mod category;
pub mod guide_layers;
pub mod guide_records;
pub mod link_check;
pub mod own_service;
pub mod pack_by_language;
pub mod pack_content;
pub mod phone_channel;
pub mod qr_code;
pub mod read_aloud;
pub mod resource_pack;
pub mod resource_query;
pub mod service_status;
pub mod translated;
