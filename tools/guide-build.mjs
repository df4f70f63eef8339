// Builds a mentee's shared guide as a program of its own (src/guide_main.rs,
// src/shell/guide_app.rs), for Trunk's post_build hook (tools/post-build.mjs).
// Trunk builds one binary per page, so this builds the second: cargo without
// the whole app's feature (its split points are exports, and an export keeps
// everything it reaches), then the same split as the whole app's
// (tools/wasm-split.mjs), at the guide's own split point.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { run, shortHash, splitWasm } from './wasm-split.mjs';

const BIN = 'senda-guide';

export function buildGuide({ stagingDir, sourceDir, release }) {
  run('cargo', [
    'build', '--offline', '--locked', '--target', 'wasm32-unknown-unknown', '--bin', BIN,
    '--no-default-features', '--features', 'guide-app', ...(release ? ['--release'] : []),
  ], { cwd: sourceDir });
  const targetDir = process.env.CARGO_TARGET_DIR ?? join(sourceDir, 'target');
  const linked = readFileSync(join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', `${BIN}.wasm`));
  // Named by what makes its files: the linked wasm and the tools that cut,
  // bind and shrink it (Cargo.lock pins the split and wasm-bindgen,
  // package-lock.json wasm-opt). A host caches these names for a year, so a
  // new tool must give new names, never new bytes under an old one.
  const makers = ['Cargo.lock', 'package-lock.json', 'tools/wasm-split.mjs'].map((file) => readFileSync(join(sourceDir, file)));
  const stem = `${BIN}-${shortHash(Buffer.concat([linked, ...makers]))}`;
  return splitWasm({ stagingDir, sourceDir, release, binary: BIN, stem, chunkPrefix: `${BIN}-` });
}
