//! Which screen a URL shows. Screens live in the URL's fragment (`#/journal`)
//! so that a shared link opens the right screen from any static host, at a
//! domain's root or under a sub-path, with no rewrite rules: the server only
//! ever sees a request for the folder's `index.html`.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Journal,
    Resources,
    Conversations,
    SelfCare,
    Settings,
    NotFound(String),
}

impl Route {
    /// The five areas in navigation order.
    pub const AREAS: [Route; 5] =
        [Route::Journal, Route::Resources, Route::Conversations, Route::SelfCare, Route::Settings];

    /// Reads `location.hash`. An empty fragment is the journal, the mentor's
    /// first screen.
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.split(['?', '#']).next().unwrap_or_default().trim_end_matches('/');
        match path {
            "" | "journal" => Route::Journal,
            "resources" => Route::Resources,
            "conversations" => Route::Conversations,
            "self-care" => Route::SelfCare,
            "settings" => Route::Settings,
            other => Route::NotFound(other.to_owned()),
        }
    }

    pub fn to_hash(&self) -> String {
        let path = match self {
            Route::Journal => "journal",
            Route::Resources => "resources",
            Route::Conversations => "conversations",
            Route::SelfCare => "self-care",
            Route::Settings => "settings",
            Route::NotFound(path) => path,
        };
        format!("#/{path}")
    }

    /// The navigation entry to mark as current.
    pub fn area(&self) -> Option<Route> {
        match self {
            Route::NotFound(_) => None,
            area => Some(area.clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_area_reads_back_from_its_own_link() {
        for area in Route::AREAS {
            assert_eq!(Route::from_hash(&area.to_hash()), area);
        }
    }

    #[test]
    fn links_written_by_hand_still_open() {
        assert_eq!(Route::from_hash(""), Route::Journal);
        assert_eq!(Route::from_hash("#"), Route::Journal);
        assert_eq!(Route::from_hash("#/"), Route::Journal);
        assert_eq!(Route::from_hash("#resources"), Route::Resources);
        assert_eq!(Route::from_hash("#/settings/"), Route::Settings);
        assert_eq!(Route::from_hash("#/self-care?from=qr"), Route::SelfCare);
    }

    #[test]
    fn an_unknown_link_is_not_found_not_the_journal() {
        assert_eq!(Route::from_hash("#/diary"), Route::NotFound("diary".into()));
    }
}
