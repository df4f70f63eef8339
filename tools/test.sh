#!/usr/bin/env bash
# Every check and test Senda has, in the order that fails fastest. Called by
# `make test` (after tools/setup.sh) and so by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "formatting"
cargo fmt --check

step "lints, host"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "lints, wasm32"
# senda-split is a build tool that runs on the host only.
cargo clippy --workspace --exclude senda-split --all-targets --locked --target wasm32-unknown-unknown -- -D warnings

step "unit tests, host: the rules (senda-core) and the shell"
cargo test --workspace --locked

step "browser tests (wasm-bindgen-test in headless Chromium)"
# Without debuginfo: with it the test wasm is 451 MB (zxcvbn's word lists,
# unoptimised), and Chromium's renderer sometimes hung loading it; 61 MB
# without. Chromium 156 still sometimes never starts the test page (the
# runner stops at "Loading scripts..." while a pass takes 5 s): only that
# hang is tried again, up to three times; a failing test fails at once.
# To a file, not through tee: a runner left behind by `timeout` would hold
# the pipe open and keep tee, and the loop, waiting.
log=$(mktemp)
for attempt in 1 2 3; do
  status=0
  WASM_BINDGEN_TEST_TIMEOUT=120 CARGO_PROFILE_DEV_DEBUG=false timeout 300 \
    cargo test --locked --target wasm32-unknown-unknown --test browser_storage --test screens_over_memory >"$log" 2>&1 || status=$?
  cat "$log"
  [ "$status" -eq 0 ] && break
  if [ "$attempt" -eq 3 ] || { [ "$status" -ne 124 ] && ! grep -q "Failed to detect test as having been run" "$log"; }; then
    exit "$status"
  fi
  echo "browser tests: the test page never started (attempt $attempt), trying again"
done

step "release build and its zip"
trunk build --release --offline
python3 tools/dist.py

step "release build for a sub-path (--public-url /senda/), as Trunk users build"
trunk build --release --offline --public-url /senda/ --dist dist-public-url

step "end-to-end tests (Playwright + axe-core in Chromium, release build)"
# The seeds' codec (e2e/support.mjs `encodeRecords`), built once here.
cargo build --offline --locked -p senda-core --bin seed_records
# --test-force-exit: a server or browser a failed test left open must not
# keep the run waiting until CI's time is up.
node --test --test-concurrency=1 --test-force-exit e2e/
