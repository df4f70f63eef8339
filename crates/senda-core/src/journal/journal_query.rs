//! Finding entries: search as you type over title, text and tags (case and
//! accents ignored), filters by tag, mood and date range, newest first,
//! grouped by month.
use super::entry::JournalEntry;
use super::mood::Mood;
use crate::day::Day;
use crate::text::fold::{fold, matches_all, query_words};

/// An entry with its text folded once, so a keystroke only compares.
#[derive(Clone, Debug, PartialEq)]
pub struct IndexedEntry {
    pub entry: JournalEntry,
    pub revision: u64,
    folded: String,
}

impl IndexedEntry {
    pub fn new(entry: JournalEntry, revision: u64) -> Self {
        let folded = fold(&format!("{}\n{}\n{}", entry.title, entry.body, entry.tags.join("\n")));
        Self { entry, revision, folded }
    }
}

/// Newest first: by the date she gave the entry, then by when it was created.
pub fn sort_newest_first(entries: &mut [IndexedEntry]) {
    entries
        .sort_by(|a, b| b.entry.written_at.cmp(&a.entry.written_at).then(b.entry.created_ms.cmp(&a.entry.created_ms)));
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct JournalQuery {
    pub text: String,
    pub tag: Option<String>,
    pub mood: Option<Mood>,
    /// Inclusive days, "2026-11-01".
    pub from_day: Option<String>,
    pub to_day: Option<String>,
}

impl JournalQuery {
    pub fn is_empty(&self) -> bool {
        *self == JournalQuery::default()
    }

    /// The entries (not deleted) that match, in the order given.
    pub fn select<'a>(&self, entries: &'a [IndexedEntry]) -> Vec<&'a IndexedEntry> {
        self.positions(entries).into_iter().map(|position| &entries[position]).collect()
    }

    /// Where the matching entries are in `entries`: what a screen keeps
    /// between keystrokes instead of copies of the entries.
    pub fn positions(&self, entries: &[IndexedEntry]) -> Vec<usize> {
        self.positions_among(entries, 0..entries.len())
    }

    /// The matching entries among `candidates` (positions in `entries`, in
    /// order): after [`JournalQuery::narrows`], only the previous results need
    /// looking at, which keeps a keystroke fast in a long journal.
    pub fn positions_among(&self, entries: &[IndexedEntry], candidates: impl IntoIterator<Item = usize>) -> Vec<usize> {
        let words = query_words(&self.text);
        let tag = self.tag.as_deref().map(fold);
        // A filter's field that holds no day (half typed) filters nothing.
        let from = self.from_day.as_deref().and_then(Day::parse);
        let to = self.to_day.as_deref().and_then(Day::parse);
        candidates
            .into_iter()
            .filter(|&position| {
                let indexed = &entries[position];
                indexed.entry.deleted_ms.is_none()
                    && self.mood.is_none_or(|mood| indexed.entry.mood == Some(mood))
                    && from.is_none_or(|from| indexed.entry.day() >= from)
                    && to.is_none_or(|to| indexed.entry.day() <= to)
                    && tag.as_deref().is_none_or(|tag| indexed.entry.tags.iter().any(|t| fold(t) == tag))
                    && matches_all(&words, &[&indexed.folded])
            })
            .collect()
    }

    /// True when everything this query finds, `wider` finds too: the same
    /// filters, and each word of `wider` inside one of this query's words (she
    /// typed more letters or another word).
    pub fn narrows(&self, wider: &JournalQuery) -> bool {
        let words = query_words(&self.text);
        self.tag == wider.tag
            && self.mood == wider.mood
            && self.from_day == wider.from_day
            && self.to_day == wider.to_day
            && query_words(&wider.text).iter().all(|old| words.iter().any(|new| new.contains(old.as_str())))
    }
}

/// A search's results, kept so the next keystroke can look only among them.
#[derive(Clone, Debug, PartialEq)]
pub struct Search {
    /// Which version of the entries it looked at (the screen counts changes).
    pub generation: u64,
    pub query: JournalQuery,
    pub positions: Vec<usize>,
}

impl Search {
    /// The results of `query` over `entries` at `generation`: among the
    /// previous results when `query` narrows the previous query over the same
    /// entries, over all entries otherwise (an entry added or changed since
    /// must be found).
    pub fn next(previous: Option<&Search>, generation: u64, query: &JournalQuery, entries: &[IndexedEntry]) -> Search {
        let positions = match previous {
            Some(previous) if previous.generation == generation && query.narrows(&previous.query) => {
                query.positions_among(entries, previous.positions.iter().copied())
            }
            _ => query.positions(entries),
        };
        Search { generation, query: query.clone(), positions }
    }
}

