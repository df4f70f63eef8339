//! Whether a service can be used now, in HSDS's four words. A pack keeps the
//! word as written, so an unknown one is a named problem of the pack check
//! rather than a file that cannot be read at all.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ServiceStatus {
    Active,
    Inactive,
    Defunct,
    TemporarilyClosed,
}

impl ServiceStatus {
    pub const ALL: [ServiceStatus; 4] =
        [ServiceStatus::Active, ServiceStatus::Inactive, ServiceStatus::Defunct, ServiceStatus::TemporarilyClosed];

    /// The word HSDS and the pack use.
    pub fn word(self) -> &'static str {
        match self {
            ServiceStatus::Active => "active",
            ServiceStatus::Inactive => "inactive",
            ServiceStatus::Defunct => "defunct",
            ServiceStatus::TemporarilyClosed => "temporarily closed",
        }
    }

    pub fn parse(word: &str) -> Option<ServiceStatus> {
        ServiceStatus::ALL.into_iter().find(|status| status.word() == word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_status_reads_back_from_its_word_and_nothing_else_is_one() {
        for status in ServiceStatus::ALL {
            assert_eq!(ServiceStatus::parse(status.word()), Some(status));
        }
        for other in ["open", "Active", "temporarily_closed", ""] {
            assert_eq!(ServiceStatus::parse(other), None, "{other:?}");
        }
    }
}
