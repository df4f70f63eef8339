// Safety and privacy in a real browser: the lock seals what she writes,
// quick exit leaves no way back to it, wipe leaves nothing, and a backup
// brings everything back exactly.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  DERIVATION_MS, NEUTRAL, PASSPHRASE, axeViolations, contextWithNeutralSite, openContext, plantRecords, pollInPage,
  saveFile, seedRecords, sendaKeys, serveAndLaunch, setPassphrase, settled, storedValues, unlock, waitForApp, workerBuild,
  writeEntry,
} from './support.mjs';

const journalData = (page) => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('senda/journal/')).sort()
  .map((key) => JSON.parse(localStorage.getItem(key)).data));

describe('safety and privacy', () => {
  const { server, browser } = serveAndLaunch();

  test('with a passphrase nothing she writes is readable in storage, and only the right passphrase opens it', async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await setPassphrase(page, server.url);
    const marker = `MARKER-${Date.now()}`;
    await writeEntry(page, server.url, `Met A. today ${marker}`, `Title ${marker}`);
    const values = await storedValues(page);
    assert.ok(values.length > 0);
    assert.deepEqual(values.filter((value) => value.includes(marker)), []);

    await page.reload();
    await page.waitForSelector('#unlock-passphrase');
    assert.ok(!(await page.content()).includes(marker));
    assert.deepEqual(await axeViolations(page), [], 'lock screen');
    await unlock(page, 'not the passphrase');
    await page.waitForSelector('text=That passphrase does not open Senda', { timeout: DERIVATION_MS });
    assert.ok(!(await page.content()).includes(marker));
    await unlock(page, PASSPHRASE);
    await page.waitForSelector(`text=${marker}`, { timeout: DERIVATION_MS });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the lock button locks at once, and after a change only the new passphrase opens Senda', async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await setPassphrase(page, server.url);
    await writeEntry(page, server.url, 'Words kept through a change', 'Changed');
    await page.goto(server.url + '#/settings');
    await page.fill('#current-passphrase', PASSPHRASE);
    await page.fill('#new-passphrase', 'otra frase distinta');
    await page.fill('#repeat-passphrase', 'otra frase distinta');
    await page.click('text=Change passphrase >> nth=-1');
    await page.waitForSelector('text=The passphrase was changed', { timeout: DERIVATION_MS });
    await page.click('header button.lock-button');
    await page.waitForSelector('#unlock-passphrase');
    await unlock(page, PASSPHRASE);
    await page.waitForSelector('text=That passphrase does not open Senda', { timeout: DERIVATION_MS });
    await unlock(page, 'otra frase distinta');
    await page.waitForSelector('#lock-heading', { timeout: DERIVATION_MS });
    await page.goto(server.url + '#/journal');
    await page.waitForSelector('text=Changed');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the journal offers the lock once, and reminds of a backup after 30 days', async () => {
    const { context } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(server.url + '#/journal');
    await page.waitForSelector('#lock-offer-heading');
    await page.click('text=Not now');
    await page.reload();
    await waitForApp(page);
    await page.waitForSelector('text=Nothing written yet.');
    assert.equal(await page.locator('#lock-offer-heading').count(), 0);

    const old = Date.now() - 40 * 24 * 3600 * 1000;
    await seedRecords(page, { 'senda/journal/old': {
      id: 'old', written_at: '2026-10-01T10:00', created_ms: old, updated_ms: old, title: 'Old', body: 'old words', mood: null, tags: [], conversation_id: null, deleted_ms: null,
    } });
    await page.reload();
    await page.waitForSelector('#backup-reminder-heading');
    await page.click('text=Remind me in 30 days');
    await page.reload();
    await page.waitForSelector('.entry-row');
    assert.equal(await page.locator('#backup-reminder-heading').count(), 0);
    await context.close();
  });

  // A lock set, an entry on screen, auto-lock stored as `seconds` (by
  // `write`: Senda's codec, or `plantRecords` for a value it never offers)
  // and the page on a fake clock, so a test moves time instead of waiting.
  async function openWithAutoLock(context, seconds, words, write = seedRecords) {
    const page = await context.newPage();
    await setPassphrase(page, server.url);
    await writeEntry(page, server.url, words, 'Auto-lock entry');
    await write(page, { 'senda/settings/auto-lock': { idle_seconds: seconds } });
    await page.clock.install();
    await page.reload();
    await unlock(page, PASSPHRASE);
    await page.waitForSelector(`text=${words}`, { timeout: DERIVATION_MS });
    return page;
  }

  test('Senda locks itself after the idle time and takes her words off the screen', async () => {
    const { context } = await openContext(browser, server.origin);
    // The shortest time Settings offers, a minute.
    const page = await openWithAutoLock(context, 60, 'Idle test words');
    await page.clock.fastForward(50_000);
    await settled(page);
    assert.ok(await page.isVisible('text=Idle test words'), 'not before the minute');
    await page.clock.fastForward(11_000);
    await page.waitForSelector('#unlock-passphrase', { timeout: 5000 });
    assert.ok(!(await page.content()).includes('Idle test words'));
    await context.close();
  });

  test('quick exit by button leaves for the neutral site, and Back does not bring Senda back', async () => {
    const context = await contextWithNeutralSite(browser);
    const page = await context.newPage();
    await writeEntry(page, server.url, 'Private words for quick exit', 'Exit entry');
    await page.goto(server.url + '#/journal');
    await waitForApp(page);
    await page.click('button.quick-exit');
    await page.waitForURL(NEUTRAL);
    await page.goBack();
    await page.waitForURL(NEUTRAL);
    assert.match(await page.title(), /Weather/);
    assert.ok(!(await page.content()).includes('Private words'));
    await context.close();
  });

  test('pressing Shift three times leaves too, and a lock set is locked when she comes back', async () => {
    const context = await contextWithNeutralSite(browser);
    const page = await context.newPage();
    await setPassphrase(page, server.url);
    await writeEntry(page, server.url, 'Shift test words', 'Shift entry');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForURL(NEUTRAL);
    await page.goBack();
    await page.waitForURL(NEUTRAL);
    // Opening Senda afresh asks for the passphrase.
    await page.goto(server.url + '#/journal');
    await page.waitForSelector('#unlock-passphrase');
    assert.ok(!(await page.content()).includes('Shift test words'));
    await context.close();
  });

  test('typing capitals in an entry never triggers quick exit', async () => {
    const context = await contextWithNeutralSite(browser);
    const page = await context.newPage();
    await page.goto(server.url + '#/journal/new');
    await page.waitForSelector('#entry-body');
    await page.keyboard.type('ABC DEF GHI');
    await settled(page);
    // Leaving hides the page and marks the tab in the same instant (src/js/quick_exit.js).
    assert.deepEqual(await page.evaluate(() => [document.querySelector('#entry-body').value, sessionStorage.getItem('senda-quick-exit'), document.documentElement.classList.contains('leaving')]), ['ABC DEF GHI', null, false]);
    assert.ok(page.url().startsWith(server.url));
    await context.close();
  });

  test('wipe removes every Senda key and shows an empty journal', async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await setPassphrase(page, server.url);
    await writeEntry(page, server.url, 'To be wiped', 'Wipe entry');
    await page.goto(server.url + '#/settings');
    await page.waitForSelector('#wipe-word');
    assert.ok(await page.isDisabled('section.danger button[type="submit"]'));
    await page.fill('#wipe-word', 'DELETE');
    await page.click('section.danger button[type="submit"]');
    await page.waitForSelector('text=Left in this browser: 0 Senda records and 0 parts of its offline copy');
    assert.deepEqual(await sendaKeys(page), []);
    await page.goto(server.url + '#/journal');
    await page.waitForSelector('p.empty');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('export, wipe and restore give back exactly the same entries, and the restore can be undone', async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await writeEntry(page, server.url, 'First, with ñ and l·l', 'One');
    await writeEntry(page, server.url, 'Second', 'Two');
    const before = await journalData(page);
    await page.goto(server.url + '#/settings');
    const download = await saveFile(page, 'text=Download a backup');
    const file = await download.path();
    assert.match(readFileSync(file, 'utf8'), /"format": "senda-backup"/);

    await page.fill('#wipe-word', 'DELETE');
    await page.click('section.danger button[type="submit"]');
    await page.waitForSelector('text=Left in this browser: 0 Senda records and 0 parts of its offline copy');

    await page.setInputFiles('#restore-file', file);
    await page.waitForSelector('text=2 journal entries');
    await page.click('text=Replace everything with this backup');
    await page.waitForSelector('text=The backup was restored.');
    assert.deepEqual(await journalData(page), before);
    await page.goto(server.url + '#/journal');
    await page.waitForSelector('.entry-row');
    assert.equal(await page.locator('.entry-row').count(), 2);

    await page.goto(server.url + '#/settings');
    await page.click('text=Undo the last restore');
    await page.waitForSelector('text=The backup was restored.');
    assert.deepEqual(await journalData(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a sealed backup needs the passphrase, and a damaged or foreign file changes nothing', async () => {
    const { context } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await setPassphrase(page, server.url);
    await writeEntry(page, server.url, 'Sealed backup words', 'Sealed');
    await page.goto(server.url + '#/settings');
    const download = await saveFile(page, 'text=Download a backup');
    const sealed = readFileSync(await download.path(), 'utf8');
    assert.ok(!sealed.includes('Sealed backup words'));
    const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

    const damaged = sealed.slice(0, sealed.length - 40);
    for (const [name, text, message] of [
      ['damaged.json', damaged, 'This file is not a Senda backup'],
      ['photo.json', '{"format":"other"}', 'This file is not a Senda backup'],
      ['newer.json', '{"format":"senda-backup","version":7}', 'made by a newer Senda'],
    ]) {
      await page.setInputFiles('#restore-file', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await page.waitForSelector(`text=${message}`);
    }
    await page.setInputFiles('#restore-file', { name: 'sealed.json', mimeType: 'application/json', buffer: Buffer.from(sealed) });
    await page.fill('#backup-passphrase', 'wrong one');
    await page.click('text=Open backup');
    await page.waitForSelector('text=That passphrase does not open this backup', { timeout: DERIVATION_MS });
    assert.equal(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort())), before);
    await page.fill('#backup-passphrase', PASSPHRASE);
    await page.click('text=Open backup');
    await page.waitForSelector('text=1 journal entries', { timeout: DERIVATION_MS });
    await context.close();
  });

  test('an encrypted backup restored on a phone with no passphrase stays encrypted, unless she chooses otherwise', async () => {
    const { context } = await openContext(browser, server.origin);
    const page = await context.newPage();
    const marker = `MOVED-${Date.now()}`;
    await setPassphrase(page, server.url);
    await writeEntry(page, server.url, `Words on the old phone ${marker}`, 'Old phone');
    await page.goto(server.url + '#/settings');
    const sealed = readFileSync(await (await saveFile(page, 'text=Download a backup')).path());
    await context.close();

    const fresh = await openContext(browser, server.origin);
    const phone = await fresh.context.newPage();
    await phone.goto(server.url + '#/settings');
    await waitForApp(phone);
    await phone.setInputFiles('#restore-file', { name: 'copy.json', mimeType: 'application/json', buffer: sealed });
    await phone.fill('#backup-passphrase', PASSPHRASE);
    await phone.click('text=Open backup');
    await phone.waitForSelector('text=This backup is encrypted and this phone has no passphrase', { timeout: DERIVATION_MS });
    assert.deepEqual(await axeViolations(phone), []);
    assert.equal(await phone.locator('button:has-text("Restore without a passphrase")').count(), 1, 'her choice, said plainly');
    await phone.click('button:has-text("Restore and lock it with the same passphrase")');
    await phone.waitForSelector('text=The backup was restored.', { timeout: DERIVATION_MS });
    assert.deepEqual((await storedValues(phone)).filter((value) => value.includes(marker)), [], 'nothing of hers in clear');
    await phone.reload();
    await phone.goto(server.url + '#/journal');
    await phone.waitForSelector('#unlock-passphrase');
    await unlock(phone, PASSPHRASE);
    await phone.waitForSelector('.entry-row:has-text("Old phone")', { timeout: DERIVATION_MS });
    await fresh.context.close();
  });

  test('the safety tips and settings have no accessibility violation', async () => {
    const { context } = await openContext(browser, server.origin);
    const page = await context.newPage();
    for (const route of ['#/safety', '#/settings']) {
      await page.goto(server.url + route);
      await waitForApp(page);
      assert.deepEqual(await axeViolations(page), [], route);
    }
    await setPassphrase(page, server.url);
    assert.deepEqual(await axeViolations(page), [], 'settings with a lock');
    await context.close();
  });
  test('while she types a new passphrase Senda says how easy it is to guess, and only then fetches the estimate', async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const page = await context.newPage();
    const strengthChunk = /senda-split-passphrase-strength-[0-9a-f]+\.wasm$/;
    const fetched = [];
    page.on('request', (request) => { if (strengthChunk.test(request.url())) fetched.push(request.url()); });
    await page.goto(server.url + '#/settings');
    await waitForApp(page);
    await page.waitForSelector('#new-passphrase');
    assert.deepEqual(fetched, [], 'the word lists wait until she types');
    // No phone keeps the estimate ahead, not even a mentor's whole-app copy;
    // its bytes are still checked once fetched.
    const { build } = workerBuild(await (await page.request.get(server.url + 'sw.js')).text());
    assert.ok(!build.precache.some((file) => strengthChunk.test(file)), 'precached');
    assert.ok(!build.mentorOnly.some((file) => strengthChunk.test(file)), 'kept for a mentor');
    assert.ok(Object.entries(build.hashes).some(([file, hash]) => strengthChunk.test(file) && /^[0-9a-f]{64}$/.test(hash)), 'hashed');

    const hint = page.locator('#passphrase-strength');
    await page.fill('#new-passphrase', 'password1');
    await hint.filter({ hasText: 'easy to guess' }).waitFor({ timeout: 15000 });
    assert.match(await hint.innerText(), /one of the passwords people use most/);
    assert.equal(fetched.length, 1);
    assert.equal(await page.getAttribute('#new-passphrase', 'aria-describedby'), 'passphrase-strength');
    await page.fill('#new-passphrase', 'aaaaaaaaaaaa');
    await hint.filter({ hasText: 'Repeated letters or words add little' }).waitFor();
    await page.fill('#new-passphrase', PASSPHRASE);
    await hint.filter({ hasText: 'very hard to guess' }).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'settings with the estimate shown');

    // Advice, not a rule: a weak passphrase of 8 characters is still set.
    await setPassphrase(page, server.url, 'password1');
    assert.ok(!(await page.content()).includes('easy to guess'), 'the estimate leaves with the passphrase');
    assert.deepEqual(problems, []);
    await context.close();

    // With data saving on, the download waits for her to ask.
    const saving = await openContext(browser, server.origin);
    await saving.context.addInitScript(() => {
      Object.defineProperty(navigator, 'connection', { configurable: true, get: () => ({ saveData: true, effectiveType: '4g' }) });
    });
    const phone = await saving.context.newPage();
    const asked = [];
    phone.on('request', (request) => { if (strengthChunk.test(request.url())) asked.push(request.url()); });
    await phone.goto(server.url + '#/settings');
    await phone.fill('#new-passphrase', 'password1');
    const ask = phone.locator('#passphrase-strength button', { hasText: 'about 0.6 MB' });
    await ask.waitFor();
    assert.deepEqual(asked, []);
    await ask.click();
    await phone.locator('#passphrase-strength', { hasText: 'easy to guess' }).waitFor({ timeout: 15000 });
    assert.equal(asked.length, 1);
    assert.deepEqual(saving.problems, []);
    await saving.context.close();
  });

  // What a browser does when she switches app (or comes back): both
  // properties change, then the event.
  const setHidden = (page, hidden) => page.evaluate((hidden) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  }, hidden);
  const moveClock = async (page, by_ms) => page.clock.setSystemTime(await page.evaluate(() => Date.now()) + by_ms);

  test("the phone's clock moved back an hour does not keep Senda open, on leaving or when idle", async () => {
    const { context } = await openContext(browser, server.origin);
    const page = await openWithAutoLock(context, 300, 'Words behind a moved clock');
    await setHidden(page, true);
    await page.clock.fastForward(40_000);
    await moveClock(page, -3_600_000);
    await setHidden(page, false);
    await page.waitForSelector('#unlock-passphrase', { timeout: 3000 });
    assert.ok(!(await page.content()).includes('Words behind a moved clock'), 'locked on coming back');

    await unlock(page, PASSPHRASE);
    await page.waitForSelector('text=Words behind a moved clock', { timeout: DERIVATION_MS });
    await moveClock(page, -3_600_000);
    await page.clock.fastForward(301_000);
    await page.waitForSelector('#unlock-passphrase', { timeout: 3000 });
    await context.close();
  });

  test('the wait after wrong passphrases holds in a second tab whose clock was moved forward, and after a reload', async () => {
    const { context } = await openContext(browser, server.origin);
    const first = await context.newPage();
    await first.clock.install();
    await setPassphrase(first, server.url);
    await first.click('header button.lock-button');
    await first.goto(server.url + '#/journal');
    await first.waitForSelector('#unlock-passphrase');
    const second = await context.newPage();
    await second.goto(server.url + '#/journal');
    await second.waitForSelector('#unlock-passphrase');
    // Three tries are free, the fourth comes after 5 s and starts a 10 s wait.
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      if (attempt === 4) await first.clock.fastForward(5_500);
      await unlock(first, `wrong guess ${attempt}`);
      await first.waitForSelector('text=That passphrase does not open Senda', { timeout: DERIVATION_MS });
    }
    // The second tab has been open longer than the wait; its clock jumps an hour ahead.
    await second.evaluate(() => { const real = Date.now; Date.now = () => real() + 3_600_000; });
    await second.bringToFront();
    await unlock(second, PASSPHRASE);
    await second.waitForSelector('text=/Try again in \\d+ seconds/', { timeout: 3000 });
    await first.reload();
    await unlock(first, PASSPHRASE);
    await first.waitForSelector('text=/Try again in \\d+ seconds/', { timeout: 3000 });
    await context.close();
  });

  test('after the number of wrong passphrases she chose, Senda erases itself from the phone', async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const page = await context.newPage();
    // The waits between wrong tries pass on a fake clock, not in real time.
    await page.clock.install();
    await setPassphrase(page, server.url);
    await writeEntry(page, server.url, 'Words that go with the phone', 'Erased');
    await page.goto(server.url + '#/settings');
    await page.waitForSelector('text=someone who forces you to hand over the phone');
    await page.selectOption('#wipe-after-tries', '5');
    await page.waitForSelector('text=Saved: Senda erases itself after 5 wrong passphrases in a row.');
    await page.click('header button.lock-button');
    await page.goto(server.url + '#/journal');
    await page.waitForSelector('#unlock-passphrase');
    const triesCounted = (count) => pollInPage(page, (expected) => {
      const stored = localStorage.getItem('senda/vault/tries');
      return stored !== null && JSON.parse(stored).data.count === expected;
    }, { arg: count });
    // Three tries are free; the fourth waits 5 s, the fifth 10 s more.
    const waits = [0, 0, 0, 5_500, 10_500];
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await page.clock.fastForward(waits[attempt - 1]);
      await unlock(page, `wrong guess ${attempt}`);
      await triesCounted(attempt);
    }
    assert.ok((await sendaKeys(page)).some((key) => key.startsWith('senda/journal/')), 'four wrong tries erase nothing');
    await page.clock.fastForward(waits[4]);
    // The erasure ends by reloading the page: wait for that load, or the
    // next navigation would race it.
    const reloaded = page.waitForEvent('load', { timeout: 20000 });
    await unlock(page, 'wrong guess 5');
    await reloaded;
    await pollInPage(page, () => !Object.keys(localStorage).some((key) => key.startsWith('senda/')) && !document.querySelector('#unlock-passphrase'));
    await page.goto(server.url + '#/journal');
    await page.waitForSelector('text=New entry');
    assert.equal(await page.locator('text=Erased').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('idle in a second tab does not lock the tab she is typing in', async () => {
    const { context } = await openContext(browser, server.origin);
    const writing = await openWithAutoLock(context, 60, 'Words typed in one tab');
    const idle = await context.newPage();
    await idle.clock.install();
    await idle.goto(server.url + '#/journal');
    await unlock(idle, PASSPHRASE);
    await idle.waitForSelector('.entry-row', { timeout: DERIVATION_MS });
    await writing.goto(server.url + '#/journal/new');
    await writing.waitForSelector('#entry-body');
    // Seventy seconds pass in the idle tab while she types in the other.
    for (let step = 0; step < 7; step += 1) {
      await writing.type('#entry-body', 'word ');
      // Her activity is told to other tabs at most once a second.
      await writing.clock.fastForward(1_100);
      await idle.clock.fastForward(10_000);
    }
    await settled(writing);
    await settled(idle);
    assert.equal(await writing.locator('#unlock-passphrase').count(), 0, 'the tab she types in stays open');
    assert.equal(await idle.locator('#unlock-passphrase').count(), 0, 'her typing counts in every tab');
    await idle.clock.fastForward(61_000);
    await writing.waitForSelector('#unlock-passphrase', { timeout: 5000 });
    await context.close();
  });

  test('an auto-lock of one second planted in storage is not obeyed: Senda stays open to reach Settings', async () => {
    const { context } = await openContext(browser, server.origin);
    const page = await openWithAutoLock(context, 1, 'Planted auto-lock words', plantRecords);
    await page.clock.fastForward(5_000);
    await settled(page);
    assert.ok(await page.isVisible('text=Planted auto-lock words'), 'still open after five seconds');
    await context.close();
  });

  test('a locked phone cannot change the guide: no Delete, no import, no new service, and her services stay as they were', async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await setPassphrase(page, server.url);
    await page.goto(server.url + '#/resources/new');
    await page.waitForSelector('#own-name');
    await page.fill('#own-name', 'Her own clinic');
    await page.selectOption('#own-category', 'health');
    await page.fill('#own-description', 'Walk-in care on Tuesdays');
    await page.fill('#own-website', 'https://clinic.example.org');
    await page.click('button:has-text("Save the service")');
    await page.waitForSelector('main h1:has-text("Her own clinic")');
    const own = page.url().split('#')[1];
    const stored = () => page.evaluate(() => ['senda/resources/own', 'senda/resources/imported'].map((key) => localStorage.getItem(key)));
    const before = await stored();
    await page.click('header button.lock-button');
    await page.goto(server.url + '#/journal');
    await page.waitForSelector('#unlock-passphrase');
    await page.goto(server.url + '#' + own);
    await page.waitForSelector('main h1:has-text("Her own clinic")');
    assert.equal(await page.locator('button:has-text("Delete")').count(), 0, 'no Delete while locked');
    assert.equal(await page.locator('a:has-text("Edit")').count(), 0, 'no Edit while locked');
    await page.goto(server.url + '#/resources');
    await page.waitForSelector('#resource-search');
    assert.equal(await page.locator('#pack-file').count(), 0);
    assert.equal(await page.locator('a:has-text("Add a service")').count(), 0);
    await page.goto(server.url + '#' + own + '/edit');
    await waitForApp(page);
    assert.equal(await page.locator('#own-name').count(), 0, 'the edit form does not open while locked');
    assert.deepEqual(await stored(), before);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('quick exit never opens an address Senda does not offer, even one planted in storage', async () => {
    const context = await contextWithNeutralSite(browser);
    await context.route('https://tracker.example/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Tracker</title>' }));
    const page = await context.newPage();
    await page.goto(server.url + '#/journal');
    await waitForApp(page);
    await plantRecords(page, { 'senda/settings/quick-exit': 'https://tracker.example/?id=42' });
    await page.goto(server.url + '#/settings');
    await page.reload();
    await page.waitForSelector('#quick-exit-heading');
    const offered = await page.$$eval('input[name="neutral-site"]', (inputs) => inputs.map((input) => input.value));
    assert.ok(offered.includes(NEUTRAL) && !offered.some((address) => address.includes('tracker')), offered.join(' '));
    assert.equal(await page.locator('input[name="neutral-site"]:checked').getAttribute('value'), NEUTRAL);
    await page.click('button.quick-exit');
    await page.waitForURL(NEUTRAL);
    await context.close();
  });

  test('a backup that sends quick exit elsewhere, or keeps Senda open longer than Settings offers, is refused by name', async () => {
    const { context } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await writeEntry(page, server.url, 'Entry before the forged backup', 'Forged backup');
    for (const [id, data] of [['quick-exit', 'https://tracker.example/?id=42'], ['hide-on-leaving', { on: true, after_seconds: 3600 }]]) {
      await page.goto(server.url + '#/settings');
      await plantRecords(page, { [`senda/settings/${id}`]: data });
      await page.reload();
      const forged = await (await saveFile(page, 'text=Download a backup')).path();
      await page.evaluate((id) => localStorage.removeItem(`senda/settings/${id}`), id);
      const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
      await page.setInputFiles('#restore-file', forged);
      await page.waitForSelector(`text=The record refused: senda/settings/${id}`);
      assert.equal(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort())), before, id);
    }
    await context.close();
  });

  test('before a restore, each setting it would change is listed with its new value', async () => {
    const { context } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await writeEntry(page, server.url, 'Entry before the restore', 'Restore settings');
    await page.goto(server.url + '#/settings');
    const settings = {
      'hide-on-leaving': { on: false, after_seconds: 30 },
      'quick-exit': 'https://www.meteo.cat/',
      'auto-lock': { idle_seconds: 900 },
    };
    await seedRecords(page, Object.fromEntries(Object.entries(settings).map(([id, data]) => [`senda/settings/${id}`, data])));
    await page.reload();
    const backup = await (await saveFile(page, 'text=Download a backup')).path();
    await page.evaluate(() => ['hide-on-leaving', 'quick-exit', 'auto-lock'].forEach((id) => localStorage.removeItem(`senda/settings/${id}`)));
    await page.reload();
    await page.setInputFiles('#restore-file', backup);
    await page.waitForSelector('text=This restore changes these settings');
    const listed = await page.$$eval('.setting-changes li', (items) => items.map((item) => item.textContent.trim()));
    assert.deepEqual(listed.sort(), [
      'Lock Senda after this time without use: 15 min',
      'Lock when I leave Senda (another app, the app switcher, the screen off): Do not lock when I leave',
      'Website that quick exit opens: https://www.meteo.cat/',
    ]);
    assert.deepEqual(await axeViolations(page), []);
    await page.click('button:has-text("Replace everything with this backup")');
    await page.waitForSelector("text=The backup was restored");
    assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('senda/settings/quick-exit'))).data, 'https://www.meteo.cat/');
    await context.close();
  });
});