/// Consecutive entries of the same month, as ("2026-11", entries).
/// How much of a matching line the results show.
const EXCERPT_CHARS: usize = 160;

/// Under a result, the first line of her words that holds every searched
/// word, cut to a line's length; none without a search.
pub fn matching_line(entry: &JournalEntry, words: &[String]) -> Option<String> {
    if words.is_empty() {
        return None;
    }
    let line = entry.body.lines().find(|line| matches_all(words, &[&fold(line)]))?;
    Some(line.chars().take(EXCERPT_CHARS).collect())
}

pub fn group_by_month<'a>(entries: &[&'a IndexedEntry]) -> Vec<(String, Vec<&'a IndexedEntry>)> {
    let mut groups: Vec<(String, Vec<&'a IndexedEntry>)> = Vec::new();
    for indexed in entries {
        match groups.last_mut() {
            Some((month, group)) if *month == indexed.entry.month() => group.push(indexed),
            _ => groups.push((indexed.entry.month(), vec![indexed])),
        }
    }
    groups
}

/// Tags used before, most used first, for suggestions while typing.
pub fn known_tags(entries: &[IndexedEntry]) -> Vec<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for tag in entries.iter().filter(|e| e.entry.deleted_ms.is_none()).flat_map(|e| &e.entry.tags) {
        match counts.iter_mut().find(|(known, _)| fold(known) == fold(tag)) {
            Some((_, count)) => *count += 1,
            None => counts.push((tag.clone(), 1)),
        }
    }
    counts.sort_by(|(a, x), (b, y)| y.cmp(x).then_with(|| fold(a).cmp(&fold(b))));
    counts.into_iter().map(|(tag, _)| tag).collect()
}

#[cfg(test)]
pub mod tests {
    use super::*;

    pub fn entry(id: &str, written_at: &str, title: &str, body: &str, tags: &[&str], mood: Option<u8>) -> IndexedEntry {
        IndexedEntry::new(
            JournalEntry {
                id: id.into(),
                written_at: crate::day::DayTime::parse(written_at).expect("a test entry's written_at"),
                created_ms: 0,
                updated_ms: 0,
                title: title.into(),
                body: body.into(),
                mood: mood.and_then(Mood::new),
                tags: tags.iter().map(|t| t.to_string()).collect(),
                conversation_id: None,
                deleted_ms: None,
            },
            1,
        )
    }

    fn sample() -> Vec<IndexedEntry> {
        let mut entries = vec![
            entry("a", "2026-10-03T09:00", "Cita en extranjería", "Esperamos el camión", &["Permisos"], Some(2)),
            entry("b", "2026-11-29T18:00", "", "Hoy en Lleida, col·legi nou", &["formació"], Some(4)),
            entry("c", "2026-11-01T08:00", "Vivienda", "Piso compartido", &["casa", "permisos"], Some(4)),
        ];
        sort_newest_first(&mut entries);
        entries
    }

    fn ids(found: Vec<&IndexedEntry>) -> Vec<&str> {
        found.iter().map(|e| e.entry.id.as_str()).collect()
    }

    #[test]
    fn a_result_shows_the_first_line_holding_every_word() {
        let found =
            entry("a", "2026-11-01T10:00", "t", "Morning.\nThe housing office, at ten.\nHousing again", &[], None);
        let words = query_words("housing TEN");
        assert_eq!(matching_line(&found.entry, &words).as_deref(), Some("The housing office, at ten."));
        assert_eq!(matching_line(&found.entry, &[]), None, "no search, no excerpt");
        let long = entry("b", "2026-11-01T10:00", "t", &"ví ".repeat(100), &[], None);
        assert_eq!(matching_line(&long.entry, &query_words("vi")).map(|line| line.chars().count()), Some(160));
    }

    #[test]
    fn newest_first_by_the_date_she_gave() {
        assert_eq!(ids(JournalQuery::default().select(&sample())), ["b", "c", "a"]);
    }

    #[test]
    fn search_ignores_case_and_accents_in_title_text_and_tags() {
        let entries = sample();
        let find = |text: &str| ids(JournalQuery { text: text.into(), ..Default::default() }.select(&entries));
        assert_eq!(find("camion"), ["a"]);
        assert_eq!(find("EXTRANJERIA"), ["a"]);
        assert_eq!(find("lleida"), ["b"]);
        assert_eq!(find("collegi"), ["b"]);
        assert_eq!(find("formacio"), ["b"]);
        assert_eq!(find("permisos"), ["c", "a"]);
        assert_eq!(find("permisos piso"), ["c"]);
        assert!(find("nothing here").is_empty());
    }

