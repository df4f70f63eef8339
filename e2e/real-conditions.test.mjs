// Safety under real conditions: what a second tab, the browser's history, a
// forged resource pack or someone holding the phone could do to her data.
// Each test reproduces a scenario that broke an earlier build.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DERIVATION_MS, NEUTRAL, PASSPHRASE, axeViolations, contextWithNeutralSite, expectProblems, openContext, plantRecords, pollInPage, saveFile, sendaKeys, serveAndLaunch, setPassphrase, settled, storedValues, unlock, waitForApp, waitForWholeAppOffline, writeEntry } from './support.mjs';

const DEFAULT_PACK = JSON.parse(readFileSync(new URL('../public/resources/default.json', import.meta.url), 'utf8'));

/** Records every value the page gives `document.title`, from the first script on. */
async function recordTitles(context) {
  await context.addInitScript(() => {
    const own = Object.getOwnPropertyDescriptor(Document.prototype, 'title');
    window.__titles = [];
    Object.defineProperty(document, 'title', {
      get() { return own.get.call(this); },
      set(value) { window.__titles.push(String(value)); own.set.call(this, value); },
    });
  });
}

describe('safety under real conditions', () => {
  const { server, browser } = serveAndLaunch();

  test('no page title or address ever holds what she wrote', async () => {
    const { context, problems } = await openContext(browser, server.origin);
    await recordTitles(context);
    const page = await context.newPage();
    const marker = `MARKER${Date.now()}`;
    const seen = [];
    const look = async () => seen.push(await page.title(), page.url());
    await writeEntry(page, server.url, `${marker} was the first line`, `Title ${marker}`);
    await look();
    await page.click('text=Edit');
    await page.waitForSelector('#entry-body');
    await look();
    await page.fill('#entry-body', `${marker} changed`);
    await page.click('form.entry-form button[type="submit"]');
    await page.waitForSelector('article.entry');
    await look();
    await page.goto(server.url + '#/journal');
    await page.waitForSelector('.entry-row');
    await look();
    await page.goBack();
    await page.waitForSelector('article.entry');
    await look();
    const titles = await page.evaluate(() => window.__titles);
    assert.ok(titles.length > 0, 'the app sets titles');
    assert.deepEqual([...seen, ...titles].filter((text) => text.includes(marker)), []);
    assert.equal(await page.title(), 'Journal entry · Senda');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("a pack that reuses 016's id cannot change the number the call buttons and 016's page dial", async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(server.url + '#/resources');
    await page.waitForSelector('#pack-file');
    const original = DEFAULT_PACK.services.find((service) => service.id === 'line-016');
    const forged = { ...original, name: { en: 'FORGED 016' }, phones: [{ number: '600 123 456', type: 'voice' }] };
    const desk = { ...original, id: 'imported-desk', category: 'housing', name: { en: 'Imported desk' }, phones: [{ number: '600 654 321', type: 'voice' }] };
    const pack = { profile: DEFAULT_PACK.profile, organizations: DEFAULT_PACK.organizations, services: [forged, desk] };
    await page.setInputFiles('#pack-file', { name: 'forged.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
    await page.waitForSelector('text=so they were not imported');
    assert.match(await page.textContent('[role="alert"]'), /FORGED 016 \(line-016\)/);
    assert.equal(await page.evaluate(() => localStorage.getItem('senda/resources/imported')), null, 'nothing before she confirms');
    await page.click('text=Import the other 1 services');
    await page.waitForSelector('.service-row:has-text("Imported desk")');
    assert.match(await page.textContent('.service-row:has-text("Imported desk")'), /Imported from the file forged\.json on/);

    const calls = await page.$$eval('.call-list a', (links) => links.map((link) => link.getAttribute('href')));
    assert.ok(calls.includes('tel:016'), calls.join(' '));
    assert.ok(!calls.includes('tel:600123456') && !calls.includes('tel:600654321'), calls.join(' '));
    assert.equal(await page.locator('.service-row:has-text("FORGED 016")').count(), 0);

    await page.goto(server.url + '#/resources/line-016');
    await page.waitForSelector('article.service a[href^="tel:"]');
    const dialled = await page.$$eval('article.service a[href^="tel:"]', (links) => links.map((link) => link.getAttribute('href')));
    assert.ok(dialled.includes('tel:016') && !dialled.includes('tel:600123456'), dialled.join(' '));
    await page.reload();
    await page.waitForSelector('article.service a[href^="tel:"]');
    assert.ok(!(await page.content()).includes('600 123 456'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("the restore's undo copy holds nothing readable once a passphrase is set", async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const page = await context.newPage();
    const marker = `UNDO${Date.now()}`;
    await writeEntry(page, server.url, `Before the restore ${marker}`, 'Kept');
    await page.goto(server.url + '#/settings');
    const download = await saveFile(page, 'text=Download a backup');
    await page.setInputFiles('#restore-file', await download.path());
    await page.click('text=Replace everything with this backup');
    await page.waitForSelector('text=The backup was restored.');
    await setPassphrase(page, server.url);
    assert.deepEqual((await storedValues(page)).filter((value) => value.includes(marker)), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the advice after setting a passphrase is honest about a forgotten one', async () => {
    const { context } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await setPassphrase(page, server.url);
    const said = await page.textContent('main');
    assert.doesNotMatch(said, /only way back/);
    assert.match(said, /cannot help if the passphrase is forgotten/);
    await context.close();
  });

  test('a passphrase changed in one tab and then in another leaves every entry readable', async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const first = await context.newPage();
    await setPassphrase(first, server.url);
    const marker = `TWO-TABS${Date.now()}`;
    await writeEntry(first, server.url, `Words in both tabs ${marker}`, 'Two tabs');
    const second = await context.newPage();
    await second.goto(server.url + '#/settings');
    await unlock(second, PASSPHRASE);
    await second.waitForSelector('#current-passphrase', { timeout: DERIVATION_MS });

    const change = async (page, from, to) => {
      await page.goto(server.url + '#/settings');
      if (await page.locator('#unlock-passphrase').count()) {
        await unlock(page, from);
      }
      await page.waitForSelector('#current-passphrase', { timeout: DERIVATION_MS });
      await page.fill('#current-passphrase', from);
      await page.fill('#new-passphrase', to);
      await page.fill('#repeat-passphrase', to);
      await page.click('text=Change passphrase >> nth=-1');
      const outcome = page.locator('text=/The passphrase was changed|in another Senda tab/');
      await outcome.waitFor({ timeout: DERIVATION_MS });
      return (await outcome.textContent()).includes('was changed');
    };
    assert.ok(await change(first, PASSPHRASE, 'second passphrase here'));
    const applied = await change(second, 'second passphrase here', 'third passphrase here');
    const last = applied ? 'third passphrase here' : 'second passphrase here';

    const check = await context.newPage();
    await check.goto(server.url + '#/journal');
    await check.waitForSelector('#unlock-passphrase');
    await unlock(check, last);
    await check.waitForSelector(`text=Two tabs`, { timeout: DERIVATION_MS });
    await check.click('text=Two tabs');
    await check.waitForSelector(`text=${marker}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a tab that missed the passphrase being removed and set again seals nothing with the old key, and keeps her words for the new one', async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const first = await context.newPage();
    await setPassphrase(first, server.url);
    const away = await context.newPage();
    // What a tab in the back/forward cache (or frozen in the background)
    // misses while it is away: every storage event another tab causes.
    await away.addInitScript(() => {
      window.addEventListener('storage', (event) => { if (window.__away) event.stopImmediatePropagation(); }, true);
    });
    await away.goto(server.url + '#/journal/new');
    await unlock(away, PASSPHRASE);
    await away.waitForSelector('#entry-body', { timeout: DERIVATION_MS });
    await away.evaluate(() => { window.__away = true; });

    const next = 'a new sentence to remember';
    await first.goto(server.url + '#/settings');
    await first.waitForSelector('#current-passphrase');
    await first.fill('#current-passphrase', PASSPHRASE);
    await first.click('text=Remove passphrase');
    await first.waitForSelector('text=The passphrase was removed', { timeout: DERIVATION_MS });
    await setPassphrase(first, server.url, next);

    await away.evaluate(() => { window.__away = false; });
    const marker = `AWAY${Date.now()}`;
    await away.fill('#entry-body', `Words from the tab that was away ${marker}`);
    await away.fill('#entry-title', 'Away');
    await away.click('form.entry-form button[type="submit"]');
    // The old key opens nothing now: the tab locks, and her words wait for the new passphrase.
    await away.waitForSelector('#unlock-passphrase', { timeout: 5000 });
    await unlock(away, next);
    await away.waitForSelector('#entry-body', { timeout: DERIVATION_MS });
    assert.match(await away.inputValue('#entry-body'), new RegExp(marker));

    const check = await context.newPage();
    await check.goto(server.url + '#/journal/new');
    await unlock(check, next);
    await check.waitForSelector('#entry-body', { timeout: DERIVATION_MS });
    assert.match(await check.inputValue('#entry-body'), new RegExp(marker));
    await check.goto(server.url + '#/journal');
    await check.waitForSelector('h1');
    assert.equal(await check.locator('text=could not be read').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("a window opened while another tab re-seals her notes leaves that tab's copies alone, and tidies them once that tab is gone", async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const first = await context.newPage();
    await writeEntry(first, server.url, 'Words being sealed', 'Sealing');
    // The first tab half way through setting a passphrase, as rekey::stage
    // leaves it: the storage lock held, its mark and a sealed copy written.
    const copy = 'senda/vault-next/journal/being-sealed';
    const sealedCopy = JSON.stringify({ v: 1, rev: 1, sealed: 'AAAA' });
    await first.evaluate(() => new Promise((held) => {
      navigator.locks.request('senda-storage', () => new Promise((release) => { window.__release = release; held(); }));
    }));
    await first.evaluate(([key, text]) => {
      localStorage.setItem('senda/vault/rekey-under-way', '1');
      localStorage.setItem(key, text);
    }, [copy, sealedCopy]);

    const second = await context.newPage();
    await second.goto(server.url + '#/journal');
    await second.waitForSelector('text=Sealing');
    assert.equal(await second.evaluate((key) => localStorage.getItem(key), copy), sealedCopy, 'the change under way keeps its copy');
    assert.equal(await second.evaluate(() => localStorage.getItem('senda/vault/rekey-under-way')), '1');

    // The tab closes mid-change: the browser frees its lock, and the next start tidies up.
    await first.close();
    const third = await context.newPage();
    await third.goto(server.url + '#/journal');
    await third.waitForSelector('text=Sealing');
    assert.equal(await third.evaluate((key) => localStorage.getItem(key), copy), null);
    assert.equal(await third.evaluate(() => localStorage.getItem('senda/vault/rekey-under-way')), null);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('one sealed record on a phone with no passphrase is named as unreadable, and every other entry still shows', async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await writeEntry(page, server.url, 'An entry that must stay visible', 'Still here');
    // What a co-hosted page, or a record Remove could not open, leaves behind.
    await page.evaluate(() => localStorage.setItem('senda/journal/planted', JSON.stringify({ v: 1, rev: 1, sealed: 'AAAA' })));
    await page.goto(server.url + '#/journal');
    await page.reload();
    await page.waitForSelector('text=Still here');
    await page.waitForSelector('text=Entries that could not be read and are kept untouched: 1');
    assert.equal(await page.evaluate(() => localStorage.getItem('senda/journal/planted')), JSON.stringify({ v: 1, rev: 1, sealed: 'AAAA' }));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('quick exit in one tab takes her words off every other tab within a second', async () => {
    const context = await contextWithNeutralSite(browser);
    const first = await context.newPage();
    await writeEntry(first, server.url, 'Private words on two screens', 'Two screens');
    const second = await context.newPage();
    await second.goto(first.url());
    await second.waitForSelector('text=Private words on two screens');
    await first.bringToFront();
    for (let press = 0; press < 3; press += 1) await first.keyboard.press('Shift');
    await first.waitForURL(NEUTRAL);
    await pollInPage(second, () => !(document.body?.innerText ?? '').includes('Private words'), { timeout: 1000 });
    await context.close();
  });

  test('a wipe with a second tab open leaves nothing of Senda: no record, no offline copy, no worker, no tab showing Senda', async () => {
    const { context, problems } = await openContext(browser, server.origin);
    await context.route(`${NEUTRAL}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><p>Sunny</p>' }));
    const first = await context.newPage();
    await first.clock.install();
    await first.goto(server.url + '#/settings');
    await waitForApp(first);
    await waitForWholeAppOffline(first);
    await first.reload();
    await waitForApp(first);
    const second = await context.newPage();
    await second.goto(server.url + '#/journal/new');
    await second.waitForSelector('#entry-body');
    await second.fill('#entry-body', 'A draft that must not come back');
    await pollInPage(second, () => Object.keys(localStorage).some((key) => key.startsWith('senda/journal-drafts/')));
    await first.bringToFront();
    await first.fill('#wipe-word', 'DELETE');
    await first.click('section.danger button[type="submit"]');
    await second.waitForURL(NEUTRAL);
    await first.waitForSelector('text=Left in this browser: 0 Senda records and 0 parts of its offline copy');
    // What a timer, a tab, a worker or an organisation file could bring
    // back would come within seconds: past them, with every request ended,
    // the origin must still be empty.
    await first.clock.fastForward(10_000);
    await settled(first);
    assert.deepEqual(await sendaKeys(first), []);
    assert.deepEqual(await first.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('senda-app-'))), []);
    assert.equal(await first.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
    assert.equal(second.url(), NEUTRAL);
    expectProblems(problems, new RegExp(`^request to another origin: ${NEUTRAL.replace(/[.?/]/g, '\\$&')}$`));
    assert.deepEqual(problems, [`request to another origin: ${NEUTRAL}`], 'the other tab went to the neutral site, and nothing else left');
    await context.close();
  });

  test("Safari on an iPhone, outside the Home Screen app, is named before she writes, and the backup reminder comes after 5 days, not 30", async () => {
    const iphone = {
      userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true,
    };
    const { context, problems } = await openContext(browser, server.origin, iphone);
    const page = await context.newPage();
    await page.goto(server.url + '#/journal');
    await waitForApp(page);
    const notice = page.locator('.safari-notice');
    await notice.waitFor();
    assert.match(await notice.textContent(), /seven days/);
    assert.match(await notice.textContent(), /Add to Home Screen/);
    assert.deepEqual(await axeViolations(page), []);
    await page.goto(server.url + '#/guide');
    await page.waitForSelector('.call-list a[href="tel:112"]');
    assert.equal(await page.locator('.safari-notice').count(), 0, "a mentee's guide link is not told to install");

    await writeEntry(page, server.url, 'Written in Safari', 'Safari');
    await page.clock.install({ time: Date.now() + 6 * 24 * 3600 * 1000 });
    await page.goto(server.url + '#/journal');
    await page.reload();
    await page.waitForSelector('#backup-reminder-heading');
    assert.deepEqual(problems, []);
    await context.close();

    // The same days in a browser that keeps data: no notice, no reminder yet.
    const desktop = await openContext(browser, server.origin);
    const other = await desktop.context.newPage();
    await writeEntry(other, server.url, 'Written elsewhere', 'Elsewhere');
    await other.clock.install({ time: Date.now() + 6 * 24 * 3600 * 1000 });
    await other.goto(server.url + '#/journal');
    await other.reload();
    await other.waitForSelector('.entry-row');
    assert.equal(await other.locator('.safari-notice').count(), 0);
    assert.equal(await other.locator('#backup-reminder-heading').count(), 0);
    await desktop.context.close();
  });

  test('a backup that sets auto-lock to nothing is refused by name and changes nothing', async () => {
    const { context } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await writeEntry(page, server.url, 'Entry before the forged settings', 'Forged settings');
    await plantRecords(page, { 'senda/settings/auto-lock': { idle_seconds: 0 }, 'senda/settings/quick-exit': 'http://tracker.example/' });
    await page.goto(server.url + '#/settings');
    await page.reload();
    const forged = await (await saveFile(page, 'text=Download a backup')).path();
    const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
    await page.setInputFiles('#restore-file', forged);
    await page.waitForSelector('text=The record refused: senda/settings/auto-lock');
    assert.equal(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort())), before);
    await context.close();
  });

  test('wrong passphrases in Settings meet the same wait as on the lock screen, and no field offers to save it', async () => {
    const { context } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await setPassphrase(page, server.url);
    // Three tries are free; after them Senda waits before the next one.
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await page.fill('#current-passphrase', `wrong guess ${attempt}`);
      await page.fill('#new-passphrase', 'a new passphrase here');
      await page.fill('#repeat-passphrase', 'a new passphrase here');
      await page.click('text=Change passphrase >> nth=-1');
      await page.waitForSelector('text=That passphrase does not open Senda', { timeout: DERIVATION_MS });
      await page.waitForSelector('text=That passphrase does not open Senda', { state: 'detached', timeout: 1000 }).catch(() => {});
    }
    await page.fill('#current-passphrase', PASSPHRASE);
    await page.click('text=Change passphrase >> nth=-1');
    await page.waitForSelector('text=/Try again in \\d+ seconds/');
    const kinds = await page.$$eval('input[type="password"]', (inputs) => inputs.map((input) => input.getAttribute('autocomplete')));
    assert.ok(kinds.every((kind) => kind === 'off'), `no field invites a password manager: ${kinds.join(' ')}`);
    await page.click('header button.lock-button');
    await page.waitForSelector('#unlock-passphrase');
    assert.equal(await page.getAttribute('#unlock-passphrase', 'autocomplete'), 'off');
    await unlock(page, PASSPHRASE);
    await page.waitForSelector('text=/Try again in \\d+ seconds/');
    await context.close();
  });

  test('an export or a print is preceded by one sentence saying it is not encrypted', async () => {
    const { context } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await writeEntry(page, server.url, 'Words for the printer', 'Print me');
    await page.goto(server.url + '#/journal');
    await page.waitForSelector('.entry-row');
    let downloads = 0;
    page.on('download', () => { downloads += 1; });
    for (const label of ['Export as a text file (Markdown)', 'Print']) {
      await page.click(`button:has-text("${label}")`);
      await page.waitForSelector('text=This is not encrypted');
      await page.click('[role="alert"] button:has-text("Cancel")');
      await page.waitForSelector('text=This is not encrypted', { state: 'detached' });
    }
    assert.equal(downloads, 0);
    await context.close();
  });

  test('a record written by a newer Senda is kept byte for byte', async () => {
    const { context } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(server.url + '#/journal');
    await waitForApp(page);
    const newer = JSON.stringify({ v: 9, rev: 3, data: { code: 'es', more: 'from a newer Senda' } });
    await page.evaluate((newer) => localStorage.setItem('senda/settings/language', newer), newer);
    await page.selectOption('#header-language', 'ca');
    await page.locator('html[lang="ca"]').waitFor({ state: 'attached' });
    await settled(page);
    assert.equal(await page.evaluate(() => localStorage.getItem('senda/settings/language')), newer);
    await context.close();
  });

  test('leaving the page locks Senda when she chose "at once"', async () => {
    const { context } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await setPassphrase(page, server.url);
    await page.selectOption('#hide-on-leaving', '0');
    await writeEntry(page, server.url, 'Words nobody should see later', 'Left');
    await page.evaluate(() => {
      // What a browser does when she switches app: both properties change, then the event.
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    });
    await page.waitForSelector('#unlock-passphrase', { timeout: 3000 });
    assert.ok(!(await page.content()).includes('Words nobody should see later'));
    await context.close();
  });

  test("lists and charts in another tab show what this tab saved, without a reload", async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const writing = await context.newPage();
    const reading = await context.newPage();
    await reading.goto(server.url + '#/conversations');
    await waitForApp(reading);
    await writing.goto(server.url + '#/conversations/new');
    await writing.fill('#conversation-alias', 'Rosa');
    await writing.click('button:text-is("Start")');
    await writing.waitForSelector('.checklist-section');
    await reading.waitForSelector('main :text("Rosa")', { timeout: 3000 });

    await reading.goto(server.url + '#/self-care/trends');
    await reading.waitForSelector('h1');
    await writing.goto(server.url + '#/self-care');
    await writing.click('fieldset:has(legend:text-is("Mood")) label:has-text("High")');
    await writing.click('button:has-text("Save today\'s check-in")');
    await writing.waitForSelector('text=Saved. You can change it any time today.');
    await reading.waitForSelector('#chart-mood-summary:has-text("from 1 of")', { timeout: 3000 });
    assert.deepEqual(problems, []);
    await context.close();
  });
});
