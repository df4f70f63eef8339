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
# senda-build is the build program, which runs on the host only.
cargo clippy --workspace --exclude senda-build --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
# A mentee's shared guide: the same crate without the whole app (Cargo.toml).
cargo clippy -p senda --lib --bin senda-guide --no-default-features --features guide-app --locked --target wasm32-unknown-unknown -- -D warnings

step "unit tests, host: the rules (senda-core) and the shell"
cargo test --workspace --locked

step "browser tests (wasm-bindgen-test in headless Chromium)"
# Without debuginfo: with it the test wasm is 451 MB (zxcvbn's word lists,
# unoptimised), and Chromium's renderer sometimes hung loading it; 61 MB
# without. Chromium 156 still sometimes never starts the test page (on this
# machine one start in four to six): the runner never prints "Loading Wasm
# module...", which a good start prints within seconds. Such a start is
# stopped after 30 s and tried again, up to eight times; a failing test
# fails at once, and any try is stopped at 90 s. Built first, outside those
# limits, which a fresh machine's build would eat. Each try runs in a
# session of its own (setsid), so stopping it stops the driver and browser
# too, and writes to a file, not through tee: a runner left behind would
# hold the pipe open and keep tee, and the loop, waiting.
browser_tests() {
  WASM_BINDGEN_TEST_TIMEOUT=60 CARGO_PROFILE_DEV_DEBUG=false \
    cargo test --locked --target wasm32-unknown-unknown --test in_browser "$@"
}
browser_tests --no-run
log=$(mktemp)
# A run stopped from outside (Ctrl-C, CI cancelling) takes its try along.
trap 'kill -- "-${runner:-0}" 2>/dev/null || true' EXIT
for attempt in 1 2 3 4 5 6 7 8; do
  # setsid does not fork here (a background job of a script never leads
  # a process group), so the try's pid is its session's and group's id.
  setsid timeout -k 10 90 bash -c "$(declare -f browser_tests); browser_tests" >"$log" 2>&1 &
  runner=$!
  for _ in $(seq 30); do
    sleep 1
    if grep -q "Loading Wasm module" "$log" || ! kill -0 "$runner" 2>/dev/null; then break; fi
  done
  hung=false
  if ! grep -q "Loading Wasm module" "$log" && kill -0 "$runner" 2>/dev/null; then
    hung=true
    kill -- "-$runner" 2>/dev/null || true
  fi
  status=0
  wait "$runner" || status=$?
  kill -- "-$runner" 2>/dev/null || true
  cat "$log"
  if [ "$status" -eq 0 ] && ! $hung; then break; fi
  if [ "$attempt" -eq 8 ] || { ! $hung && [ "$status" -ne 124 ] && ! grep -q "Failed to detect test as having been run" "$log"; }; then
    exit "$status"
  fi
  echo "browser tests: the test page never started (attempt $attempt), trying again"
done
trap - EXIT

step "release build and its zip"
trunk build --release --offline
node tools/dist.mjs

step "release build for a sub-path (--public-url /senda/), as Trunk users build"
trunk build --release --offline --public-url /senda/ --dist dist-public-url

step "end-to-end tests (Playwright + axe-core in Chromium, release build)"
# The seeds' codec (e2e/support.mjs `encodeRecords`), built once here.
cargo build --offline --locked -p senda-core --bin seed_records
# --test-force-exit: a server or browser a failed test left open must not
# keep the run waiting until CI's time is up.
node --test --test-concurrency=1 --test-force-exit e2e/
