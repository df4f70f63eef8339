//! What can go wrong with stored data, as types. The words shown to the user
//! for each live in `ui::storage_error_text`, in every language.

/// Every failure a feature can meet when it reads or writes a record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// localStorage is switched off or blocked (private mode, site settings).
    Unavailable,
    /// The browser refused the write: the origin's space is full.
    QuotaExceeded,
    /// The stored text could not be read back. It is kept exactly as it is.
    Unreadable { key: String },
    /// Another tab changed or removed this record after this tab read it;
    /// nothing was written, so neither tab's words are lost.
    Conflict { key: String },
    /// The lock is on: private records can be neither read nor written.
    Locked,
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Unavailable => write!(f, "storage unavailable"),
            Self::QuotaExceeded => write!(f, "storage quota exceeded"),
            Self::Unreadable { key } => write!(f, "record {key} is unreadable"),
            Self::Conflict { key } => write!(f, "record {key} was changed in another tab"),
            Self::Locked => write!(f, "Senda is locked"),
        }
    }
}
