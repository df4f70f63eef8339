// Builds a mentee's shared guide as a program of its own (src/guide_main.rs,
// src/shell/guide_app.rs), for Trunk's post_build hook (tools/post-build.mjs).
// Trunk builds one binary per page, so this does for the second what Trunk
// does for the first: cargo, wasm-bindgen, wasm-opt, and names with a
// content hash. Built without the `whole-app` feature: the whole app's split
// points are exports, and an export keeps everything it reaches.
import { readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { run, shortHash } from './wasm-split.mjs';

const BIN = 'senda-guide';

export function buildGuide({ stagingDir, sourceDir, release }) {
  run('cargo', [
    'build', '--offline', '--locked', '--target', 'wasm32-unknown-unknown', '--bin', BIN, '--no-default-features',
    ...(release ? ['--release'] : []),
  ], { cwd: sourceDir });
  const targetDir = process.env.CARGO_TARGET_DIR ?? join(sourceDir, 'target');
  const linked = join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', `${BIN}.wasm`);
  const work = mkdtempSync(join(tmpdir(), 'senda-guide-'));
  try {
    const unlinked = join(work, 'in.wasm');
    writeFileSync(unlinked, withoutLinkerSections(readFileSync(linked)));
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', work, '--out-name', BIN, unlinked]);
    const wasmPath = join(work, `${BIN}_bg.wasm`);
    if (release) run('wasm-opt', ['-Oz', '--strip-debug', '--strip-producers', wasmPath, '-o', wasmPath]);
    const wasm = readFileSync(wasmPath);
    const js = readFileSync(join(work, `${BIN}.js`));
    const names = { js: `${BIN}-${shortHash(js)}.js`, wasm: `${BIN}-${shortHash(wasm)}_bg.wasm` };
    writeFileSync(join(stagingDir, names.js), js);
    writeFileSync(join(stagingDir, names.wasm), wasm);
    // Both programs come from one crate, so wasm-bindgen gives their JS
    // snippets the same paths; the whole app's are there already.
    for (const file of filesUnder(join(work, 'snippets'))) {
      const path = join(stagingDir, 'snippets', relative(join(work, 'snippets'), file));
      const bytes = readFileSync(file);
      if (existsSync(path)) {
        if (!readFileSync(path).equals(bytes)) throw new Error(`guide-build: ${path} differs between the two programs`);
      } else {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, bytes);
      }
    }
    return names;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function filesUnder(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)]);
}

// The linker keeps its relocations for the split (.cargo/config.toml); the
// guide is not split, and wasm-opt cannot shrink a module that has them
// (about 1.4 MB of sections the browser would download for nothing).
function withoutLinkerSections(bytes) {
  const kept = [bytes.subarray(0, 8)];
  let at = 8;
  const leb = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = bytes[at++];
      value += (byte & 127) * 2 ** shift;
      if (!(byte & 128)) return value;
    }
  };
  while (at < bytes.length) {
    const start = at;
    const id = bytes[at++];
    const length = leb();
    const end = at + length;
    let linker = false;
    if (id === 0) {
      const nameLength = leb();
      const name = bytes.subarray(at, at + nameLength).toString();
      linker = name === 'linking' || name.startsWith('reloc.');
    }
    if (!linker) kept.push(bytes.subarray(start, end));
    at = end;
  }
  if (kept.length === 1) throw new Error('guide-build: the linked wasm has no sections');
  return Buffer.concat(kept);
}
