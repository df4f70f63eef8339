// What a first visit downloads: a mentee who opens a shared guide link on
// mobile data gets the shell and the guide, never the journal, the
// conversations, self-care or settings (the performance issue's rule); a
// mentor opening the journal gets the journal with the shell, not after it:
// the page asks for the screen's chunk before the main wasm has arrived.
// The guide's files (the organisation's settings, the packs) are asked for
// with the page too, and side by side, not one round trip after another.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, launch, openContext, passTheBackgroundFetch, serveDist, waitForWholeAppOffline } from './support.mjs';

async function wasmFetched(browser, server, route, ready, { afterTheBackgroundFetch }) {
  const { context, problems } = await openContext(browser, server.origin, { serviceWorkers: 'block' });
  const page = await context.newPage();
  const fetched = [];
  page.on('request', (request) => {
    const file = request.url().split(/[?#]/)[0].slice(server.url.length);
    if (file.endsWith('.wasm')) fetched.push(file);
  });
  await page.clock.install();
  await page.goto(server.url + route);
  await page.waitForSelector(ready);
  if (afterTheBackgroundFetch) await passTheBackgroundFetch(page);
  // Asked for by the page's first script, while the main wasm downloads
  // (the fake clock hides the resource entries of `performance`; the links stay).
  const preloaded = await page.$$eval('link[rel="preload"]', (links) => links
    .map((link) => link.href).filter((href) => href.endsWith('.wasm')).map((href) => href.split('/').pop()));
  await context.close();
  return { fetched, preloaded, problems };
}

describe('first download', () => {
  let browser;
  let server;
  before(async () => { browser = await launch(); server = await serveDist(); });
  after(async () => { await browser?.close(); await server?.stop(); });

  test('the journal and the guide are chunks of their own, the other sections share one, the strength estimate has its own', () => {
    const chunks = readdirSync(DIST).filter((file) => /^senda-split-.*\.wasm$/.test(file)).map((file) => file.replace(/-[0-9a-f]{12,16}\.wasm$/, ''));
    assert.deepEqual(chunks.sort(), ['senda-split-journal', 'senda-split-other-sections', 'senda-split-passphrase-strength', 'senda-split-resources']);
  });

  test("a mentee's guide link fetches the guide's own program, from the start, then its list, and nothing of the whole app, even after a while", async () => {
    const { fetched, preloaded, problems } = await wasmFetched(browser, server, '#/guide', '.service-row', { afterTheBackgroundFetch: true });
    assert.match(fetched[0], /^senda-guide-[0-9a-f]+_bg\.wasm$/);
    // Then the list's chunk, with what it shares with a service's page.
    assert.ok(fetched.some((file) => /^senda-guide-split-guide-finder-[0-9a-f]+\.wasm$/.test(file)), fetched.join(', '));
    assert.ok(fetched.slice(1).every((file) => /^senda-guide-(split-guide-finder|chunk-\d+)-[0-9a-f]+\.wasm$/.test(file)), fetched.join(', '));
    assert.deepEqual(preloaded, [fetched[0]], `fetched from the start: ${preloaded.join(', ')}`);
    assert.deepEqual(problems, []);
  });

  test("a guide link draws its emergency numbers with its first wasm alone: the list's chunk is asked for once they are drawn", async () => {
    const { context, problems } = await openContext(browser, server.origin, { serviceWorkers: 'block' });
    const page = await context.newPage();
    // The list's chunk is held back until the numbers are on screen, as
    // a slow line would hold it.
    let releaseList;
    const listAsked = new Promise((resolve) => {
      page.route(/senda-guide-split-guide-finder-[0-9a-f]+\.wasm$/, async (route) => {
        resolve();
        await new Promise((release) => { releaseList = release; });
        await route.continue();
      });
    });
    await page.goto(server.url + '#/guide');
    await page.waitForSelector('.call-list a.call[href="tel:112"]');
    let timer;
    const noList = new Promise((_, fail) => { timer = setTimeout(() => fail(new Error("the list's chunk was never asked for")), 15000); });
    await Promise.race([listAsked, noList]).finally(() => clearTimeout(timer));
    assert.equal(await page.locator('.service-row').count(), 0, 'the list waits for its chunk');
    assert.equal(await page.locator('#main-content [role="status"]:has-text("Opening")').count(), 1, 'and says it is on its way');
    releaseList();
    await page.waitForSelector('.service-row');
    await page.fill('#resource-search', '016');
    await page.waitForSelector('.service-row:has-text("016")');
    await context.close();
    assert.deepEqual(problems, []);
  });

  test("a link to one service fetches the guide's chunk of a service's page with the program, from the start", async () => {
    const { fetched, preloaded, problems } = await wasmFetched(browser, server, '#/guide/line-016', 'main h1', { afterTheBackgroundFetch: false });
    assert.match(fetched[0], /^senda-guide-[0-9a-f]+_bg\.wasm$/);
    // The page's chunk, with what it shares with the list's.
    assert.ok(fetched.some((file) => file.startsWith('senda-guide-split-guide-service-')), fetched.join(', '));
    assert.ok(fetched.slice(1).every((file) => /^senda-guide-(split-guide-service|chunk-\d+)-[0-9a-f]+\.wasm$/.test(file)), fetched.join(', '));
    assert.deepEqual(preloaded.sort(), fetched.sort(), `fetched from the start: ${preloaded.join(', ')}`);
    assert.deepEqual(problems, []);
  });

  test('the journal opens with its own chunk, and the other sections wait', async () => {
    const { fetched, preloaded, problems } = await wasmFetched(browser, server, '#/journal', 'main a[href$="#/journal/new"]', { afterTheBackgroundFetch: false });
    assert.ok(fetched.some((file) => file.startsWith('senda-split-journal-')), `the journal's chunk: ${fetched.join(', ')}`);
    assert.ok(preloaded.some((file) => file.startsWith('senda-split-journal-')), `fetched from the start: ${preloaded.join(', ')}`);
    assert.deepEqual(fetched.filter((file) => /senda-split-(resources|other-sections)-/.test(file)), []);
    assert.deepEqual(problems, []);
  });

  test("a guide link asks for the organisation's settings and the guide's packs with the page, once each", async () => {
    const { context, problems } = await openContext(browser, server.origin, { serviceWorkers: 'block' });
    const page = await context.newPage();
    const asked = [];
    page.on('request', (request) => { if (request.url().endsWith('.json')) asked.push(request.url().slice(server.url.length)); });
    await page.goto(server.url + '#/guide');
    await page.waitForSelector('.service-row');
    const preloaded = await page.evaluate(() => performance.getEntriesByType('resource')
      .filter((entry) => entry.initiatorType === 'link' && entry.name.endsWith('.json'))
      .map((entry) => entry.name.split('/senda/').pop()));
    await context.close();
    const files = ['resources/default/en.json', 'resources/organisation.json', 'senda.config.json'];
    assert.deepEqual(preloaded.sort(), files);
    // A preload the app's own request did not use would be a second download.
    for (const file of files) assert.equal(asked.filter((asked) => asked === file).length, 1, `${file}: ${asked.join(', ')}`);
    assert.deepEqual(problems, []);
  });

  test("the organisation's packs are asked for side by side, and shown in the order its settings list them", async () => {
    const own = await serveDist();
    try {
      const builtIn = JSON.parse(readFileSync(join(own.root, 'resources/default.json'), 'utf8'));
      const pack = (id, name) => JSON.stringify({ ...builtIn, services: [{ ...builtIn.services[0], id, name: { en: name, es: name, ca: name } }] });
      writeFileSync(join(own.root, 'resources/first.json'), pack('first-pack', 'Pack one service'));
      writeFileSync(join(own.root, 'resources/second.json'), pack('second-pack', 'Pack two service'));
      writeFileSync(join(own.root, 'senda.config.json'), JSON.stringify({ format: 'senda-config', version: 1, resource_packs: ['resources/first.json', 'resources/second.json'] }));
      const { context, problems } = await openContext(browser, own.origin, { serviceWorkers: 'block' });
      const page = await context.newPage();
      const times = {};
      // Each pack takes a second to arrive: asked for one after the other,
      // the second would not even be asked for until the first had come.
      await page.route(/resources\/(first|second)\.json$/, async (route) => {
        const name = route.request().url().match(/(first|second)\.json$/)[1];
        times[name] = { asked: Date.now() };
        await new Promise((resolve) => setTimeout(resolve, 1000));
        times[name].answered = Date.now();
        await route.continue();
      });
      await page.goto(own.url + '#/guide');
      await page.waitForSelector('.service-row:has-text("Pack two service")');
      const names = await page.locator('.service-row .service-name').allTextContents();
      await context.close();
      assert.ok(times.second.asked < times.first.answered, `second asked ${times.second.asked - times.first.asked} ms after the first`);
      assert.ok(names.indexOf('Pack one service') < names.indexOf('Pack two service'), names.join(', '));
      assert.deepEqual(problems, []);
    } finally {
      await own.stop();
    }
  });

  test("a mentor's first visit downloads each of the app's files once, her offline copy included", async () => {
    const own = await serveDist();
    try {
      const { context, problems } = await openContext(browser, own.origin);
      const page = await context.newPage();
      await page.clock.install();
      await page.goto(own.url + '#/journal');
      await page.waitForSelector('main a[href$="#/journal/new"]', 0);
      await waitForWholeAppOffline(page);
      await passTheBackgroundFetch(page);
      await context.close();
      // The snippets' and sw.js's names carry no hash of their own, so the
      // offline copy asks for them again (public/sw.js).
      const code = own.served.filter((path) => /\.(wasm|js)$/.test(path) && !path.startsWith('snippets/') && path !== 'sw.js');
      const twice = code.filter((path, index) => code.indexOf(path) !== index);
      assert.deepEqual(twice, [], `downloaded again: ${twice.join(', ')}`);
      assert.ok(code.some((path) => path.startsWith('senda-split-other-sections-')), code.join(', '));
      assert.deepEqual(problems, []);
    } finally {
      await own.stop();
    }
  });
});
