// Trunk post_build hook. It first cuts the wasm into chunks
// (tools/wasm-split.mjs) and builds a shared guide's own program
// (tools/guide-build.mjs), which the page starts for a guide's address.
// It writes the page's first script (which program the address starts,
// and that program's preloads) from the split's output, and a CSP that
// names each inline script by its hash, since it allows no 'unsafe-inline'. It also
// lists every built file in sw.js, so the service worker precaches exactly
// this build, with each file's SHA-256, and stamps the build's version into it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { buildGuide } from './guide-build.mjs';
import { splitWasm } from './wasm-split.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this from Trunk');

const place = {
  stagingDir: dir,
  sourceDir: process.env.TRUNK_SOURCE_DIR ?? '.',
  release: process.env.TRUNK_PROFILE === 'release',
};
// The whole app under the name Trunk gave its JS, which the page's loader imports.
const trunkJs = readdirSync(dir).find((name) => /^senda-[0-9a-f]+\.js$/.test(name));
if (!trunkJs) throw new Error(`post-build: no senda-<hash>.js in ${dir}`);
const split = splitWasm({ ...place, binary: 'senda', stem: trunkJs.slice(0, -'.js'.length), chunkPrefix: 'senda-' });
// A mentee's shared guide is a program of its own (src/shell/guide_app.rs).
const guide = buildGuide(place);

