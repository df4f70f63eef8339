//! The resource guide: services a mentor and her mentees can find, offline,
//! in their language. Rules: `resource_pack` (the HSDS profile and its
//! checks), `link_check` (which links may be opened), `translated` (which
//! translation shows), `resource_query` (search and filters), `category`, `pack_content`
//! (what the facts of a trusted pack must carry: sources, dates, limits).
//! Browser side: `resource_state` loads the packs the build and the
//! organisation ship; the pages show them.
pub use senda_core::resources::{
    category, guide_layers, guide_records, link_check, own_service, pack_by_language, pack_content, phone_channel,
    qr_code, read_aloud, resource_pack, resource_query, translated,
};

pub mod emergency_calls;
pub mod listen_button;
pub mod origin_mark;
pub mod own_service_page;
pub mod own_services_section;
pub mod pack_import;
pub mod resource_state;
pub mod resources_page;
pub mod service_finder;
pub mod service_page;
pub mod share_link;
