// Senda's benchmark: `make bench`. Prints the first-load size of the shell
// (raw, gzip, brotli per file) and the time from navigation to a usable first
// screen in headless Chromium with the CPU slowed 4x, cold and warm (service
// worker), median of 10; then writes the figures to BENCHMARKS.md.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launch, serveDist, DIST } from '../e2e/support.mjs';

const RUNS = 10;
const BUDGET_BROTLI_KB = 150;
const kb = (bytes) => (bytes / 1024).toFixed(1);
const median = (values) => { const sorted = [...values].sort((a, b) => a - b); const mid = sorted.length >> 1; return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2; };

function sizes() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  // The first load is index.html and what it names (the shell); icons and the
  // service worker load after the app is usable.
  const named = readdirSync(DIST).filter((file) => file !== 'index.html' && html.includes(file));
  const files = ['index.html', ...named, 'manifest.webmanifest'].filter((file, index, all) => all.indexOf(file) === index);
  return files.map((file) => {
    const data = readFileSync(join(DIST, file));
    const brotli = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    return { file, raw: data.length, gzip: gzipSync(data, { level: 9 }).length, brotli };
  });
}

async function timeToUsable(browser, url) {
  const measure = async (page) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForSelector('nav.site-nav a[aria-current="page"]');
    const ms = await page.evaluate(() => window.__sendaUsableAt);
    await cdp.detach();
    return ms;
  };
  const recorder = () => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('nav.site-nav a[aria-current="page"]')) {
        window.__sendaUsableAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  };
  const cold = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await context.addInitScript(recorder);
    cold.push(await measure(await context.newPage()));
    await context.close();
  }
  const warm = [];
  const context = await browser.newContext();
  await context.addInitScript(recorder);
  const first = await context.newPage();
  await first.goto(url);
  await first.evaluate(() => navigator.serviceWorker.ready);
  await first.close();
  for (let run = 0; run < RUNS; run++) {
    const page = await context.newPage();
    warm.push(await measure(page));
    await page.close();
  }
  await context.close();
  return { cold: median(cold), warm: median(warm) };
}

const rows = sizes();
const total = rows.reduce((sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip, brotli: sum.brotli + row.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const server = await serveDist();
const browser = await launch();
const timing = await timeToUsable(browser, `${server.url}#/journal`);
await browser.close();
await server.stop();

const commit = (() => { try { return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim(); } catch { return 'unknown'; } })();
const lines = [
  '# Benchmarks',
  '',
  `Written by \`make bench\` (tools/bench.mjs) on ${new Date().toISOString().slice(0, 10)}, commit ${commit}, on this project's 2-core machine with Debian's headless Chromium.`,
  '',
  '## First load of the shell',
  '',
  '| file | raw KB | gzip KB | brotli KB |',
  '|---|---:|---:|---:|',
  ...rows.map((row) => `| ${row.file.replace(/-[0-9a-f]{16}/, '-<hash>')} | ${kb(row.raw)} | ${kb(row.gzip)} | ${kb(row.brotli)} |`),
  `| **total** | **${kb(total.raw)}** | **${kb(total.gzip)}** | **${kb(total.brotli)}** |`,
  '',
  `Budget: at most ${BUDGET_BROTLI_KB} KB brotli: ${total.brotli / 1024 <= BUDGET_BROTLI_KB ? 'met' : 'NOT MET'}.`,
  '',
  '## Time from navigation to a usable first screen (4x CPU slowdown, median of 10)',
  '',
  '| | ms | target |',
  '|---|---:|---:|',
  `| cold (no cache, no service worker) | ${timing.cold.toFixed(0)} | < 1000 |`,
  `| warm (served by the service worker) | ${timing.warm.toFixed(0)} | < 400 |`,
  '',
];
const text = lines.join('\n');
console.log(text);
writeFileSync(fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url)), text);
