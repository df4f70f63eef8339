// What a first visit downloads: a mentee who opens a shared guide link on
// mobile data gets the shell and the guide, never the journal, the
// conversations, self-care or settings (the performance issue's rule); a
// mentor opening the journal gets the journal with the shell, not after it:
// the page asks for the screen's chunk before the main wasm has arrived.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { DIST, launch, openContext, serveDist } from './support.mjs';

const OTHER_SECTIONS = /senda-split-(journal|other-sections)-/;

async function wasmFetched(browser, server, route, ready, settle) {
  const { context, problems } = await openContext(browser, server.origin, { serviceWorkers: 'block' });
  const page = await context.newPage();
  const fetched = [];
  page.on('request', (request) => {
    const file = request.url().split(/[?#]/)[0].slice(server.url.length);
    if (file.endsWith('.wasm')) fetched.push(file);
  });
  await page.goto(server.url + route);
  await page.waitForSelector(ready);
  await page.waitForTimeout(settle);
  // Asked for by the page's first script, while the main wasm downloads.
  const preloaded = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((entry) => entry.initiatorType === 'link' && entry.name.endsWith('.wasm'))
    .map((entry) => entry.name.split('/').pop()));
  await context.close();
  return { fetched, preloaded, problems };
}

describe('first download', () => {
  let browser;
  let server;
  before(async () => { browser = await launch(); server = await serveDist(); });
  after(async () => { await browser?.close(); await server?.stop(); });

  test('the journal and the guide are chunks of their own, the other sections share one', () => {
    const chunks = readdirSync(DIST).filter((file) => /^senda-split-.*\.wasm$/.test(file)).map((file) => file.replace(/-[0-9a-f]{16}\.wasm$/, ''));
    assert.deepEqual(chunks.sort(), ['senda-split-journal', 'senda-split-other-sections', 'senda-split-resources']);
  });

  test("a mentee's guide link fetches the guide and nothing of the other sections, even after a while", async () => {
    // Three seconds: past the moment a mentor's visit fetches the other sections.
    const { fetched, preloaded, problems } = await wasmFetched(browser, server, '#/guide', '.service-row', 3000);
    assert.ok(fetched.some((file) => file.startsWith('senda-split-resources-')), `the guide's chunk: ${fetched.join(', ')}`);
    assert.ok(preloaded.some((file) => file.startsWith('senda-split-resources-')), `fetched from the start: ${preloaded.join(', ')}`);
    assert.deepEqual(fetched.filter((file) => OTHER_SECTIONS.test(file)), []);
    assert.deepEqual(problems, []);
  });

  test('the journal opens with its own chunk, and the other sections wait', async () => {
    const { fetched, preloaded, problems } = await wasmFetched(browser, server, '#/journal', 'main a[href$="#/journal/new"]', 0);
    assert.ok(fetched.some((file) => file.startsWith('senda-split-journal-')), `the journal's chunk: ${fetched.join(', ')}`);
    assert.ok(preloaded.some((file) => file.startsWith('senda-split-journal-')), `fetched from the start: ${preloaded.join(', ')}`);
    assert.deepEqual(fetched.filter((file) => /senda-split-(resources|other-sections)-/.test(file)), []);
    assert.deepEqual(problems, []);
  });
});
