//! The conversation being edited, shared by the parts of its screen: every
//! change goes through `change`, which checks the record and saves it at
//! once, naming the revision it read (a record being started is saved only
//! by "Begin").
use leptos::prelude::*;

use super::conversation::{Conversation, ConversationProblem};
use super::conversation_records::{ConversationRecords, use_conversation_records};
use crate::platform::location;
use crate::router::Route;
use crate::ui::save_status::SaveStatus;

#[derive(Clone, Copy)]
pub struct Editing {
    pub conversation: RwSignal<Conversation>,
    revision: RwSignal<Option<u64>>,
    pub status: RwSignal<SaveStatus<ConversationProblem>>,
    pub starting: bool,
    records: ConversationRecords,
}

impl Editing {
    pub fn new(conversation: Conversation, revision: Option<u64>, starting: bool) -> Self {
        Self {
            conversation: RwSignal::new(conversation),
            revision: RwSignal::new(revision),
            status: RwSignal::new(SaveStatus::Idle),
            starting,
            records: use_conversation_records(),
        }
    }

    pub fn persist(self) {
        let current = self.conversation.get_untracked();
        if let Err(problem) = current.check() {
            return self.status.set(SaveStatus::Refused(problem));
        }
        match self.records.save(&current, self.revision.get_untracked()) {
            Ok(saved) => {
                self.revision.set(Some(saved));
                self.status.set(SaveStatus::Saved);
                if self.starting {
                    location::go(&Route::Conversation(current.id));
                }
            }
            Err(error) => self.status.set(SaveStatus::Failed(error)),
        }
    }

    /// A started record saves each change as it is made.
    pub fn change(self, edit: impl FnOnce(&mut Conversation)) {
        self.change_if(|conversation| {
            edit(conversation);
            true
        });
    }

    /// Like `change`, for an edit that may find nothing to change (blank
    /// text): saved only when `edit` answers true, which is returned.
    pub fn change_if(self, edit: impl FnOnce(&mut Conversation) -> bool) -> bool {
        let changed = self.conversation.try_update(edit).unwrap_or(false);
        if changed && !self.starting {
            self.persist();
        }
        changed
    }

    /// Reads the record without tracking when it is unchanged.
    pub fn read<T>(self, read: impl FnOnce(&Conversation) -> T) -> T {
        self.conversation.with(read)
    }
}
