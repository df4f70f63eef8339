// Builds the floor app (bench/floor/) the way Senda's release is built:
// cargo's release profile, wasm-bindgen, wasm-opt -Oz. `make bench` measures
// it beside Senda in the same run (tools/bench.mjs).
import { copyFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const FLOOR_DIST = `${ROOT}bench/floor/dist/`;

const run = (command, args, env = {}) =>
  execFileSync(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });

export function buildFloor() {
  const target = `${ROOT}target/floor`;
  // Senda's own rustflags (--emit-relocs, for the split) are not the floor's.
  run('cargo', ['build', '--release', '--offline', '--locked', '--target', 'wasm32-unknown-unknown',
    '--manifest-path', 'bench/floor/Cargo.toml', '--target-dir', target], { RUSTFLAGS: '-Cdebuginfo=0' });
  mkdirSync(FLOOR_DIST, { recursive: true });
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', FLOOR_DIST, '--out-name', 'floor',
    `${target}/wasm32-unknown-unknown/release/senda-bench-floor.wasm`]);
  run('wasm-opt', ['-Oz', '--strip-debug', '--strip-producers', `${FLOOR_DIST}floor_bg.wasm`, '-o', `${FLOOR_DIST}floor_bg.wasm`]);
  for (const file of ['index.html', 'sw.js']) copyFileSync(`${ROOT}bench/floor/${file}`, FLOOR_DIST + file);
  return FLOOR_DIST;
}
