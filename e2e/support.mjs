// Shared set-up for the end-to-end tests: a plain static file server (no
// rewrite rules, nothing but files) that serves a copy of dist/ under a
// sub-path, and Debian's Chromium driven by playwright-core.
import assert from 'node:assert/strict';
import { after, afterEach, before } from 'node:test';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';

// SENDA_DIST names another build folder, to measure a build beside the
// current one (`SENDA_DIST=/tmp/other node tools/bench.mjs --first-load`).
export const DIST = process.env.SENDA_DIST ? `${process.env.SENDA_DIST.replace(/\/$/, '')}/` : fileURLToPath(new URL('../dist/', import.meta.url));
export const SUB_PATH = '/senda/';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.svg': 'image/svg+xml',
};

// The files docs/deploy.md has a host cache for a year.
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/;

// What a static host compresses: everything but the images.
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.json', '.webmanifest', '.svg']);

/**
 * Serves a private copy of dist/ (tests may change it) at
 * http://127.0.0.1:<port>/senda/; `from` names another build folder.
 * With `compress`, text and wasm go out as brotli or gzip, whichever the
 * browser asks for, as every common static host sends them (docs/deploy.md):
 * the benchmark's network figures are meant to be a real deployment's.
 */
export async function serveDist(from = DIST, { compress = false } = {}) {
  if (!existsSync(join(from, 'index.html'))) throw new Error(`no build in ${from}: run the release build first`);
  const root = mkdtempSync(join(tmpdir(), 'senda-dist-'));
  cpSync(from, root, { recursive: true });
  const servedEncodings = new Set();
  const served = [];
  const stalled = [];
  const failing = [];
  const compressedCache = new Map();
  const compressed = (file, encoding) => {
    const key = `${encoding} ${file}`;
    if (!compressedCache.has(key)) {
      const data = readFileSync(file);
      compressedCache.set(key, encoding === 'br'
        ? brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(data, { level: 9 }));
    }
    return compressedCache.get(key);
  };
  // Compressed before the first request, as a host that serves
  // precompressed files does: compressing on demand would show up as the
  // server's own slowness in the timings (brotli at its best takes seconds).
  if (compress) {
    for (const path of readdirSync(root, { recursive: true })) {
      const file = join(root, path);
      if (COMPRESSIBLE.has(extname(file)) && statSync(file).isFile()) for (const encoding of ['br', 'gzip']) compressed(file, encoding);
    }
  }
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    if (!url.pathname.startsWith(SUB_PATH)) { response.writeHead(404).end('not found'); return; }
    let path = normalize(decodeURIComponent(url.pathname.slice(SUB_PATH.length)));
    if (path === '.' || path.endsWith('/')) path = join(path, 'index.html');
    const file = join(root, path);
    if (!file.startsWith(root)) { response.writeHead(403).end(); return; }
    const failure = failing.find(({ fails }) => fails(path));
    if (failure) { response.writeHead(failure.status).end('server error'); return; }
    // Taken and never answered, or answered with headers and a first byte
    // and nothing more; `stop` cuts it.
    const stall = stalled.find(({ stalls }) => stalls(path));
    if (stall) {
      if (stall.afterHeaders) response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).write('{');
      return;
    }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      // As docs/deploy.md tells a host: a file named by its content's hash
      // never changes, the rest are asked for again each time.
      const cacheControl = HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': cacheControl };
      served.push(path);
      const accepted = String(request.headers['accept-encoding'] ?? '');
      const encoding = !compress || !COMPRESSIBLE.has(extname(file)) ? null
        : /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
      if (encoding) {
        headers['content-encoding'] = encoding;
        headers.vary = 'accept-encoding';
        servedEncodings.add(encoding);
      }
      response.writeHead(200, headers);
      response.end(encoding ? compressed(file, encoding) : readFileSync(file));
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  // Connections are tracked so that `stop` can cut the network at once.
  const sockets = new Set();
  server.on('connection', (socket) => { sockets.add(socket); socket.on('close', () => sockets.delete(socket)); });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    root,
    origin,
    url: `${origin}${SUB_PATH}`,
    /** The content encodings sent so far ("br", "gzip"). */
    servedEncodings,
    /** Every file sent so far, by its path under the folder, once per download. */
    served,
    /**
     * From now on, requests for a path `stalls(path)` accepts are taken and
     * never answered, as on a line that connects and then stalls (a captive
     * portal, a failing mobile link): not refused, which the browser would
     * know at once. With `afterHeaders`, the answer starts and never ends.
     */
    stall: (stalls, { afterHeaders = false } = {}) => { stalled.push({ stalls, afterHeaders }); },
    /** From now on, requests for a path `fails(path)` accepts get `status` at once, as from a host in trouble. */
    fail: (fails, status) => { failing.push({ fails, status }); },
    stop: () => new Promise((resolve) => { for (const socket of sockets) socket.destroy(); server.close(resolve); }),
  };
}

