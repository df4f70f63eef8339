//! Upgrades stored data written by an older Senda to today's shape, one
//! version step at a time. A migration is added here, with a fixture of the
//! old format in `tests/fixtures/` and a test that reads it, whenever the shape
//! of a stored record changes; records are upgraded when read and written back
//! in the new shape only when the user saves them.
use std::borrow::Cow;

use serde_json::Value;

/// One step: records of `namespace` at version `from` become version `from + 1`.
pub struct Migration {
    pub namespace: &'static str,
    pub from: u32,
    pub upgrade: fn(Value) -> Result<Value, String>,
}

/// Senda 0.1 wrote schema version 1, the first; no step is needed yet.
const MIGRATIONS: &[Migration] = &[];

pub fn upgrade(namespace: &str, from: u32, data: Value) -> Result<Value, String> {
    upgrade_with(MIGRATIONS, namespace, from, data)
}

/// A stored record's text in today's shape: the same text, not even read,
/// when no step applies, as for every record this version wrote.
pub fn upgrade_text<'a>(namespace: &str, from: u32, data: &'a str) -> Result<Cow<'a, str>, String> {
    upgrade_text_with(MIGRATIONS, namespace, from, data)
}

fn upgrade_text_with<'a>(
    steps: &[Migration],
    namespace: &str,
    from: u32,
    data: &'a str,
) -> Result<Cow<'a, str>, String> {
    if !steps.iter().any(|step| applies(step, namespace, from)) {
        return Ok(Cow::Borrowed(data));
    }
    let value = serde_json::from_str(data).map_err(|error| error.to_string())?;
    Ok(Cow::Owned(upgrade_with(steps, namespace, from, value)?.to_string()))
}

fn applies(step: &Migration, namespace: &str, from: u32) -> bool {
    step.namespace == namespace && step.from >= from
}

fn upgrade_with(steps: &[Migration], namespace: &str, from: u32, mut data: Value) -> Result<Value, String> {
    for step in steps.iter().filter(|step| applies(step, namespace, from)) {
        data = (step.upgrade)(data)?;
    }
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn rename_text_to_body(mut value: Value) -> Result<Value, String> {
        let object = value.as_object_mut().ok_or("not an object")?;
        let text = object.remove("text").ok_or("no text")?;
        object.insert("body".into(), text);
        Ok(value)
    }

    fn add_tags(mut value: Value) -> Result<Value, String> {
        value.as_object_mut().ok_or("not an object")?.insert("tags".into(), json!([]));
        Ok(value)
    }

    const STEPS: &[Migration] = &[
        Migration { namespace: "journal", from: 1, upgrade: rename_text_to_body },
        Migration { namespace: "journal", from: 2, upgrade: add_tags },
    ];

    #[test]
    fn steps_run_in_order_from_the_stored_version() {
        let upgraded = upgrade_with(STEPS, "journal", 1, json!({"text": "hola"}));
        assert_eq!(upgraded, Ok(json!({"body": "hola", "tags": []})));
        let from_two = upgrade_with(STEPS, "journal", 2, json!({"body": "hola"}));
        assert_eq!(from_two, Ok(json!({"body": "hola", "tags": []})));
    }

    #[test]
    fn stored_text_is_upgraded_as_its_data_would_be_and_left_as_it_is_when_no_step_applies() {
        let upgraded = upgrade_text_with(STEPS, "journal", 1, r#"{"text":"hola"}"#);
        assert_eq!(upgraded.as_deref(), Ok(r#"{"body":"hola","tags":[]}"#));
        let untouched = r#"{ "text" : "hola" }"#;
        assert!(
            matches!(upgrade_text_with(STEPS, "self-care", 1, untouched), Ok(Cow::Borrowed(text)) if text == untouched)
        );
        assert!(upgrade_text_with(STEPS, "journal", 1, "{not json").is_err());
    }

    #[test]
    fn other_namespaces_are_left_alone() {
        assert_eq!(upgrade_with(STEPS, "selfcare", 1, json!({"text": 1})), Ok(json!({"text": 1})));
    }

    #[test]
    fn a_failed_step_is_an_error_not_a_guess() {
        assert!(upgrade_with(STEPS, "journal", 1, json!(["not", "an", "object"])).is_err());
    }
}
