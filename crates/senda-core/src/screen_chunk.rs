//! Which wasm chunk brings a route's screens. The app is cut at three split
//! points (src/shell/screens.rs); the page's first script fetches the chunk
//! of the address it opens alongside the main wasm, from a table the build
//! writes from this file (`first_segment_table`, which crates/senda-build
//! reads), so the two cannot disagree.
use crate::router::{Area, Route};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScreenChunk {
    Journal,
    Guide,
    /// Conversations, self-care and settings (with about and the safety tips).
    Other,
}

impl ScreenChunk {
    /// In the order a mentor's device fetches them ahead.
    pub const ALL: [ScreenChunk; 3] = [ScreenChunk::Journal, ScreenChunk::Guide, ScreenChunk::Other];

    /// Each chunk holds whole navigation areas (`Route::area`).
    pub fn of(route: &Route) -> Option<ScreenChunk> {
        Some(match route.area()? {
            Area::Journal => ScreenChunk::Journal,
            Area::Resources => ScreenChunk::Guide,
            Area::Conversations | Area::SelfCare | Area::Settings => ScreenChunk::Other,
        })
    }

    /// The split point's name in `#[wasm_split(…)]`, under which wasm-split's
    /// loader lists the chunk's files; the build fails on a name it lacks.
    pub fn split_name(self) -> &'static str {
        match self {
            ScreenChunk::Journal => "journal",
            ScreenChunk::Guide => "resources",
            ScreenChunk::Other => "other_sections",
        }
    }
}

/// The first part of every address the router knows (`#/guide/line-016`
/// starts with `guide`; an empty address is the journal).
const FIRST_SEGMENTS: [&str; 9] =
    ["", "journal", "resources", "guide", "conversations", "self-care", "settings", "safety", "about"];

/// For the page's first script: each first part of an address and the
/// split point of its chunk.
pub fn first_segment_table() -> Vec<(&'static str, &'static str)> {
    FIRST_SEGMENTS
        .into_iter()
        .filter_map(|segment| Some((segment, ScreenChunk::of(&Route::from_hash(segment))?.split_name())))
        .collect()
}

/// The first part of the addresses the page opens with the guide's build of
/// its own (src/shell/guide_app.rs) instead of the whole app: a mentee's
/// shared guide. The page's first script reads it from the build's data.
pub const GUIDE_BUILD_SEGMENT: &str = "guide";

/// Whether the page opens `hash` with the guide's own build, by the same
/// reading of the address as the page's first script: `#/guide…` yes,
/// anything else (the whole app) no. The guide's build starts the page
/// again for an address that is not its own.
pub fn opens_guide_build(hash: &str) -> bool {
    let path = hash.strip_prefix('#').unwrap_or(hash);
    let path = path.strip_prefix('/').unwrap_or(path);
    path.split(['/', '?', '#']).next() == Some(GUIDE_BUILD_SEGMENT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guide_build_opens_a_shared_guide_and_nothing_else() {
        for route in every_kind() {
            assert_eq!(opens_guide_build(&route.to_hash()), route.is_shared_guide(), "{route:?}");
        }
        // An address under the guide it does not know still stays in the
        // guide's build (which shows the guide), never a loop of starts.
        assert!(opens_guide_build("#/guide/a/b"));
        assert!(opens_guide_build("#guide?x"));
        assert!(!opens_guide_build("#/guidebook"));
        assert!(!opens_guide_build(""));
    }

    /// One route of each kind; the match makes a new kind fail to compile
    /// here until it is listed.
    fn every_kind() -> Vec<Route> {
        let id = || "x".to_owned();
        let routes = vec![
            Route::Journal,
            Route::JournalNew,
            Route::JournalEntry(id()),
            Route::JournalEdit(id()),
            Route::JournalDeleted,
            Route::Resources,
            Route::Service(id()),
            Route::ServiceNew,
            Route::ServiceEdit(id()),
            Route::Guide,
            Route::GuideService(id()),
            Route::Conversations,
            Route::ConversationNew,
            Route::Conversation(id()),
            Route::ConversationsLog,
            Route::ChecklistSettings,
            Route::ChecklistAbout,
            Route::SelfCare,
            Route::SelfCareTrends,
            Route::SelfCareWellbeing,
            Route::SelfCarePlan,
            Route::Settings,
            Route::Safety,
            Route::About,
        ];
        for route in &routes {
            match route {
                Route::Journal
                | Route::JournalNew
                | Route::JournalEntry(_)
                | Route::JournalEdit(_)
                | Route::JournalDeleted
                | Route::Resources
                | Route::Service(_)
                | Route::ServiceNew
                | Route::ServiceEdit(_)
                | Route::Guide
                | Route::GuideService(_)
                | Route::Conversations
                | Route::ConversationNew
                | Route::Conversation(_)
                | Route::ConversationsLog
                | Route::ChecklistSettings
                | Route::ChecklistAbout
                | Route::SelfCare
                | Route::SelfCareTrends
                | Route::SelfCareWellbeing
                | Route::SelfCarePlan
                | Route::Settings
                | Route::Safety
                | Route::About => {}
                Route::NotFound(_) => unreachable!("not a screen"),
            }
        }
        routes
    }

    #[test]
    fn the_table_fetches_the_chunk_of_every_screen_from_its_address_alone() {
        let table = first_segment_table();
        for route in every_kind() {
            let hash = route.to_hash();
            let first = hash.trim_start_matches("#/").split('/').next().unwrap_or_default();
            let listed = table.iter().find(|(segment, _)| *segment == first).map(|(_, name)| *name);
            assert_eq!(listed, ScreenChunk::of(&route).map(ScreenChunk::split_name), "{hash}");
        }
    }

    #[test]
    fn an_empty_address_fetches_the_journal_and_a_guide_link_the_guide() {
        let table = first_segment_table();
        assert!(table.contains(&("", "journal")));
        assert!(table.contains(&("guide", "resources")));
        assert!(table.contains(&("safety", "other_sections")));
    }
}
