//! Which screen a URL shows. Screens live in the URL's fragment (`#/journal`)
//! so that a shared link opens the right screen from any static host, at a
//! domain's root or under a sub-path, with no rewrite rules: the server only
//! ever sees a request for the folder's `index.html`.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Journal,
    JournalNew,
    JournalEntry(String),
    JournalEdit(String),
    JournalDeleted,
    Resources,
    /// One service of the guide.
    Service(String),
    /// The form for a service the mentor adds herself, and for editing one.
    ServiceNew,
    ServiceEdit(String),
    /// The guide as a mentor shares it with a mentee: nothing else of Senda.
    Guide,
    GuideService(String),
    Conversations,
    ConversationNew,
    Conversation(String),
    ConversationsLog,
    /// Her own checklist: hide, reword, add, import, export.
    ChecklistSettings,
    ChecklistAbout,
    SelfCare,
    SelfCareTrends,
    /// The WHO-5 well-being index.
    SelfCareWellbeing,
    SelfCarePlan,
    Settings,
    /// What quick exit, the lock and wipe can and cannot do.
    Safety,
    /// The organisation, its social team, the version and the credits.
    About,
    NotFound(String),
}

impl Route {
    /// A screen of the guide as shared with a mentee: shown without the
    /// sections, the lock or anything else of the mentor's.
    pub fn is_shared_guide(&self) -> bool {
        matches!(self, Route::Guide | Route::GuideService(_))
    }

    /// Screens that show while Senda is locked: only what a mentee may see
    /// on the mentor's phone (the guide as read, the safety tips, About).
    /// Adding her own service or editing one stays behind the lock.
    pub fn shows_while_locked(&self) -> bool {
        self.is_shared_guide() || matches!(self, Route::Safety | Route::About | Route::Resources | Route::Service(_))
    }

    /// Reads `location.hash`. An empty fragment is the journal, the mentor's
    /// first screen.
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.split(['?', '#']).next().unwrap_or_default().trim_end_matches('/');
        match path {
            "" | "journal" => Route::Journal,
            "journal/new" => Route::JournalNew,
            "journal/deleted" => Route::JournalDeleted,
            journal if journal.starts_with("journal/") => {
                item(journal, "journal/", Route::JournalEntry, Route::JournalEdit)
            }
            "resources" => Route::Resources,
            "guide" => Route::Guide,
            "resources/new" => Route::ServiceNew,
            service if service.starts_with("resources/") => {
                item(service, "resources/", Route::Service, Route::ServiceEdit)
            }
            service if service.starts_with("guide/") && !service["guide/".len()..].contains('/') => {
                Route::GuideService(service["guide/".len()..].to_owned())
            }
            "conversations" => Route::Conversations,
            "conversations/new" => Route::ConversationNew,
            "conversations/log" => Route::ConversationsLog,
            "conversations/checklist" => Route::ChecklistSettings,
            "conversations/about" => Route::ChecklistAbout,
            conversation
                if conversation.starts_with("conversations/")
                    && !conversation["conversations/".len()..].contains('/') =>
            {
                Route::Conversation(conversation["conversations/".len()..].to_owned())
            }
            "self-care" => Route::SelfCare,
            "self-care/trends" => Route::SelfCareTrends,
            "self-care/wellbeing" => Route::SelfCareWellbeing,
            "self-care/plan" => Route::SelfCarePlan,
            "settings" => Route::Settings,
            "safety" => Route::Safety,
            "about" => Route::About,
            other => Route::NotFound(other.to_owned()),
        }
    }

    pub fn to_hash(&self) -> String {
        let path = match self {
            Route::Journal => "journal",
            Route::JournalNew => "journal/new",
            Route::JournalDeleted => "journal/deleted",
            Route::JournalEntry(id) => return format!("#/journal/{id}"),
            Route::JournalEdit(id) => return format!("#/journal/{id}/edit"),
            Route::Resources => "resources",
            Route::Guide => "guide",
            Route::Service(id) => return format!("#/resources/{id}"),
            Route::ServiceNew => "resources/new",
            Route::ServiceEdit(id) => return format!("#/resources/{id}/edit"),
            Route::GuideService(id) => return format!("#/guide/{id}"),
            Route::Conversations => "conversations",
            Route::ConversationNew => "conversations/new",
            Route::Conversation(id) => return format!("#/conversations/{id}"),
            Route::ConversationsLog => "conversations/log",
            Route::ChecklistSettings => "conversations/checklist",
            Route::ChecklistAbout => "conversations/about",
            Route::SelfCare => "self-care",
            Route::SelfCareTrends => "self-care/trends",
            Route::SelfCareWellbeing => "self-care/wellbeing",
            Route::SelfCarePlan => "self-care/plan",
            Route::Settings => "settings",
            Route::Safety => "safety",
            Route::About => "about",
            Route::NotFound(path) => path,
        };
        format!("#/{path}")
    }

    /// The navigation entry to mark as current; none for an unknown address.
    pub fn area(&self) -> Option<Area> {
        match self {
            Route::NotFound(_) => None,
            Route::Settings | Route::Safety | Route::About => Some(Area::Settings),
            Route::SelfCare | Route::SelfCareTrends | Route::SelfCareWellbeing | Route::SelfCarePlan => {
                Some(Area::SelfCare)
            }
            Route::Conversations
            | Route::ConversationNew
            | Route::Conversation(_)
            | Route::ConversationsLog
            | Route::ChecklistSettings
            | Route::ChecklistAbout => Some(Area::Conversations),
            Route::Resources
            | Route::Service(_)
            | Route::ServiceNew
            | Route::ServiceEdit(_)
            | Route::Guide
            | Route::GuideService(_) => Some(Area::Resources),
            Route::Journal
            | Route::JournalNew
            | Route::JournalEntry(_)
            | Route::JournalEdit(_)
            | Route::JournalDeleted => Some(Area::Journal),
        }
    }
}

