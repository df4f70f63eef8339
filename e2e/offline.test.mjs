// Offline and updates: after one visit the app opens with the server gone,
// and a new deployment is offered as "Update available — reload", never
// mixed into the running page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectProblems, launch, openContext, serveDist, waitForApp, waitForGuideOffline, waitForWholeAppOffline, workerBuild } from './support.mjs';

describe('service worker', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser?.close(); });

  test('after the first visit every screen opens with the network cut', async () => {
    const server = await serveDist();
    const { context, problems } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(server.url + '#/journal');
    await waitForApp(page);
    await waitForWholeAppOffline(page);
    await server.stop();

    await page.reload();
    await waitForApp(page);
    assert.equal((await page.textContent('main h1')).trim(), 'Journal');
    // Each section comes in a wasm chunk of its own, fetched on the first
    // visit: the service worker must have kept them all for a mentor.
    const other = await context.newPage();
    for (const [route, heading] of [['settings', 'Settings'], ['resources', 'Resources'], ['conversations', 'Conversations'], ['self-care', 'Self-care']]) {
      await other.goto(`${server.url}#/${route}`);
      await other.locator('main h1', { hasText: heading }).waitFor();
    }
    // A guide link too: a mentor's phone keeps the whole app, not the
    // guide's own program, and the whole app shows the guide.
    await other.goto(`${server.url}#/guide`);
    await other.waitForSelector('.call-list a[href="tel:112"]');
    expectProblems(problems, /ERR_CONNECTION_REFUSED|ERR_FAILED/);
    assert.deepEqual(problems.filter((problem) => !/ERR_CONNECTION_REFUSED|ERR_FAILED/.test(problem)), []);
    await context.close();
  });

  test("a copy of Senda planted in its offline cache by another page of the origin is never served", async () => {
    const server = await serveDist();
    const { context, problems } = await openContext(browser, server.origin);
    // The worker's answer to the planted copy: a plain error page.
    expectProblems(problems, /status of 503/);
    const page = await context.newPage();
    await page.goto(server.url + '#/guide');
    await page.waitForSelector('.call-list a[href="tel:112"]');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForSelector('.call-list a[href="tel:112"]');
    // What any script of the same origin can do: Cache Storage belongs to
    // the origin, not to Senda's worker.
    const plant = () => page.evaluate(async () => {
      const name = (await caches.keys()).find((key) => /^senda-app-[0-9a-f]{16}$/.test(key));
      const cache = await caches.open(name);
      const forged = '<!doctype html><title>Senda</title><h1 id="planted">Type your passphrase</h1>';
      const html = { headers: { 'Content-Type': 'text/html' } };
      await cache.put(new URL('index.html', location.href).href, new Response(forged, html));
      await cache.put(new URL('./', location.href).href, new Response(forged, html));
      // The program the page started (the guide's, at this address).
      const program = new URL(self.sendaProgram.js, location.href).href;
      await cache.put(program, new Response('window.planted = true;', { headers: { 'Content-Type': 'text/javascript' } }));
      return program.includes('/senda-guide-') && name;
    });
    assert.ok(await plant());

    // Online, the worker takes this build's own files from the network.
    await page.reload();
    await page.waitForSelector('.call-list a[href="tel:112"]');
    assert.equal(await page.locator('#planted').count(), 0);
    assert.equal(await page.evaluate(() => window.planted), undefined);

    // Offline, a changed file is not served: a plain page says why.
    await plant();
    await server.stop();
    await page.reload();
    await page.waitForSelector('body');
    assert.equal(await page.locator('#planted').count(), 0);
    assert.match(await page.textContent('body'), /offline copy .* was changed/);
    await context.close();
  });

  test("a phone that kept only the guide says so when another of Senda's screens is opened offline", async () => {
    const server = await serveDist();
    const { context, problems } = await openContext(browser, server.origin);
    expectProblems(problems, /ERR_FAILED|ERR_CONNECTION_REFUSED|Failed to fetch|dynamically imported module/);
    const page = await context.newPage();
    await page.goto(server.url + '#/guide');
    await page.waitForSelector('.call-list a[href="tel:112"]');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await server.stop();
    // The guide's program starts the page again for the journal: the whole
    // app, which this phone never kept.
    await page.evaluate(() => { location.hash = '#/journal'; });
    await page.getByRole('alert').filter({ hasText: 'This part of Senda is not on this device yet' }).waitFor();
    assert.equal(page.url(), server.url + '#/journal');
    await context.close();
  });

  test('a section whose code cannot be fetched says so, and opens once it can', async () => {
    const server = await serveDist();
    // No service worker: the chunk has to come from the network, which fails.
    const { context, problems } = await openContext(browser, server.origin, { serviceWorkers: 'block' });
    expectProblems(problems, /ERR_INTERNET_DISCONNECTED/, /^console error: TypeError: Failed to fetch/);
    const page = await context.newPage();
    await page.route(/senda-split-other-sections-[0-9a-f]+\.wasm$/, (route) => route.abort('internetdisconnected'));
    await page.goto(server.url + '#/settings');
    await waitForApp(page);
    await page.getByRole('alert').filter({ hasText: 'This screen could not be loaded' }).waitFor();

    // The rest of Senda still works.
    await page.getByRole('navigation').getByRole('link', { name: 'Journal' }).click();
    await page.getByRole('link', { name: 'New entry' }).waitFor();

    // With the connection back, the next visit loads the screen.
    await page.unroute(/senda-split-other-sections-[0-9a-f]+\.wasm$/);
    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    await page.locator('main h1', { hasText: 'Settings' }).waitFor();
    assert.equal(await page.getByText('This screen could not be loaded').count(), 0);
    await context.close();
    await server.stop();
  });

  // A guide link has no other screen to go to and come back from: the list
  // is asked for again when the browser says it is online, and by itself
  // after 5 s for a failure the browser does not see as going offline.
  for (const { when, abort, problem, comesBack, within } of [
    { when: 'at once when the phone is back online', abort: 'internetdisconnected', problem: /ERR_INTERNET_DISCONNECTED/,
      comesBack: async (context) => { await context.setOffline(true); await context.setOffline(false); }, within: 3000 },
    { when: 'by a later try when the line failed while the browser called it online', abort: 'failed', problem: /ERR_FAILED/,
      comesBack: async () => {}, within: 15000 },
  ]) {
    test(`a guide link whose list could not be fetched shows it ${when}, with no reload`, async () => {
      const server = await serveDist();
      const { context, problems } = await openContext(browser, server.origin, { serviceWorkers: 'block' });
      expectProblems(problems, problem, /^console error: TypeError: Failed to fetch/);
      const page = await context.newPage();
      const finder = /senda-guide-split-guide-finder-[0-9a-f]+\.wasm$/;
      await page.route(finder, (route) => route.abort(abort));
      await page.goto(server.url + '#/guide');
      await page.getByRole('alert').filter({ hasText: 'This screen could not be loaded' }).waitFor();
      // The emergency numbers, drawn by the first download's code, stay.
      assert.equal(await page.locator('.call-list a[href="tel:112"]').count(), 1);
      await page.unroute(finder);
      await comesBack(context);
      await page.locator('.service-row', { hasText: '016' }).first().waitFor({ timeout: within });
      assert.equal(await page.getByText('This screen could not be loaded').count(), 0);
      await context.close();
      await server.stop();
    });
  }

  test('the sections are fetched in the background, so they open even if the network goes later', async () => {
    const server = await serveDist();
    const { context, problems } = await openContext(browser, server.origin, { serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(server.url + '#/journal');
    await waitForApp(page);
    await page.waitForFunction(() => ['journal', 'resources', 'other-sections'].every((name) => performance.getEntriesByType('resource')
      .some((entry) => entry.name.includes(`/senda-split-${name}-`))), null, { timeout: 15000 });
    await page.route(/\.wasm$/, (route) => route.abort('internetdisconnected'));
    for (const section of ['Resources', 'Conversations', 'Self-care', 'Settings']) {
      await page.getByRole('navigation').getByRole('link', { name: section }).click();
      await page.locator('main h1', { hasText: section }).waitFor();
    }
    assert.equal(await page.getByText('This screen could not be loaded').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
    await server.stop();
  });

  test('a new deployment is offered, and taken only when the user reloads', async () => {
    const server = await serveDist();
    const { context } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForApp(page);
    await waitForWholeAppOffline(page);

    // Deploy a "new version": the service worker file changes.
    const swPath = join(server.root, 'sw.js');
    const { build, code } = workerBuild(readFileSync(swPath, 'utf8'));
    writeFileSync(swPath, `self.SENDA_BUILD = ${JSON.stringify({ ...build, version: `${build.version}-next` })};\n${code}`);
    await page.reload();
    await waitForApp(page);
    const banner = page.getByRole('button', { name: 'Update available — reload' });
    await banner.waitFor({ timeout: 15000 });
    // Installed, not yet running: a mentor's device keeps the whole app in
    // the new version too, before any screen of hers asks again.
    const kept = await page.evaluate(async () => {
      const name = (await caches.keys()).find((key) => key.endsWith('-next'));
      return (await (await caches.open(name)).keys()).map((request) => request.url.split('/').pop());
    });
    assert.ok(kept.some((file) => file.startsWith('senda-split-journal-')), kept.join(', '));
    assert.ok(kept.some((file) => file.startsWith('senda-split-other-sections-')), kept.join(', '));

    await Promise.all([page.waitForEvent('load'), banner.click()]);
    await waitForApp(page);
    const active = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).active.scriptURL);
    assert.ok(active.endsWith('sw.js'));
    const version = await page.evaluate(async () => (await caches.keys()).join(' '));
    assert.match(version, /-next/);
    assert.equal(await page.getByRole('button', { name: 'Update available — reload' }).count(), 0);
    await context.close();
    await server.stop();
  });
});

