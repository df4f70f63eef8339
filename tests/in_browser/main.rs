//! Senda in a real browser (headless Chromium through wasm-bindgen-test):
//! what the host tests cannot show. One test binary, so Chromium starts once
//! per run: its start is what sometimes hangs, and tools/test.sh tries again.
#![cfg(target_arch = "wasm32")]

mod local_storage;
mod screens_over_memory;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
