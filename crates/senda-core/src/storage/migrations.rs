//! Upgrades stored data written by an older Senda to today's shape, one
//! version step at a time. A migration is added here, with a fixture of the
//! old format in `tests/fixtures/` and a test that reads it, whenever the shape
//! of a stored record changes; records are upgraded when read and written back
//! in the new shape only when the user saves them.
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

fn upgrade_with(steps: &[Migration], namespace: &str, from: u32, mut data: Value) -> Result<Value, String> {
    for step in steps.iter().filter(|step| step.namespace == namespace && step.from >= from) {
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
    fn other_namespaces_are_left_alone() {
        assert_eq!(upgrade_with(STEPS, "selfcare", 1, json!({"text": 1})), Ok(json!({"text": 1})));
    }

    #[test]
    fn a_failed_step_is_an_error_not_a_guess() {
        assert!(upgrade_with(STEPS, "journal", 1, json!(["not", "an", "object"])).is_err());
    }
}
