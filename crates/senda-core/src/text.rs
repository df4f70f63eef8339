//! Text rules shared by every feature that searches: the journal, the resource
//! guide and the conversation records all find words the same way.
#[cfg(test)]
pub mod damage;
pub mod excerpt;
pub mod fold;
pub mod highlight;
pub mod number_runs;
