#!/usr/bin/env bash
# Every check and test Senda has, in the order that fails fastest. Called by
# `make test` (after tools/setup.sh) and so by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "formatting"
cargo fmt --check

step "lints, host"
cargo clippy --all-targets --locked -- -D warnings

step "lints, wasm32"
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings

step "unit tests, host (the functional core)"
cargo test --locked

step "browser tests (wasm-bindgen-test in headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown --test browser_storage

step "release build and its zip"
trunk build --release --offline
python3 tools/dist.py

step "release build for a sub-path (--public-url /senda/), as Trunk users build"
trunk build --release --offline --public-url /senda/ --dist dist-public-url

step "end-to-end tests (Playwright + axe-core in Chromium, release build)"
# --test-force-exit: a server or browser a failed test left open must not
# keep the run waiting until CI's time is up.
node --test --test-concurrency=1 --test-force-exit e2e/