// A line that connects and then never answers (a captive portal's Wi-Fi, a
// failing mobile link) is neither online nor offline: the browser waits
// without end. The emergency numbers must not wait with it.
describe('a line that never answers', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser?.close(); });
  const firstCall = '.call-list a[href="tel:112"]';

  test("an organisation's pack that never arrives holds the emergency numbers back a few seconds, not for ever", async () => {
    const server = await serveDist();
    try {
      writeFileSync(join(server.root, 'senda.config.json'), JSON.stringify({ format: 'senda-config', version: 1, resource_packs: ['resources/stalled.json'] }));
      server.stall((path) => path === 'resources/stalled.json');
      const { context, problems } = await openContext(browser, server.origin, { serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(server.url + '#/guide');
      await page.locator(firstCall).waitFor({ timeout: 12000 });
      // The rest of the guide too, from the packs that did arrive.
      await page.locator('.service-row', { hasText: '016' }).first().waitFor();
      await context.close();
      assert.deepEqual(problems, []);
    } finally {
      await server.stop();
    }
  });

  for (const [how, spoil] of [
    ['takes the requests and never answers', (server, files) => server.stall(files)],
    ['starts each answer and never ends it', (server, files) => server.stall(files, { afterHeaders: true })],
    ['reaches a host that answers with a server error', (server, files) => server.fail(files, 503)],
  ]) {
    test(`a guide kept on the device opens from its copy when the line ${how}`, async () => {
      const server = await serveDist();
      try {
        const { context, problems } = await openContext(browser, server.origin);
        const page = await context.newPage();
        await page.goto(server.url + '#/guide');
        await page.locator(firstCall).waitFor();
        await waitForGuideOffline(page);
        // Every data file: her settings, the organisation's, the packs.
        spoil(server, (path) => path.endsWith('.json'));
        await page.reload();
        await page.locator(firstCall).waitFor({ timeout: 12000 });
        await page.locator('.service-row', { hasText: '016' }).first().waitFor();
        // Her copy, not the notice that the guide could not be read.
        assert.equal(await page.getByText('The guide could not be loaded', { exact: false }).count(), 0);
        await context.close();
        assert.deepEqual(problems, []);
      } finally {
        await server.stop();
      }
    });
  }
});
