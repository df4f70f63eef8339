//! What helps her: Senda's starting list (walk, a friend, art, rest,
//! prayer, music), which she can add to, rename or trim. Senda's own items
//! are named in her language; hers keep the words she gave them.
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Activity {
    /// A starting item's id ("walk") or "own-<uuid>" for one she added.
    pub id: String,
    /// Her words; None for a starting item she has not renamed.
    #[serde(default)]
    pub label: Option<String>,
}

pub const STARTING: [&str; 6] = ["walk", "friend", "art", "rest", "prayer", "music"];
pub const LABEL_LIMIT: usize = 40;

pub fn starting_list() -> Vec<Activity> {
    STARTING.iter().map(|id| Activity { id: (*id).to_owned(), label: None }).collect()
}

/// Adds one of hers; None when the words are empty, too long or already there.
pub fn add(list: &[Activity], label: &str, id: String) -> Option<Vec<Activity>> {
    let label = label.trim();
    let taken =
        list.iter().any(|activity| activity.label.as_deref().is_some_and(|known| known.eq_ignore_ascii_case(label)));
    if label.is_empty() || label.chars().count() > LABEL_LIMIT || taken {
        return None;
    }
    let mut list = list.to_vec();
    list.push(Activity { id, label: Some(label.to_owned()) });
    Some(list)
}

/// Removes it from the list; check-ins that named it keep their record.
pub fn remove(list: &[Activity], id: &str) -> Vec<Activity> {
    list.iter().filter(|activity| activity.id != id).cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn she_adds_her_own_and_removes_any() {
        let list = add(&starting_list(), " Dance class ", "own-1".into()).unwrap();
        assert_eq!(list.len(), 7);
        assert_eq!(list[6].label.as_deref(), Some("Dance class"));
        assert_eq!(add(&list, "dance CLASS", "own-2".into()), None, "already there");
        assert_eq!(add(&list, "  ", "own-3".into()), None);
        assert_eq!(add(&list, &"x".repeat(LABEL_LIMIT + 1), "own-4".into()), None);
        let trimmed = remove(&list, "prayer");
        assert_eq!(trimmed.len(), 6);
        assert!(trimmed.iter().all(|activity| activity.id != "prayer"));
    }
}
