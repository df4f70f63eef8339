//! Mood on a five-step scale, always shown with a word, never a face alone.
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Mood(u8);

impl Mood {
    pub const ALL: [Mood; 5] = [Mood(1), Mood(2), Mood(3), Mood(4), Mood(5)];

    pub fn new(step: u8) -> Option<Mood> {
        (1..=5).contains(&step).then_some(Mood(step))
    }

    pub fn step(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for Mood {
    type Error = String;
    fn try_from(step: u8) -> Result<Self, Self::Error> {
        Mood::new(step).ok_or_else(|| format!("mood must be 1 to 5, not {step}"))
    }
}

impl From<Mood> for u8 {
    fn from(mood: Mood) -> u8 {
        mood.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_five_steps_exist() {
        assert_eq!(Mood::new(0), None);
        assert_eq!(Mood::new(6), None);
        assert_eq!(Mood::ALL.map(Mood::step), [1, 2, 3, 4, 5]);
        assert!(serde_json::from_str::<Mood>("9").is_err());
        assert_eq!(serde_json::from_str::<Mood>("4").unwrap(), Mood(4));
    }
}
