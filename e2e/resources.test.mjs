// The resource guide in a real browser: a mentee's link opens the guide and
// nothing else, search finds categories in every language, the guide works
// offline, and an organisation's pack can never inject markup or a script link.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations, expectProblems, openContext, passTheBackgroundFetch, serveAndLaunch, serveDist, settled, waitForGuideOffline } from './support.mjs';

const DEFAULT_PACK = JSON.parse(readFileSync(new URL('../public/resources/default.json', import.meta.url), 'utf8'));

function organisationPack(service) {
  return JSON.stringify({ ...DEFAULT_PACK, services: [{ ...DEFAULT_PACK.services[0], id: 'org-service', ...service }] });
}

describe('resource guide', () => {
  const { server, browser } = serveAndLaunch();

  test("a mentee's guide link downloads the guide's own program and none of the whole app's code, not even for its offline copy, and opens offline", async () => {
    const own = await serveDist();
    const { context, problems } = await openContext(browser, own.origin);
    const page = await context.newPage();
    // Everything downloaded, by the page and by the service worker keeping
    // the offline copy: on mobile data it is all hers to pay for.
    const fetched = [];
    context.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.clock.install();
    await page.goto(own.url + '#/guide');
    await page.waitForSelector('.service-row');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await passTheBackgroundFetch(page);
    // The worker keeps the guide's chunks once the program asks it to: all
    // of them are fetched by then.
    await waitForGuideOffline(page);
    // The program the page's first script chose for the address, with its
    // preloads, so the test does not hang on hashes.
    const guide = await page.evaluate(() => self.sendaProgram);
    const name = (path) => path.split('/').pop();
    assert.match(name(guide.wasm), /^senda-guide-[0-9a-f]+_bg\.wasm$/);
    const code = fetched.map(name).filter((file) => file.endsWith('.wasm') || /^senda-.*\.js$/.test(file));
    // The program, its chunk loader and its chunks (the list's, a
    // service's page), which the offline copy keeps.
    const chunks = readdirSync(own.root).filter((file) => /^senda-guide-(split|chunk)-.*\.wasm$/.test(file));
    const guideCode = [...guide.preload.map((file) => file.href).map(name), ...chunks];
    const splitPoints = chunks.filter((file) => file.startsWith('senda-guide-split-')).map((file) => file.replace(/-[0-9a-f]+\.wasm$/, ''));
    assert.deepEqual(splitPoints.sort(), ['senda-guide-split-guide-finder', 'senda-guide-split-guide-service']);
    assert.deepEqual([...new Set(code)].sort(), [...new Set(guideCode)].sort(), fetched.join(', '));
    assert.equal(fetched.filter((path) => path.includes('checklist/')).length, 0, 'the checklist is for mentors');

    await own.stop();
    await page.reload();
    await page.waitForSelector('.call-list a[href="tel:112"]');
    await page.locator('.service-row').first().click();
    await page.waitForSelector('main h1');
    expectProblems(problems, /ERR_CONNECTION_REFUSED/);
    assert.deepEqual(problems.filter((problem) => !problem.includes('ERR_CONNECTION_REFUSED')), []);
    await context.close();
  });

  test("from a guide link, another of Senda's addresses starts the whole app, and the whole app shows the guide itself", async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const page = await context.newPage();
    const wasm = [];
    page.on('request', (request) => { if (request.url().endsWith('.wasm')) wasm.push(request.url().split('/').pop()); });
    await page.goto(server.url + '#/guide');
    await page.waitForSelector('.service-row');
    assert.ok(wasm.every((file) => file.startsWith('senda-guide-')), wasm.join(', '));
    // The guide's program has no safety tips: the page starts again, with
    // the whole app, at the same address.
    await page.evaluate(() => { location.hash = '#/safety'; });
    await page.waitForSelector('main h1:has-text("Safety")');
    assert.equal(page.url(), server.url + '#/safety');
    assert.ok(wasm.some((file) => /^senda-[0-9a-f]+_bg\.wasm$/.test(file)), wasm.join(', '));
    // Inside the whole app the guide's address is one of its own screens.
    const started = wasm.length;
    await page.evaluate(() => { location.hash = '#/guide/line-016'; });
    await page.waitForSelector('main h1:has-text("016")');
    assert.ok(wasm.slice(started).every((file) => !file.startsWith('senda-guide-')), wasm.join(', '));
    assert.equal(await page.locator('nav.site-nav').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("the page and the guide's program read an address alike: each odd one starts one program, once", async () => {
    const { context, problems } = await openContext(browser, server.origin);
    // The guide's program for these; the whole app, which never starts the
    // page again, for the rest.
    const cases = [
      ['#/guide', true], ['#guide', true], ['#/guide?x=1', true], ['#/guide/a/b', true], ['#/guide#x', true],
      ['#/guidebook', false], ['#//guide', false], ['#/Guide', false], ['#/safety', false], ['', false],
      // Names every object has: the first script's tables must not find them.
      ['#/constructor', false], ['#/__proto__', false], ['#/toString', false],
    ];
    for (const [hash, guide] of cases) {
      const page = await context.newPage();
      let loads = 0;
      page.on('load', () => { loads += 1; });
      await page.goto(server.url + hash);
      await page.waitForSelector('main h1, .service-row');
      await settled(page);
      const started = await page.evaluate(() => self.sendaProgram.js);
      assert.equal(started.includes('/senda-guide-'), guide, `${hash}: ${started}`);
      assert.equal(loads, 1, `${hash} started the page again`);
      await page.close();
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a shared link to one service opens it on a fresh profile with only the guide and quick exit', async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(server.url + '#/guide/line-016');
    await page.waitForSelector('main h1:has-text("016")');
    // A call to 016, a WhatsApp message to 600 000 016, and never a call to
    // a number that only takes messages.
    assert.equal(await page.locator('a[href="tel:016"]').count(), 1);
    assert.equal(await page.locator('a[href="https://wa.me/34600000016"]').count(), 1);
    assert.equal(await page.locator('a[href="tel:600000016"]').count(), 0);
    assert.match(await page.textContent('li:has(a[href="https://wa.me/34600000016"])'), /messages only, not calls/);
    assert.equal(await page.locator('nav.site-nav').count(), 0);
    assert.equal(await page.locator('#unlock-passphrase, #lock-offer-heading').count(), 0);
    assert.equal(await page.locator('button.quick-exit').count(), 1);
    assert.match(await page.textContent('main'), /call log/);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('every card shows its description whole or cut after a whole word with an ellipsis', async () => {
    const { context } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(server.url + '#/guide');
    await page.waitForSelector('.service-row');
    const cards = await page.$$eval('.service-row', (rows) => rows.map((row) => ({
      name: row.querySelector('.service-name').textContent, summary: row.querySelector('.service-summary').textContent,
    })));
    for (const { name, summary } of cards) {
      const service = DEFAULT_PACK.services.find((candidate) => candidate.name.en === name);
      const full = service.description.en;
      if (summary === full) continue;
      assert.ok(summary.endsWith('…'), `${name}: ${summary}`);
      const kept = summary.slice(0, -1);
      assert.ok(full.startsWith(kept), `${name}: ${summary}`);
      assert.match(full.charAt(kept.length), /[\s,.;:]/, `${name} is cut mid-word: ${summary}`);
    }
    await context.close();
  });

  test('emergency numbers are one tap from the guide, and a category is found by its name in each language', async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(server.url + '#/resources');
    await page.waitForSelector('.call-list a[href="tel:112"]');
    for (const [language, word, shown] of [['en', 'housing', 'Housing'], ['es', 'vivienda', 'Vivienda'], ['ca', 'habitatge', 'Habitatge']]) {
      await page.selectOption('#header-language', language);
      await page.fill('#resource-search', word);
      await page.waitForSelector(`.filters button:has-text("${shown}")`);
    }
    // A service's own words are searched in the language it is shown in
    // (a phone downloads the pack in that language only); its category
    // is found in every language, above.
    await page.fill('#resource-search', 'violència');
    await page.waitForSelector('.service-row:has-text("016")');
    await page.selectOption('#header-language', 'en');
    await page.fill('#resource-search', 'violence');
    await page.waitForSelector('.service-row:has-text("016")');
    await page.click('.service-row:has-text("016")');
    await page.waitForSelector('#share-url');
    assert.equal(await page.inputValue('#share-url'), `${server.url}#/guide/line-016`);
    assert.equal(await page.locator('svg.qr[role="img"] path').count(), 1);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.click('button:has-text("Copy link")');
    await page.waitForSelector('[role="status"]:has-text("Link copied.")');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${server.url}#/guide/line-016`);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("a mentee's first screen offers help lines only, and the reporting channel sits in legal help saying what reporting means", async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(server.url + '#/guide');
    await page.waitForSelector('.call-list a[href="tel:112"]');
    const buttons = await page.$$eval('.call-list a', (links) => links.map((link) => `${link.getAttribute('href')} ${link.textContent}`));
    assert.ok(buttons.length >= 4, buttons.join(' | '));
    for (const button of buttons) {
      // Neither a police line nor a channel to report: for a woman told the
      // police will deport her, such a button is a threat, not help.
      assert.doesNotMatch(button, /police|polic[ií]a|report|denunci|tel:091|tel:900105090/i);
    }
    await page.goto(server.url + '#/guide/trafficking-report');
    await page.waitForSelector('main h1:has-text("900 10 50 90")');
    const text = await page.textContent('main');
    assert.match(text, /Legal help and rights/);
    assert.match(text, /your choice/);
    assert.match(text, /must not expel you/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("a service's page shows when its source was read and the source's own date, and says when a confidential line is not", async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const page = await context.newPage();
    for (const [language, dated] of [['en', /Last checked: .*(2 December|December 2),? 2026, on a page dated /], ['es', /Comprobado por última vez: .*2 de diciembre de 2026, en una página fechada /]]) {
      await page.goto(server.url + '#/guide/line-024');
      await page.waitForSelector('main h1:has-text("024")');
      await page.selectOption('#header-language', language);
      await page.waitForFunction((pattern) => new RegExp(pattern).test(document.querySelector('main').textContent), dated.source);
    }
    await page.selectOption('#header-language', 'en');
    await page.waitForSelector('main p:has-text("confidential")');
    assert.match(await page.textContent('main p:has-text("confidential")'), /if they think your life is in danger.*112/);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the guide opens offline after the first visit', async () => {
    const offline = await serveDist();
    const { context } = await openContext(browser, offline.origin);
    const page = await context.newPage();
    await page.goto(offline.url + '#/resources');
    await page.waitForSelector('.call-list a[href="tel:112"]');
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForSelector('.call-list a[href="tel:112"]');
    await offline.stop();
    await page.reload();
    await page.waitForSelector('.call-list a[href="tel:112"]');
    await context.close();
  });

  test("HTML in an organisation's service name shows as text, and a pack with a javascript: link is left out whole", async () => {
    const own = await serveDist();
    const packPath = join(own.root, 'resources', 'organisation.json');
    const { context } = await openContext(browser, own.origin);
    const page = await context.newPage();

    writeFileSync(packPath, organisationPack({ name: { en: '<img src=x onerror="window.injected=1">Harbour <b>now</b>' } }));
    await page.goto(own.url + '#/resources');
    await page.waitForSelector('.service-row:has-text("Harbour")');
    assert.match(await page.textContent('.service-row:has-text("Harbour") .service-name'), /<img src=x/);
    assert.equal(await page.locator('main img, main b').count(), 0);
    assert.equal(await page.evaluate(() => window.injected), undefined);

    writeFileSync(packPath, organisationPack({ name: { en: 'Evil link' }, url: 'JavaScript:alert(1)' }));
    const fresh = await context.newPage();
    await fresh.goto(own.url + '#/resources');
    await fresh.waitForSelector('text=org-service — url');
    assert.equal(await fresh.locator('.service-row:has-text("Evil link")').count(), 0);
    assert.equal(await fresh.locator('a[href^="javascript" i]').count(), 0);
    assert.ok(await fresh.locator('.call-list a[href="tel:112"]').count() > 0);
    await context.close();
    await own.stop();
  });

  test('importing a good pack adds its services; a bad one changes nothing and names the service and field', async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(server.url + '#/resources');
    await page.waitForSelector('#pack-file');
    const good = organisationPack({ name: { en: 'Imported housing desk' }, category: 'housing' });
    await page.setInputFiles('#pack-file', { name: 'pack.json', mimeType: 'application/json', buffer: Buffer.from(good) });
    await page.waitForSelector('text=Services added to the guide on this device: 1.');
    await page.waitForSelector('.service-row:has-text("Imported housing desk")');
    const stored = await page.evaluate(() => localStorage.getItem('senda/resources/imported'));

    const bad = organisationPack({ name: { en: 'Bad one' }, category: 'shelters', assured_date: '2026-02-31' });
    await page.setInputFiles('#pack-file', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    await page.waitForSelector('text=Nothing was changed');
    assert.match(await page.textContent('[role="alert"]'), /org-service — category: not one of Senda's categories/);
    assert.match(await page.textContent('[role="alert"]'), /org-service — assured_date/);
    assert.equal(await page.evaluate(() => localStorage.getItem('senda/resources/imported')), stored);
    await page.reload();
    await page.waitForSelector('.service-row:has-text("Imported housing desk")');
    assert.equal(await page.locator('.service-row:has-text("Bad one")').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("a mentor's own service: refused fields are named, then it is saved, marked, edited, exported as a pack another Senda imports, and deleted", async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(server.url + '#/resources');
    await page.click('a:has-text("Add a service")');
    await page.waitForSelector('#own-name');
    await page.fill('#own-name', 'Neighbourhood clinic');
    await page.selectOption('#own-category', 'health');
    await page.fill('#own-description', 'Walk-in care on Tuesdays, <b>no</b> papers asked');
    await page.fill('#own-phones', '93 000 00 00');
    await page.fill('#own-website', 'javascript:alert(1)');
    await page.click('button:has-text("Save the service")');
    await page.waitForSelector('text=Nothing was saved');
    assert.equal(await page.getAttribute('#own-website', 'aria-invalid'), 'true');
    assert.equal(await page.evaluate(() => localStorage.getItem('senda/resources/own')), null);
    assert.deepEqual(await axeViolations(page), []);

    await page.fill('#own-website', 'https://clinic.example.org');
    await page.click('button:has-text("Save the service")');
    await page.waitForSelector('main h1:has-text("Neighbourhood clinic")');
    assert.match(await page.textContent('main'), /Your entry/);
    assert.match(await page.textContent('.service .pack-text'), /<b>no<\/b>/);
    assert.equal(await page.locator('#share-url').count(), 0, 'her entry is only on this device');
    await page.click('a:has-text("Edit")');
    await page.waitForSelector('#own-name');
    assert.equal(await page.inputValue('#own-name'), 'Neighbourhood clinic');
    await page.fill('#own-name', 'Neighbourhood clinic (Raval)');
    await page.click('button:has-text("Save the service")');
    await page.waitForSelector('main h1:has-text("Raval")');

    await page.goto(server.url + '#/resources');
    await page.reload();
    await page.waitForSelector('.service-row:has-text("Raval") .own-mark');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("Export them")')]);
    const exported = readFileSync(await download.path(), 'utf8');
    assert.match(download.suggestedFilename(), /^senda-services-\d{4}-\d{2}-\d{2}\.json$/);

    const elsewhere = await openContext(browser, server.origin);
    const other = await elsewhere.context.newPage();
    await other.goto(server.url + '#/resources');
    await other.waitForSelector('#pack-file');
    await other.setInputFiles('#pack-file', { name: 'services.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await other.waitForSelector('.service-row:has-text("Raval")');
    await elsewhere.context.close();

    page.once('dialog', (dialog) => dialog.accept());
    await page.click('.service-row:has-text("Raval")');
    await page.click('button:has-text("Delete")');
    await page.waitForSelector('#resource-search');
    assert.equal(await page.locator('.service-row:has-text("Raval")').count(), 0);
    assert.deepEqual(JSON.parse(await page.evaluate(() => localStorage.getItem('senda/resources/own'))).data, []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
