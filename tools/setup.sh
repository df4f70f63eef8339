#!/usr/bin/env bash
# Installs what Senda's build and tests need and skips what is already there,
# so it is safe to run before every command. Needs the network only for the
# package registries (crates.io, Debian, npm).
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/versions.env
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -qF "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 12 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

bindgen_version=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
if [ -z "$bindgen_version" ]; then echo "setup: no wasm-bindgen in Cargo.lock" >&2; exit 1; fi
if ! wasm-bindgen --version 2>/dev/null | grep -qF "$bindgen_version" \
   || ! wasm-bindgen-test-runner --version 2>/dev/null | grep -qF "$bindgen_version"; then
  say "installing wasm-bindgen-cli $bindgen_version (matches Cargo.lock)"
  # Not --locked: its lock file names a crate version the registry no longer has.
  cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing Debian's chromium and chromium-driver"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
fi

# Senda ships no web font: a phone draws Chinese with its own. This machine
# has none, so without Android's own fallback font the zh screenshots and
# the zh width checks would measure empty boxes.
if ! fc-list 2>/dev/null | grep -q "Droid Sans Fallback"; then
  say "installing fonts-droid-fallback (Android's Chinese font) for the zh screens"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y fonts-droid-fallback
fi

# Every crate in Cargo.lock, so the builds that follow can run offline:
# Trunk's, and its post_build hook's (crates/senda-build).
say "fetching the crates in Cargo.lock"
cargo fetch --locked

# Installed again whenever package-lock.json changes, exactly as CI installs
# it on a clean checkout: `npm ls` alone accepted a node_modules that the
# lock file could no longer reproduce, and CI's `npm ci` failed on it.
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.senda-lock-sum 2>/dev/null)" != "$lock_sum" ] || ! npm ls --silent >/dev/null 2>&1; then
  say "installing the npm tools from package-lock.json"
  npm ci --no-audit --no-fund
  echo "$lock_sum" > node_modules/.senda-lock-sum
fi
