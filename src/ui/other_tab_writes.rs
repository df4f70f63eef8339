//! Lists and summaries that show what another tab saved: the part is made
//! again whenever another tab writes a record of its namespace, as the
//! journal re-reads itself. Not for forms: what she is typing would go (the
//! forms check the revision they read instead, and say so on a conflict).
use leptos::prelude::*;

use crate::storage::tab_sync::TabSync;

#[component]
pub fn RereadOnOtherTabWrites(namespace: &'static str, children: ChildrenFn) -> impl IntoView {
    let sync = use_context::<TabSync>();
    // Counts only the writes that touch `namespace`, so a write elsewhere
    // (a setting, the journal) leaves this part alone.
    let writes = Memo::new(move |seen: Option<&u64>| {
        let seen = seen.copied().unwrap_or(0);
        if sync.is_some_and(|sync| sync.touches(namespace)) { seen + 1 } else { seen }
    });
    move || {
        // `get`, not `track`: a memo computes (and so watches the tab sync)
        // only when its value is read.
        let _writes_seen = writes.get();
        children()
    }
}
