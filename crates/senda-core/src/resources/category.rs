//! Senda's own open list of service categories (the 211/AIRS taxonomy is
//! proprietary). A pack names one per service by its id.
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Emergency,
    Permits,
    Housing,
    Work,
    Education,
    Health,
    Legal,
    Everyday,
}

impl Category {
    /// In the order the guide shows them: help first.
    pub const ALL: [Category; 8] = [
        Category::Emergency,
        Category::Permits,
        Category::Housing,
        Category::Work,
        Category::Education,
        Category::Health,
        Category::Legal,
        Category::Everyday,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Category::Emergency => "emergency",
            Category::Permits => "permits",
            Category::Housing => "housing",
            Category::Work => "work",
            Category::Education => "education",
            Category::Health => "health",
            Category::Legal => "legal",
            Category::Everyday => "everyday",
        }
    }

    pub fn from_id(id: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|category| category.id() == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_category_reads_back_from_its_id() {
        for category in Category::ALL {
            assert_eq!(Category::from_id(category.id()), Some(category));
            assert_eq!(serde_json::to_value(category).unwrap(), category.id());
        }
        assert_eq!(Category::from_id("211-taxonomy"), None);
    }
}
