//! Her self-care plan: her warning signs, what helps, people and services she
//! can call, and her boundaries as a mentor. Plain text she writes, plus
//! services picked from the guide; reachable from the check-in and from the
//! "If I am triggered" card.
use serde::{Deserialize, Serialize};

use crate::resources::link_check::phone_link;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    #[serde(default)]
    pub warning_signs: String,
    #[serde(default)]
    pub what_helps: String,
    /// One per line: "Ana (sister) 600 000 000".
    #[serde(default)]
    pub people: String,
    /// Ids of services from the resource guide.
    #[serde(default)]
    pub services: Vec<String>,
    /// When she can be reached as a mentor, and when not.
    #[serde(default)]
    pub available_hours: String,
    /// Topics she passes on to the social team or another mentor.
    #[serde(default)]
    pub topics_passed_on: String,
}

pub const TEXT_LIMIT: usize = 2000;

impl Plan {
    pub fn is_empty(&self) -> bool {
        *self == Plan::default()
    }

    pub fn fits(&self) -> bool {
        [&self.warning_signs, &self.what_helps, &self.people, &self.available_hours, &self.topics_passed_on]
            .into_iter()
            .all(|text| text.chars().count() <= TEXT_LIMIT)
    }

    /// Adds a service from the guide, once; an empty choice adds nothing.
    pub fn add_service(&mut self, id: &str) {
        if !id.is_empty() && !self.services.iter().any(|known| known == id) {
            self.services.push(id.to_owned());
        }
    }

    pub fn remove_service(&mut self, id: &str) {
        self.services.retain(|known| known != id);
    }

    /// Each line of `people`, with a `tel:` link when it holds a phone number.
    pub fn people_to_call(&self) -> Vec<(String, Option<String>)> {
        self.people
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(|line| (line.to_owned(), phone_in(line)))
            .collect()
    }
}

/// The first number of at least six digits in a line she wrote: digits, a
/// leading +, and single spaces, dots or dashes between two digits
/// ("600 11 22 33", "+34 93.000.00.00"); "Room 5 - 600…" is two numbers.
fn phone_in(line: &str) -> Option<String> {
    let chars: Vec<char> = line.chars().collect();
    let mut start = 0;
    while start < chars.len() {
        let plus = chars[start] == '+';
        if !(plus || chars[start].is_ascii_digit()) {
            start += 1;
            continue;
        }
        let mut end = start + 1;
        while end < chars.len() {
            let separator = matches!(chars[end], ' ' | '.' | '-')
                && chars[end - 1].is_ascii_digit()
                && chars.get(end + 1).is_some_and(char::is_ascii_digit);
            if chars[end].is_ascii_digit() || separator {
                end += 1;
            } else {
                break;
            }
        }
        let number: String = chars[start..end].iter().collect();
        if number.chars().filter(char::is_ascii_digit).count() >= 6 {
            return phone_link(&number);
        }
        start = end;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_service_is_in_the_plan_once() {
        let mut plan = Plan::default();
        for id in ["line-016", "", "cruz-roja", "line-016"] {
            plan.add_service(id);
        }
        assert_eq!(plan.services, ["line-016", "cruz-roja"]);
        plan.remove_service("line-016");
        assert_eq!(plan.services, ["cruz-roja"]);
    }

    #[test]
    fn a_line_with_a_number_becomes_a_call_link() {
        let plan = Plan {
            people:
                "Ana (sister) 600 11 22 33\n\nMy friend Laura, 2nd floor\n+34 93.000.00.00 office\nRoom 5 - 600 000 000"
                    .into(),
            ..Plan::default()
        };
        assert_eq!(
            plan.people_to_call(),
            [
                ("Ana (sister) 600 11 22 33".to_string(), Some("tel:600112233".to_string())),
                ("My friend Laura, 2nd floor".to_string(), None),
                ("+34 93.000.00.00 office".to_string(), Some("tel:+34930000000".to_string())),
                ("Room 5 - 600 000 000".to_string(), Some("tel:600000000".to_string())),
            ]
        );
    }

    #[test]
    fn an_empty_plan_is_empty_and_long_text_does_not_fit() {
        assert!(Plan::default().is_empty());
        assert!(!Plan { warning_signs: "x".repeat(TEXT_LIMIT + 1), ..Plan::default() }.fits());
    }
}