// What the rules give the build (crates/senda-core/src/bin/build_data.rs):
// the built-in pack cut to each language, written into the site, and the
// tables below, so none is copied here by hand.
const { packLanguages, chunkOfFirstSegment, guideBuildSegment } = JSON.parse(execFileSync(
  'cargo', ['run', '--quiet', '--offline', '--locked', '-p', 'senda-core', '--bin', 'build_data', '--', dir],
  { cwd: process.env.TRUNK_SOURCE_DIR ?? '.', stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' },
));

if (typeof guideBuildSegment !== 'string' || !guideBuildSegment) throw new Error('post-build: build_data gave no guideBuildSegment');

// The guide's program carries the English of its strings only
// (src/guide_strings.rs): each other language's come as strings/<code>.json,
// the keys locales/guide-program-keys.txt lists that the language has. A
// key it lacks is shown in English, as in the whole app.
const locales = join(place.sourceDir, 'locales');
const programKeys = readFileSync(join(locales, 'guide-program-keys.txt'), 'utf8').split('\n')
  .map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
const stringLanguages = readdirSync(locales).filter((file) => file.endsWith('.json')).map((file) => file.slice(0, -'.json'.length))
  .filter((language) => language !== 'en').sort();
if (!stringLanguages.includes('ar') || programKeys.length === 0) throw new Error('post-build: no guide strings to write from locales/');
mkdirSync(join(dir, 'strings'), { recursive: true });
const stringFiles = stringLanguages.map((language) => {
  const words = JSON.parse(readFileSync(join(locales, `${language}.json`), 'utf8'));
  const own = Object.fromEntries(programKeys.filter((key) => typeof words[key] === 'string').map((key) => [key, words[key]]));
  writeFileSync(join(dir, 'strings', `${language}.json`), JSON.stringify(own));
  return `strings/${language}.json`;
});

const sha256 = (data) => createHash('sha256').update(data).digest('base64');
// Trunk writes every link in index.html under the public URL: "./" by
// default (Trunk.toml), or whatever `--public-url` said ("/senda/").
const publicUrl = process.env.TRUNK_PUBLIC_URL || './';
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const integrity = (file) => `sha384-${createHash('sha384').update(readFileSync(join(dir, file))).digest('base64')}`;
// Trunk writes no preload and, for its loader, Senda's own
// (src/js/start_program.html, by Trunk.toml's patterns), which starts the
// program the first script below chooses; that script preloads its files. What Trunk does
// write with a hash, the stylesheets, the split has not touched; a hash
// that no longer matches would stop the page from loading at all.
if (/<link[^>]*rel="(?:module)?preload"/.test(html)) throw new Error('post-build: Trunk wrote preloads; Trunk.toml must say pattern_preload = ""');
if (!html.includes('self.sendaProgram')) throw new Error('post-build: the page has no loader that starts self.sendaProgram (Trunk.toml pattern_script)');
for (const [, file, hash] of html.matchAll(/<link[^>]*href="([^"]+)"[^>]*integrity="([^"]+)"/g)) {
  if (!file.startsWith(publicUrl) || integrity(file.slice(publicUrl.length)) !== hash) throw new Error(`post-build: ${file}'s integrity is not its bytes`);
}

// Two programs, one page: the address says which starts (the rules'
// `opens_guide_build`); the first script preloads the one it needs.
const programOf = (js, wasm, modules) => ({
  js: `${publicUrl}${js}`, wasm: `${publicUrl}${wasm}`,
  preload: [
    ...[js, ...modules].map((file) => ({ rel: 'modulepreload', href: `${publicUrl}${file}`, integrity: integrity(file) })),
    { rel: 'preload', as: 'fetch', type: 'application/wasm', href: `${publicUrl}${wasm}`, integrity: integrity(wasm) },
  ],
});
if (!guide.sections.guide_service) throw new Error('post-build: the guide has no guide_service chunk (src/shell/guide_app.rs)');
const programs = {
  // The whole app's JS imports the chunk loader: fetched alongside, it
  // saves a round trip before the wasm can start.
  whole: programOf(split.mainJs, split.mainWasm, [split.chunkLoader]),
  guide: {
    ...programOf(guide.mainJs, guide.mainWasm, [guide.chunkLoader]),
    service: guide.sections.guide_service.map((file) => `${publicUrl}${file}`),
  },
};
programs.guide.otherwise = { js: programs.whole.js, wasm: programs.whole.wasm };

// The chunk of the screen the address opens starts downloading while the
// main wasm does, instead of once the main wasm runs: on a slow link that
// is a whole round trip and more off the first screen. Which chunk comes
// from the rules (`ScreenChunk`, crates/senda-core/src/screen_chunk.rs), its
// files from wasm-split's loader; an address they do not know preloads
// nothing, and the app fetches what it needs as before.
const sectionOf = chunkOfFirstSegment;
for (const name of new Set(Object.values(sectionOf))) {
  if (!split.sections[name]) throw new Error(`post-build: the rules name a chunk "${name}" that the split did not make`);
}
const sectionFiles = Object.fromEntries(
  Object.entries(split.sections).map(([section, files]) => [section, files.map((file) => `${publicUrl}${file}`)]),
);
// The files the app reads at start are asked for the same way: the
// organisation's settings on every screen, and the built-in pack on the
// guide's (src/platform/fetch_text.rs reads them; the app's own request
// takes the preloaded answer, e2e/first-download.test.mjs checks it), so
// they no longer wait for the wasm and then for each other. The
// organisation's pack is the one its settings name by default
// (`DEFAULT_PACKS`, crates/senda-core/src/organisation/org_config.rs); settings that list
// others cost this one small request and nothing else.
// The built-in pack comes in the language the app will show: the one she
// chose (`language::stored_choice`), else the first of her phone's that
// Senda speaks. Neither: the organisation's settings may name it, and
// the app asks once they are read.
const guideData = ['resources/organisation.json'];
const dataOf = { resources: guideData, guide: guideData };
const firstScreenScript = `(() => {
  const programs = ${JSON.stringify(programs)};
  const sectionOf = ${JSON.stringify(sectionOf)};
  const files = ${JSON.stringify(sectionFiles)};
  const data = ${JSON.stringify(Object.fromEntries(Object.entries(dataOf).map(([area, paths]) => [area, paths.map((path) => `${publicUrl}${path}`)])))};
  const [area, item] = location.hash.replace(/^#\\/?/, '').split(/[/?#]/);
  const guide = area === ${JSON.stringify(guideBuildSegment)};
  const program = guide ? programs.guide : programs.whole;
  self.sendaProgram = program;
  const config = ${JSON.stringify(`${publicUrl}senda.config.json`)};
  const packLanguages = ${JSON.stringify(packLanguages)};
  let chosen = null;
  try { chosen = JSON.parse(localStorage.getItem('senda/settings/language')).data; } catch {}
  const language = [chosen, ...(navigator.languages ?? []).map((tag) => tag.split(/[-_]/)[0])].find((code) => packLanguages.includes(code));
  const pack = data[area] && language ? [${JSON.stringify(`${publicUrl}resources/default/`)} + language + '.json'] : [];
  // The guide's strings in her language; English's come with its program.
  const strings = guide && ${JSON.stringify(stringLanguages)}.includes(language) ? [${JSON.stringify(`${publicUrl}strings/`)} + language + '.json'] : [];
  // A link to one service needs the guide's chunk of a service's page.
  const chunks = guide ? (item ? program.service : []) : files[sectionOf[area]] ?? [];
  const fetched = [...chunks, config, ...(data[area] ?? []), ...pack, ...strings].map((href) => ({ rel: 'preload', as: 'fetch', href }));
  for (const preload of [...program.preload, ...fetched]) {
    document.head.append(Object.assign(document.createElement('link'), { crossOrigin: 'anonymous' }, preload));
  }
})();`;
if (!html.includes('<meta charset="utf-8">')) throw new Error('post-build: no <meta charset="utf-8"> in index.html to write the CSP after');
html = html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  <script>${firstScreenScript}</script>`);

const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
if (inline.length === 0) throw new Error('no inline loader script found in index.html');
const scriptHashes = inline.map((match) => `'sha256-${sha256(match[1])}'`).join(' ');
const csp = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes}`,
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
// The build date, shown on the About screen.
const built = new Date().toISOString().slice(0, 10);
html = html.replace(
  '<meta charset="utf-8">',
  `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${csp}">\n  <meta name="senda-build-date" content="${built}">`,
);
writeFileSync(indexPath, html);

// One manifest per neutral name and language (crates/senda-core/src/safety/disguise.rs):
// what an installed app shows must say nothing of Senda, and the names
// come from the locale files like every other word.
const sourceDir = process.env.TRUNK_SOURCE_DIR ?? '.';
const disguises = { notes: '#e0a800', calendar: '#2563a8', recipes: '#2e7d4f' };
for (const language of ['en', 'es', 'ca']) {
  const words = JSON.parse(readFileSync(join(sourceDir, 'locales', `${language}.json`), 'utf8'));
  for (const [id, colour] of Object.entries(disguises)) {
    const name = words[`disguise_${id}`];
    if (!name) throw new Error(`post-build: no disguise_${id} in locales/${language}.json`);
    const manifest = {
      name, short_name: name, lang: language, start_url: './', scope: './', id: './', display: 'standalone',
      orientation: 'any', background_color: '#ffffff', theme_color: colour,
      icons: [
        { src: `icons/${id}-192.png`, sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: `icons/${id}-512.png`, sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: `icons/${id}.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ],
    };
    writeFileSync(join(dir, `manifest-${id}-${language}.webmanifest`), `${JSON.stringify(manifest, null, 2)}\n`);
  }
}

const files = [];
const walk = (folder) => {
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(relative(dir, path).split(sep).join('/'));
  }
};
walk(dir);
const cached = files.filter((file) => file !== 'sw.js');
const version = createHash('sha256');
for (const file of cached) version.update(file).update(readFileSync(join(dir, file)));
// A shared guide link's device keeps the guide's own program, never the
// whole app's code, nor the checklist (public/sw.js).
const filesOf = (program) => new Set([program.mainJs, program.mainWasm, program.chunkLoader, ...Object.values(program.sections).flat()]);
const wholeApp = filesOf(split);
// The passphrase strength estimate (src/vault/passphrase_strength_hint.rs)
// is mostly word lists: no device keeps it ahead, the worker keeps it once
// she has typed a new passphrase and it was fetched.
const otherCode = new Set(Object.entries(split.sections).filter(([section]) => section !== 'passphrase_strength').flatMap(([, files]) => files));
const onDemand = new Set((split.sections.passphrase_strength ?? []).filter((file) => !otherCode.has(file)));
if (![...onDemand].some((file) => file.startsWith('senda-split-passphrase-strength-'))) throw new Error('post-build: the strength estimate has no chunk of its own');
const mentorOnly = cached.filter((file) => !onDemand.has(file) && (wholeApp.has(file) || file.startsWith('checklist/')));
if (!mentorOnly.some((file) => file.startsWith('senda-split-journal-'))) throw new Error('post-build: the journal chunk is not among the mentor-only files');
// The built-in pack is kept in her language only, once the app has read
// it (`keep_offline`, src/platform/service_worker.rs); the whole pack is
// only a deployment's fallback.
const builtInPack = (file) => file === 'resources/default.json' || file.startsWith('resources/default/');
const guideProgram = new Set([...filesOf(guide), ...stringFiles]);
const guideOnly = cached.filter((file) => guideProgram.has(file));
if (guideOnly.length !== guideProgram.size) throw new Error('post-build: a file of the guide\'s program is not in the build');
const precache = ['./', ...cached.filter((file) => !mentorOnly.includes(file) && !guideProgram.has(file) && !onDemand.has(file) && !builtInPack(file)).map((file) => `./${file}`)];

// The bytes the service worker may serve from its cache (public/sw.js):
// every file but the data files, which the organisation edits after the
// build and the app checks as data. The guide's strings are the build's
// own, JSON though they are: hashed, they are served as code is.
const hashes = Object.fromEntries(
  cached.filter((file) => !file.endsWith('.json') || stringFiles.includes(file)).map((file) => [`./${file}`, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]),
);
if (!hashes['./index.html']) throw new Error('post-build: index.html is not among the hashed files');

// The worker's data, as the first line of public/sw.js's code, which reads
// it (e2e/support.mjs `workerBuild` reads it back).
const swPath = join(dir, 'sw.js');
const worker = readFileSync(swPath, 'utf8');
if (!worker.includes('} = self.SENDA_BUILD;')) throw new Error('post-build: sw.js does not read self.SENDA_BUILD');
const build = {
  version: version.digest('hex').slice(0, 16),
  precache,
  guideOnly: guideOnly.map((file) => `./${file}`),
  mentorOnly: mentorOnly.map((file) => `./${file}`),
  hashes,
};
writeFileSync(swPath, `self.SENDA_BUILD = ${JSON.stringify(build)};\n${worker}`);
console.log(`post-build: the whole app's wasm in ${split.chunks + 1} parts, the guide's in ${guide.chunks + 1}; CSP with ${inline.length} script hash(es); ${precache.length} files precached, ${guideOnly.length} more for a guide link, ${mentorOnly.length} for a mentor, ${onDemand.size} only when asked for`);
