//! The journal (or a filtered selection) as a Markdown file she can keep,
//! print or hand on. Plain text first: it reads well even without a
//! Markdown viewer.
use super::entry::JournalEntry;

/// The words the export needs, in her language.
pub struct ExportLabels<'a> {
    pub document_title: &'a str,
    pub mood: &'a str,
    pub tags: &'a str,
    /// Mood words from step 1 to step 5.
    pub moods: [&'a str; 5],
}

pub fn to_markdown(entries: &[&JournalEntry], labels: &ExportLabels) -> String {
    let mut out = format!("# {}\n", labels.document_title);
    for entry in entries {
        let when = entry.written_at.to_string().replacen('T', " ", 1);
        let heading = entry.title.trim();
        out.push_str(&format!("\n## {when}{}{heading}\n\n", if heading.is_empty() { "" } else { " · " }));
        let mut details = Vec::new();
        if let Some(mood) = entry.mood {
            details.push(format!("{}: {}", labels.mood, labels.moods[usize::from(mood.step() - 1)]));
        }
        if !entry.tags.is_empty() {
            details.push(format!("{}: {}", labels.tags, entry.tags.join(", ")));
        }
        if !details.is_empty() {
            out.push_str(&format!("*{}*\n\n", details.join(" · ")));
        }
        out.push_str(entry.body.trim_end());
        out.push('\n');
    }
    out
}

/// "notes-2026-11-29.md": a name that says nothing of Senda or a journal,
/// since a Downloads list is one of the traces someone may look at.
pub fn file_name(today: &str) -> String {
    format!("notes-{today}.md")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::journal_query::tests::entry;

    const LABELS: ExportLabels = ExportLabels {
        document_title: "Diario",
        mood: "Ánimo",
        tags: "Etiquetas",
        moods: ["Muy mal", "Mal", "Regular", "Bien", "Muy bien"],
    };

    #[test]
    fn each_entry_has_its_date_title_details_and_text() {
        let first = entry(
            "a",
            "2026-11-29T18:05",
            "Un día largo",
            "Primera línea\n\nSegundo párrafo\n",
            &["casa", "permisos"],
            Some(4),
        );
        let second = entry("b", "2026-11-28T09:00", "", "Sin título", &[], None);
        let text = to_markdown(&[&first.entry, &second.entry], &LABELS);
        assert_eq!(
            text,
            "# Diario\n\n## 2026-11-29 18:05 · Un día largo\n\n*Ánimo: Bien · Etiquetas: casa, permisos*\n\nPrimera línea\n\nSegundo párrafo\n\n## 2026-11-28 09:00\n\nSin título\n"
        );
    }

    #[test]
    fn an_empty_selection_is_just_the_title() {
        assert_eq!(to_markdown(&[], &LABELS), "# Diario\n");
        assert_eq!(file_name("2026-11-29"), "notes-2026-11-29.md");
    }
}