    #[test]
    fn filters_combine() {
        let entries = sample();
        let tag = JournalQuery { tag: Some("PERMISOS".into()), ..Default::default() };
        assert_eq!(ids(tag.select(&entries)), ["c", "a"]);
        let mood = JournalQuery { mood: Mood::new(4), ..Default::default() };
        assert_eq!(ids(mood.select(&entries)), ["b", "c"]);
        let november = JournalQuery {
            from_day: Some("2026-11-01".into()),
            to_day: Some("2026-11-29".into()),
            ..Default::default()
        };
        assert_eq!(ids(november.select(&entries)), ["b", "c"]);
        let all = JournalQuery { tag: Some("permisos".into()), mood: Mood::new(4), text: "piso".into(), ..november };
        assert_eq!(ids(all.select(&entries)), ["c"]);
    }

    #[test]
    fn deleted_entries_are_not_listed() {
        let mut entries = sample();
        entries[0].entry.deleted_ms = Some(5);
        assert_eq!(ids(JournalQuery::default().select(&entries)), ["c", "a"]);
    }

    #[test]
    fn entries_group_by_month_in_order() {
        let entries = sample();
        let selected = JournalQuery::default().select(&entries);
        let groups = group_by_month(&selected);
        let shape: Vec<(String, usize)> = groups.iter().map(|(month, group)| (month.clone(), group.len())).collect();
        assert_eq!(shape, vec![("2026-11".into(), 2), ("2026-10".into(), 1)]);
    }

    #[test]
    fn typing_more_narrows_and_changing_filters_does_not() {
        let query = |text: &str| JournalQuery { text: text.into(), ..Default::default() };
        assert!(query("cami").narrows(&query("cam")));
        assert!(query("camion lle").narrows(&query("camion")));
        assert!(query("lleida camion").narrows(&query("camion")));
        assert!(query("cam").narrows(&query("")));
        assert!(!query("cam").narrows(&query("cami")));
        assert!(!query("xyz").narrows(&query("cam")));
        let with_tag = JournalQuery { tag: Some("casa".into()), ..query("cami") };
        assert!(!with_tag.narrows(&query("cam")));
    }

    #[test]
    fn a_keystroke_searches_the_last_results_unless_the_entries_changed() {
        let mut entries = vec![entry("a", "2026-11-01T10:00", "camino", "", &[], None)];
        let text = |text: &str| JournalQuery { text: text.into(), ..JournalQuery::default() };
        let first = Search::next(None, 0, &text("cam"), &entries);
        assert_eq!(first.positions, [0]);
        entries.push(entry("b", "2026-11-02T10:00", "camión", "", &[], None));
        let same_entries = Search::next(Some(&first), 0, &text("cami"), &entries);
        assert_eq!(same_entries.positions, [0], "only the last results are looked at");
        let changed = Search::next(Some(&first), 1, &text("cami"), &entries);
        assert_eq!(changed.positions, [0, 1], "a new entry is found once the entries changed");
        let wider = Search::next(Some(&changed), 1, &text("ca"), &entries);
        assert_eq!(wider.positions, [0, 1], "a shorter word searches everything again");
    }

    #[test]
    fn known_tags_are_suggested_most_used_first() {
        // The spelling of the newest entry is the one suggested.
        assert_eq!(known_tags(&sample()), ["permisos", "casa", "formació"]);
    }
}

// proptest runs natively only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::tests::entry;
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Searching among the previous results finds exactly what a full
        /// search finds, whenever the new query narrows the old one.
        #[test]
        fn narrowing_finds_what_a_full_search_finds(
            bodies in proptest::collection::vec("[abcé ·l]{0,30}", 0..40),
            first in "[abcé l]{0,4}",
            more in "[abcé l]{0,4}",
        ) {
            let entries: Vec<IndexedEntry> =
                bodies.iter().enumerate().map(|(i, body)| entry(&i.to_string(), "2026-11-01T10:00", "", body, &[], None)).collect();
            let wider = JournalQuery { text: first.clone(), ..Default::default() };
            let narrower = JournalQuery { text: format!("{first}{more}"), ..Default::default() };
            if narrower.narrows(&wider) {
                let previous = wider.positions(&entries);
                prop_assert_eq!(narrower.positions_among(&entries, previous), narrower.positions(&entries));
            }
        }
    }
}
