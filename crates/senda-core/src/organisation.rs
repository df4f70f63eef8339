//! The organisation's settings file (`senda.config.json`): reading and
//! checking it (`org_config`).
pub mod org_config;
