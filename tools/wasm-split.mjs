// Cuts Senda's wasm into the first download and the chunks that src/shell/screens.rs
// marks with `wasm_split`, for Trunk's post_build hook (tools/post-build.mjs).
//
// Trunk 0.21 has no splitting of its own, so this redoes its last steps on
// the linker's output (built with --emit-relocs, .cargo/config.toml):
// wasm-split-cli cuts it, wasm-bindgen binds the main part under the name
// Trunk's loader already imports, and wasm-opt shrinks every part (Trunk's
// own wasm-opt is off in index.html, as its output would be thrown away).
// Every chunk and the chunk loader get a content hash in their name, like
// Trunk's files, so a host may cache them for ever.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Quiet unless a tool fails: wasm-opt warns about every chunk's name section.
const run = (command, args) => {
  try {
    execFileSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    process.stderr.write(error.stderr ?? '');
    throw new Error(`wasm-split: ${command} failed`);
  }
};
const shortHash = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);

export function splitWasm({ stagingDir, sourceDir, release }) {
  const targetDir = process.env.CARGO_TARGET_DIR ?? join(sourceDir, 'target');
  const linked = join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'senda.wasm');
  const loader = readdirSync(stagingDir).find((name) => /^senda-[0-9a-f]+\.js$/.test(name));
  if (!loader) throw new Error(`wasm-split: no senda-<hash>.js in ${stagingDir}`);
  const stem = loader.slice(0, -'.js'.length);

  const work = mkdtempSync(join(tmpdir(), 'senda-split-'));
  try {
    run('wasm-split-cli', [linked, work, '--out-name', stem]);
    const bound = join(work, 'bound');
    // --keep-lld-exports: the chunks import the function table by its
    // linker name, which wasm-bindgen would otherwise stop exporting.
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--keep-lld-exports', '--out-dir', bound, '--out-name', stem, join(work, `${stem}.wasm`)]);

    const optimise = (from, to) => {
      if (release) run('wasm-opt', ['-Oz', '--strip-debug', '--strip-producers', from, '-o', to]);
      else copyFileSync(from, to);
    };
    let chunkLoader = readFileSync(join(work, '__wasm_split.js'), 'utf8');
    const chunks = readdirSync(work).filter((name) => name.endsWith('.wasm') && name !== `${stem}.wasm`);
    for (const chunk of chunks) {
      const optimised = join(work, `opt-${chunk}`);
      optimise(join(work, chunk), optimised);
      const bytes = readFileSync(optimised);
      const named = `senda-${chunk.slice(0, -'.wasm'.length).replaceAll('_', '-')}-${shortHash(bytes)}.wasm`;
      writeFileSync(join(stagingDir, named), bytes);
      chunkLoader = replaceOnce(chunkLoader, `"./${chunk}"`, `"./${named}"`);
    }
    const sections = sectionFiles(chunkLoader);
    const chunkLoaderName = `senda-chunks-${shortHash(chunkLoader)}.js`;
    writeFileSync(join(stagingDir, chunkLoaderName), chunkLoader);

    // Only the JS imports move; the wasm still names its import module
    // "./__wasm_split.js" in the imports object.
    const mainJs = readFileSync(join(bound, `${stem}.js`), 'utf8').replaceAll(
      /^(import \* as \w+ from )"\.\/__wasm_split\.js"/gm,
      `$1"./${chunkLoaderName}"`,
    );
    writeFileSync(join(stagingDir, `${stem}.js`), mainJs);
    optimise(join(bound, `${stem}_bg.wasm`), join(stagingDir, `${stem}_bg.wasm`));
    return { chunks: chunks.length, chunkLoader: chunkLoaderName, sections };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Every file each split point's first use fetches, from the chunk loader's
 * own table: `{ journal: ['senda-chunk-6-….wasm', …, 'senda-split-journal-….wasm'] }`.
 */
function sectionFiles(chunkLoader) {
  const fileOf = (body) => body.match(/fetch\(new URL\("\.\/([^"]+)"/)?.[1];
  const chunks = new Map(
    [...chunkLoader.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{([\s\S]*?)\n\}/g)].map((match) => [match[1], fileOf(match[2])]),
  );
  const sections = {};
  for (const match of chunkLoader.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{([\s\S]*?)\n\}\n, \[([^\]]*)\]/g)) {
    const deps = match[3].split(',').map((name) => name.trim()).filter(Boolean);
    const files = [...deps.map((name) => chunks.get(name)), fileOf(match[2])];
    if (files.some((file) => !file)) throw new Error(`wasm-split: cannot read the files of ${match[1]} from the chunk loader`);
    sections[match[1]] = files;
  }
  if (Object.keys(sections).length === 0) throw new Error('wasm-split: no split points found in the chunk loader');
  return sections;
}

function replaceOnce(text, from, to) {
  if (!text.includes(from)) throw new Error(`wasm-split: the chunk loader does not name ${from}`);
  return text.replace(from, to);
}