/**
 * The one setup of a test file: the release build served (`serveDist`) and
 * one Chromium (`launch`), started before the file's tests and stopped
 * after them. The two returned are stand-ins that reach the real server and
 * browser once `before` has run, so a file names them once:
 * `const { server, browser } = serveAndLaunch();`.
 */
export function serveAndLaunch() {
  const started = {};
  before(async () => { started.server = await serveDist(); started.browser = await launch(); });
  after(async () => { await started.browser?.close(); await started.server?.stop(); });
  const standIn = (name) => new Proxy({}, {
    get(_, key) {
      const real = started[name];
      if (!real) throw new Error(`the ${name} is used before the file's before() started it`);
      const value = real[key];
      return typeof value === 'function' ? value.bind(real) : value;
    },
  });
  return { server: standIn('server'), browser: standIn('browser') };
}

/** The data a built sw.js starts with (crates/senda-build/src/worker_data.rs): version, file lists, hashes. */
export function workerBuild(workerText) {
  const [first, ...rest] = workerText.split('\n');
  const data = first.match(/^self\.SENDA_BUILD = (\{.*\});$/);
  assert.ok(data, `sw.js does not start with its build data: ${first.slice(0, 80)}`);
  return { build: JSON.parse(data[1]), code: rest.join('\n') };
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

export async function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/** A browser with a real (temporary) profile, as an installed app would have. */
export async function launchPersistent() {
  const profile = mkdtempSync(join(tmpdir(), 'senda-profile-'));
  return chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

// Every context openContext made in this file, with how many of its
// problems a test has already been failed on (the lists only grow).
const watched = [];

// Each such context's requests that have not ended yet (`settled`).
const inFlight = new WeakMap();

/**
 * A fresh profile whose problems are collected: console errors, page errors,
 * CSP violations and any request that leaves the app's origin. Whatever the
 * test asserts itself, it fails (below) on any problem it did not expect
 * with `expectProblems`.
 */
export async function openContext(browser, origin, options = {}) {
  const context = await browser.newContext(options);
  const problems = [];
  watched.push({ problems, checked: 0, expected: [] });
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request to another origin: ${url}`);
    }
  });
  context.on('page', (page) => watchPage(page, problems));
  // Its pages' requests and its service worker's.
  const open = new Set();
  inFlight.set(context, open);
  context.on('request', (request) => open.add(request));
  for (const end of ['requestfinished', 'requestfailed']) context.on(end, (request) => open.delete(request));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { context, problems };
}

/** Problems this context is meant to have, e.g. a refused fetch offline. */
export function expectProblems(problems, ...patterns) {
  watched.find((entry) => entry.problems === problems)?.expected.push(...patterns);
}

// A context opened in `before` is looked at after each test that used it.
// Only under the test runner: the benchmark and the screenshots use
// openContext too, and would print an empty test report.
const underTest = process.env.NODE_TEST_CONTEXT !== undefined || /\.test\.mjs$/.test(process.argv[1] ?? '');
if (underTest) afterEach(() => {
  const unexpected = [];
  for (const entry of watched) {
    const fresh = entry.problems.slice(entry.checked);
    entry.checked = entry.problems.length;
    unexpected.push(...fresh.filter((problem) => !entry.expected.some((pattern) => pattern.test(problem))));
  }
  assert.deepEqual(unexpected, [], 'a page of this test logged an error, broke the CSP or left the origin');
});

function watchPage(page, problems) {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
}

/**
 * Waits until the page has done all that its last event started: every
 * promise and effect it queued has run (one turn of its event loop, through
 * a MessageChannel, which the fake clock leaves real), and every request of
 * its context (one of `openContext`) has ended. What a test then finds
 * missing did not happen, rather than had no time to; timers are the fake
 * clock's to fire. A reload on the way is waited through.
 */
export async function settled(page, { timeout = 15000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      await page.evaluate(() => new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      }));
      if ((inFlight.get(page.context())?.size ?? 0) === 0) return;
    } catch (error) {
      if (!/context was destroyed|navigation/i.test(String(error?.message))) throw error;
    }
    if (Date.now() > deadline) throw new Error(`settled: requests still open after ${timeout} ms: ${[...inFlight.get(page.context())].map((request) => request.url()).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Past the moment a mentor's visit asks for the rest of the app: the
 * shell waits two seconds before it fetches the other sections
 * (`preload_sections` in src/shell/app.rs). On the page's fake clock, installed
 * before it loaded, that moment comes at once.
 */
export async function passTheBackgroundFetch(page) {
  await page.clock.fastForward(2_500);
  await settled(page);
}

/**
 * Records ({ 'senda/journal/a': data, … }) as Senda stores them, written by
 * its own codec after the check a restore makes (senda-core's
 * `seed_records`): a seed that no longer fits its kind stops the test by
 * its key. Records planted on purpose (a forged value, a newer version)
 * are written by hand with `plantRecords`.
 */
export function encodeRecords(records) {
  const output = execFileSync(
    'cargo', ['run', '--quiet', '--offline', '--locked', '-p', 'senda-core', '--bin', 'seed_records'],
    { cwd: fileURLToPath(new URL('..', import.meta.url)), input: JSON.stringify(records), encoding: 'utf8', stdio: ['pipe', 'pipe', 'inherit'] },
  );
  return JSON.parse(output);
}

/** Writes `records` into the page's localStorage (on Senda's origin) through `encodeRecords`. */
export async function seedRecords(page, records) {
  await writeStored(page, encodeRecords(records));
}

/**
 * Writes records Senda would never write, in the envelope it reads
 * (`{v, rev, data}`), to see what it does with them.
 */
export async function plantRecords(page, records) {
  await writeStored(page, Object.fromEntries(Object.entries(records).map(([key, data]) => [key, JSON.stringify({ v: 1, rev: 1, data })])));
}

const writeStored = (page, texts) => page.evaluate((texts) => {
  for (const [key, text] of Object.entries(texts)) localStorage.setItem(key, text);
}, texts);

/** Waits until the shell has rendered its navigation: the app is usable. */
export async function waitForApp(page) {
  await page.waitForSelector('nav.site-nav a[aria-current="page"], main h1', { timeout: 15000 });
}

/**
 * Waits until the service worker keeps the whole app offline, as it does
 * once a mentor's screen has opened (public/sw.js): every section's code.
 */
export async function waitForWholeAppOffline(page) {
  await waitForKept(page, 'senda-split-other-sections-');
}

/**
 * Waits until the service worker keeps the shared guide's program offline,
 * as it does once that program has started (public/sw.js): its chunk too.
 */
export async function waitForGuideOffline(page) {
  await waitForKept(page, 'senda-guide-split-guide-service-');
}

// The worker keeps a part of the build in one go (`addAll`), so its last
// file being there means all of it is.
async function waitForKept(page, fileStart) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await pollInPage(page, async (fileStart) => {
    for (const name of await caches.keys()) {
      const keys = await (await caches.open(name)).keys();
      if (keys.some((request) => request.url.split('/').pop().startsWith(fileStart))) return true;
    }
    return false;
  }, { arg: fileStart });
}

/**
 * Evaluates `check` in the page until it resolves truthy. Playwright's
 * `waitForFunction` does not await a predicate's promise: an async check
 * passes at once, a promise being truthy, and the wait waits for nothing.
 */
export async function pollInPage(page, check, { timeout = 15000, interval = 100, arg } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      if (await page.evaluate(check, arg)) return;
    } catch (error) {
      // The page is being reloaded (after a wipe, say): look again on the next one.
      if (!/context was destroyed|navigation/i.test(String(error?.message))) throw error;
    }
    if (Date.now() > deadline) throw new Error(`pollInPage: not true after ${timeout} ms: ${check}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

const AXE = readFileSync(fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url)), 'utf8');

/** axe-core's WCAG 2.x A/AA rules and best practices on the current page. */
export async function axeViolations(page) {
  await page.evaluate(AXE);
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

// What the safety tests share: the passphrase, its derivation time, the
// neutral site quick exit opens (answered locally), and the steps a mentor
// takes again and again.
export const NEUTRAL = 'https://www.aemet.es/en/portada';
export const PASSPHRASE = 'una frase que recuerdo';
// Argon2id with 64 MiB takes a moment; the tests allow for a slow machine.
export const DERIVATION_MS = 30000;

export async function writeEntry(page, url, body, title) {
  await page.goto(url + '#/journal/new');
  await page.waitForSelector('#entry-body');
  await page.fill('#entry-body', body);
  await page.fill('#entry-title', title);
  await page.click('form.entry-form button[type="submit"]');
  await page.waitForSelector('article.entry');
}

export async function setPassphrase(page, url, passphrase = PASSPHRASE) {
  await page.goto(url + '#/settings');
  await page.fill('#new-passphrase', passphrase);
  await page.fill('#repeat-passphrase', passphrase);
  await page.click('section[aria-labelledby="lock-heading"] button[type="submit"]');
  await page.waitForSelector('text=The passphrase is set', { timeout: DERIVATION_MS });
}

export async function unlock(page, passphrase) {
  await page.fill('#unlock-passphrase', passphrase);
  await page.click('form.lock-form button[type="submit"]');
}

export const sendaKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('senda/')));
export const storedValues = (page) => page.evaluate(() => Object.keys(localStorage).map((key) => localStorage.getItem(key)));

/** A context in which the neutral site answers locally: no request leaves the machine. */
export async function contextWithNeutralSite(browser) {
  const context = await browser.newContext();
  await context.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><p>Sunny</p>' }));
  return context;
}

/**
 * Clicks `selector` and returns the download it starts, first answering the
 * warning Senda shows before a file anyone can read (a clear backup, an export).
 */
export async function saveFile(page, selector) {
  const downloading = page.waitForEvent('download');
  await page.click(selector);
  const go = page.locator('button:has-text("I understand, go on")');
  if (await go.count()) await go.first().click();
  return downloading;
}
