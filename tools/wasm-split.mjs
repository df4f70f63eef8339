// Cuts one of Senda's two programs into its first download and the chunks
// its `wasm_split` points mark (src/shell/screens.rs for the whole app,
// src/shell/guide_app.rs for the guide's), for Trunk's post_build hook
// (tools/post-build.mjs).
//
// Trunk 0.21 has no splitting of its own, so this redoes its last steps on
// the linker's output (built with --emit-relocs, .cargo/config.toml):
// crates/senda-split cuts it (wasm-split-cli's library) and says which files
// each split point loads, wasm-bindgen binds the main part under the name
// given (for the whole app, the one Trunk gave its JS), and wasm-opt shrinks every part (Trunk's
// own wasm-opt is off in index.html, as its output would be thrown away).
// Every chunk and the chunk loader get a content hash in their name, like
// Trunk's files, so a host may cache them for ever.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Quiet unless a tool fails: wasm-opt warns about every chunk's name section.
// Answers what the tool printed.
export const run = (command, args, options = {}) => {
  try {
    return execFileSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...options });
  } catch (error) {
    process.stderr.write(error.stderr ?? '');
    throw new Error(`wasm-split: ${command} failed`);
  }
};
export const shortHash = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);

/**
 * Splits the linked `binary` (target/…/<binary>.wasm) into `stagingDir`:
 * its main part bound as `<stem>.js` and `<stem>_bg.wasm`, each chunk as
 * `<chunkPrefix><chunk>-<hash>.wasm`, and the chunk loader. Both of Senda's
 * programs go through here; Trunk chose the whole app's stem, the guide's
 * is its own (tools/guide-build.mjs).
 */
export function splitWasm({ stagingDir, sourceDir, release, binary, stem, chunkPrefix }) {
  const targetDir = process.env.CARGO_TARGET_DIR ?? join(sourceDir, 'target');
  const linked = join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', `${binary}.wasm`);
  const work = mkdtempSync(join(tmpdir(), 'senda-split-'));
  try {
    const loads = splitAt(linked, work, stem, sourceDir);
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
    const hashedName = new Map();
    for (const chunk of chunks) {
      const optimised = join(work, `opt-${chunk}`);
      optimise(join(work, chunk), optimised);
      const bytes = readFileSync(optimised);
      const chunkStem = chunk.slice(0, -'.wasm'.length);
      const named = `${chunkPrefix}${chunkStem.replaceAll('_', '-')}-${shortHash(bytes)}.wasm`;
      writeFileSync(join(stagingDir, named), bytes);
      hashedName.set(chunkStem, named);
      chunkLoader = replaceOnce(chunkLoader, `"./${chunk}"`, `"./${named}"`);
    }
    const sections = Object.fromEntries(Object.entries(loads).map(([split, stems]) => [split, stems.map((chunkStem) => {
      const named = hashedName.get(chunkStem);
      if (!named) throw new Error(`wasm-split: ${split} loads ${chunkStem}, which the split did not write`);
      return named;
    })]));
    const chunkLoaderName = `${chunkPrefix}chunks-${shortHash(chunkLoader)}.js`;
    writeFileSync(join(stagingDir, chunkLoaderName), chunkLoader);

    // Only the JS imports move; the wasm still names its import module
    // "./__wasm_split.js" in the imports object.
    const mainJs = readFileSync(join(bound, `${stem}.js`), 'utf8').replaceAll(
      /^(import \* as \w+ from )"\.\/__wasm_split\.js"/gm,
      `$1"./${chunkLoaderName}"`,
    );
    writeFileSync(join(stagingDir, `${stem}.js`), mainJs);
    optimise(join(bound, `${stem}_bg.wasm`), join(stagingDir, `${stem}_bg.wasm`));
    copySnippets(join(bound, 'snippets'), join(stagingDir, 'snippets'));
    return { chunks: chunks.length, chunkLoader: chunkLoaderName, sections, mainJs: `${stem}.js`, mainWasm: `${stem}_bg.wasm` };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Cuts `linked` into `work` and answers, from the split itself, every file
 * each split point's first use fetches: `{ journal: ['chunk_5', …,
 * 'split_journal'] }` (file stems).
 */
function splitAt(linked, work, stem, sourceDir) {
  const table = run('cargo', ['run', '--quiet', '--offline', '--locked', '-p', 'senda-split', '--', linked, work, stem], { cwd: sourceDir });
  return JSON.parse(table);
}

// Both programs come from one crate, so wasm-bindgen gives their JS snippets
// the same paths, and Trunk has written the whole app's already.
function copySnippets(from, to) {
  if (!existsSync(from)) return;
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [join(from, entry.name), join(to, entry.name)];
    if (entry.isDirectory()) {
      copySnippets(source, target);
    } else if (!existsSync(target)) {
      mkdirSync(to, { recursive: true });
      copyFileSync(source, target);
    } else if (!readFileSync(source).equals(readFileSync(target))) {
      throw new Error(`wasm-split: ${target} differs between the two programs`);
    }
  }
}

function replaceOnce(text, from, to) {
  if (!text.includes(from)) throw new Error(`wasm-split: the chunk loader does not name ${from}`);
  return text.replace(from, to);
}