/// The five sections of the navigation, each a set of screens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    Journal,
    Resources,
    Conversations,
    SelfCare,
    Settings,
}

impl Area {
    /// In navigation order.
    pub const ALL: [Area; 5] = [Area::Journal, Area::Resources, Area::Conversations, Area::SelfCare, Area::Settings];

    /// The area's own screen, where its navigation link goes.
    pub fn route(self) -> Route {
        match self {
            Area::Journal => Route::Journal,
            Area::Resources => Route::Resources,
            Area::Conversations => Route::Conversations,
            Area::SelfCare => Route::SelfCare,
            Area::Settings => Route::Settings,
        }
    }
}

/// `<section>/<id>` is an item's screen and `<section>/<id>/edit` its
/// editor; anything deeper is not a screen.
fn item(path: &str, section: &str, show: fn(String) -> Route, edit: fn(String) -> Route) -> Route {
    let rest = path.strip_prefix(section).unwrap_or_default();
    match rest.split_once('/') {
        None => show(rest.to_owned()),
        Some((id, "edit")) if !id.is_empty() => edit(id.to_owned()),
        Some(_) => Route::NotFound(path.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_guide_the_safety_tips_and_about_show_while_locked() {
        let open: Vec<&str> =
            ["#/guide", "#/guide/line-016", "#/resources", "#/resources/line-016", "#/safety", "#/about"]
                .into_iter()
                .filter(|hash| !Route::from_hash(hash).shows_while_locked())
                .collect();
        assert!(open.is_empty(), "{open:?}");
        for hash in [
            "#/journal",
            "#/journal/new",
            "#/journal/a",
            "#/journal/a/edit",
            "#/journal/deleted",
            "#/resources/new",
            "#/resources/own-1/edit",
            "#/conversations",
            "#/conversations/log",
            "#/self-care",
            "#/self-care/plan",
            "#/settings",
            "#/nowhere",
        ] {
            assert!(!Route::from_hash(hash).shows_while_locked(), "{hash}");
        }
    }

    #[test]
    fn every_area_reads_back_from_its_own_link() {
        for area in Area::ALL {
            assert_eq!(Route::from_hash(&area.route().to_hash()), area.route());
            assert_eq!(area.route().area(), Some(area), "an area's own screen is in it");
        }
    }

    #[test]
    fn links_written_by_hand_still_open() {
        assert_eq!(Route::from_hash(""), Route::Journal);
        assert_eq!(Route::from_hash("#"), Route::Journal);
        assert_eq!(Route::from_hash("#/"), Route::Journal);
        assert_eq!(Route::from_hash("#resources"), Route::Resources);
        assert_eq!(Route::from_hash("#/settings/"), Route::Settings);
        assert_eq!(Route::from_hash("#/safety"), Route::Safety);
        assert_eq!(Route::from_hash("#/about"), Route::About);
        assert_eq!(Route::from_hash("#/resources/line-016"), Route::Service("line-016".into()));
        assert_eq!(Route::from_hash("#/guide"), Route::Guide);
        assert_eq!(Route::from_hash("#/guide/line-016"), Route::GuideService("line-016".into()));
        assert_eq!(Route::GuideService("a".into()).to_hash(), "#/guide/a");
        assert_eq!(Route::Safety.area(), Some(Area::Settings));
        assert_eq!(Route::from_hash("#/self-care?from=qr"), Route::SelfCare);
    }

    #[test]
    fn journal_screens_have_their_own_links() {
        for route in [
            Route::JournalNew,
            Route::JournalDeleted,
            Route::JournalEntry("5f0c-1".into()),
            Route::JournalEdit("5f0c-1".into()),
        ] {
            assert_eq!(Route::from_hash(&route.to_hash()), route);
            assert_eq!(route.area(), Some(Area::Journal));
        }
        assert_eq!(Route::from_hash("#/journal/x/delete"), Route::NotFound("journal/x/delete".into()));
    }

    #[test]
    fn her_own_services_have_their_own_links() {
        for route in [Route::ServiceNew, Route::ServiceEdit("own-1".into()), Route::Service("own-1".into())] {
            assert_eq!(Route::from_hash(&route.to_hash()), route);
            assert_eq!(route.area(), Some(Area::Resources));
        }
        assert_eq!(Route::from_hash("#/resources/x/y"), Route::NotFound("resources/x/y".into()));
    }

    #[test]
    fn conversation_screens_have_their_own_links() {
        for route in [
            Route::ConversationNew,
            Route::Conversation("5f0c".into()),
            Route::ConversationsLog,
            Route::ChecklistSettings,
            Route::ChecklistAbout,
        ] {
            assert_eq!(Route::from_hash(&route.to_hash()), route);
            assert_eq!(route.area(), Some(Area::Conversations));
        }
    }

    #[test]
    fn self_care_screens_have_their_own_links() {
        for route in [Route::SelfCareTrends, Route::SelfCareWellbeing, Route::SelfCarePlan] {
            assert_eq!(Route::from_hash(&route.to_hash()), route);
            assert_eq!(route.area(), Some(Area::SelfCare));
        }
    }

    #[test]
    fn an_unknown_link_is_not_found_not_the_journal() {
        assert_eq!(Route::from_hash("#/diary"), Route::NotFound("diary".into()));
    }
}
