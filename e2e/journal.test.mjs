// The journal in a real browser: nothing a mentor writes is lost, whatever
// happens to the page, the tab or the storage.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, openContext, saveFile, serveAndLaunch, waitForApp } from './support.mjs';

async function writeEntry(page, url, { body, title = '', tags = '' }) {
  await page.goto(url + '#/journal/new');
  await page.waitForSelector('#entry-body');
  await page.fill('#entry-body', body);
  if (title) await page.fill('#entry-title', title);
  if (tags) await page.fill('#entry-tags', tags);
  await page.click('button[type="submit"]');
  await page.waitForSelector('article.entry');
}

async function storedValues(page) {
  return page.evaluate(() => Object.keys(localStorage).map((key) => localStorage.getItem(key)));
}

describe('journal', () => {
  const { server, browser } = serveAndLaunch();

  test('a new entry opens with the cursor in the text, is saved, and is still there after a reload', async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(server.url + '#/journal/new');
    await page.waitForSelector('#entry-body');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'entry-body');
    await page.keyboard.type('First conversation with M. went well.');
    await page.fill('#entry-title', 'A good start');
    await page.check('input[name="entry-mood"][value="4"]');
    await page.fill('#entry-tags', 'permits, housing');
    await page.click('button[type="submit"]');
    await page.waitForSelector('article.entry');
    assert.equal((await page.textContent('main h1')).trim(), 'A good start');
    assert.match(await page.textContent('article.entry'), /Good/);

    await page.goto(server.url + '#/journal');
    await page.reload();
    await waitForApp(page);
    await page.waitForSelector('.entry-row');
    const row = await page.textContent('.entry-row');
    assert.match(row, /A good start/);
    assert.match(row, /#permits/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('editing keeps the creation and records the change', async () => {
    const { context } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await writeEntry(page, server.url, { body: 'Original words', title: 'Before' });
    const before = await page.evaluate(() => Object.entries(localStorage).find(([key]) => key.startsWith('senda/journal/')));
    await page.click('a.button[href$="/edit"]');
    await page.waitForSelector('#entry-title');
    await page.fill('#entry-title', 'After');
    await page.click('button[type="submit"]');
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'After');
    const after = await page.evaluate((key) => localStorage.getItem(key), before[0]);
    const [was, now] = [JSON.parse(before[1]), JSON.parse(after)];
    assert.equal(now.data.created_ms, was.data.created_ms);
    assert.ok(now.data.updated_ms >= was.data.updated_ms);
    assert.equal(now.rev, was.rev + 1);
    await context.close();
  });

  test('a deleted entry can be brought back with undo, and from "recently deleted"', async () => {
    const { context } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await writeEntry(page, server.url, { body: 'Keep me', title: 'Deletable' });
    await page.click('button.danger');
    await page.waitForSelector('.toast');
    assert.equal(await page.locator('.entry-row').count(), 0);
    await page.click('.toast button:not(.secondary)');
    await page.waitForSelector('.entry-row');
    assert.match(await page.textContent('.entry-row'), /Deletable/);

    await page.click('.entry-row');
    await page.click('button.danger');
    await page.waitForSelector('.toast');
    await page.click(`a[href="#/journal/deleted"]`);
    await page.waitForSelector('.deleted-row');
    assert.match(await page.textContent('.deleted-row'), /Deletable/);
    await page.click('.deleted-row button');
    await page.goto(server.url + '#/journal');
    await page.waitForSelector('.entry-row');
    assert.match(await page.textContent('.entry-row'), /Deletable/);
    await context.close();
  });

  test('text typed and not saved comes back after a reload mid-sentence', async () => {
    const { context } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(server.url + '#/journal/new');
    await page.waitForSelector('#entry-body');
    await page.keyboard.type('Today I felt the old fear, and then');
    await page.waitForSelector('text=Draft kept on this device.');
    await page.reload();
    await page.waitForSelector('#entry-body');
    assert.equal(await page.inputValue('#entry-body'), 'Today I felt the old fear, and then');
    assert.match(await page.textContent('main'), /Your unsaved text from last time is back/);
    await context.close();
  });

  test('text typed is kept even when the tab closes before the pause', async () => {
    const { context } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(server.url + '#/journal/new');
    await page.waitForSelector('#entry-body');
    await page.keyboard.type('Closing right away');
    await page.close({ runBeforeUnload: true });
    const again = await context.newPage();
    await again.goto(server.url + '#/journal/new');
    await again.waitForSelector('#entry-body');
    assert.equal(await again.inputValue('#entry-body'), 'Closing right away');
    await context.close();
  });

  test('search ignores accents and case, and marks what it found', async () => {
    const { context } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await writeEntry(page, server.url, { body: 'Llegó el camión con las cajas', title: 'Mudanza' });
    await writeEntry(page, server.url, { body: 'Nada que ver', title: 'Otro día' });
    await page.goto(server.url + '#/journal');
    await page.waitForSelector('.entry-row');
    await page.fill('#journal-search', 'camion');
    await page.waitForFunction(() => document.querySelectorAll('.entry-row').length === 1);
    assert.match(await page.textContent('.entry-row'), /Mudanza/);
    assert.equal(await page.textContent('.entry-row mark'), 'camión');
    await page.fill('#journal-search', 'MUDANZA');
    await page.waitForFunction(() => document.querySelectorAll('.entry-row').length === 1);
    await context.close();
  });

  test('an entry written in a second tab appears in the first, and neither overwrites the other', async () => {
    const { context } = await openContext(browser, server.origin);
    const first = await context.newPage();
    const second = await context.newPage();
    await first.goto(server.url + '#/journal');
    await waitForApp(first);
    await writeEntry(second, server.url, { body: 'From the second tab', title: 'Second' });
    await first.waitForFunction(() => [...document.querySelectorAll('.entry-row')].some((row) => row.textContent.includes('Second')));
    await writeEntry(first, server.url, { body: 'From the first tab', title: 'First' });
    await second.goto(server.url + '#/journal');
    await second.waitForFunction(() => document.querySelectorAll('.entry-row').length === 2);
    const headings = await second.locator('.entry-heading').allTextContents();
    assert.deepEqual(headings.sort(), ['First', 'Second']);
    await context.close();
  });

  test('when storage is full the text stays on screen and in the draft, with a message', async () => {
    const { context } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(server.url + '#/journal/new');
    await page.waitForSelector('#entry-body');
    await page.keyboard.type('Words that must survive');
    await page.waitForSelector('text=Draft kept on this device.');
    await page.evaluate(() => {
      // Big pieces first, then small ones, until not one more character fits.
      let index = 0;
      for (const size of [256 * 1024, 4 * 1024, 64, 1]) {
        const chunk = 'x'.repeat(size);
        for (;;) {
          try { localStorage.setItem(`filler/${index++}`, chunk); } catch { break; }
        }
      }
    });
    await page.focus('#entry-body');
    await page.keyboard.press('End');
    await page.keyboard.type(' and more');
    await page.click('button[type="submit"]');
    await page.waitForSelector('[role="alert"]');
    assert.match(await page.textContent('[role="alert"]'), /no space left/);
    assert.equal(await page.inputValue('#entry-body'), 'Words that must survive and more');
    const draft = await page.evaluate(() => localStorage.getItem('senda/journal-drafts/new'));
    assert.match(draft, /Words that must survive/);
    await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('filler/')).forEach((key) => localStorage.removeItem(key)));
    await context.close();
  });

  test('axe-core finds no violation on the list, the editor and an entry', async () => {
    const { context } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await writeEntry(page, server.url, { body: 'Accessible words', title: 'Checked', tags: 'a11y' });
    assert.deepEqual(await axeViolations(page), [], 'entry view');
    await page.goto(server.url + '#/journal');
    await page.waitForSelector('.entry-row');
    await page.click('summary');
    assert.deepEqual(await axeViolations(page), [], 'list');
    await page.goto(server.url + '#/journal/new');
    await page.waitForSelector('#entry-body');
    assert.deepEqual(await axeViolations(page), [], 'editor');
    await page.goto(server.url + '#/journal/deleted');
    await waitForApp(page);
    assert.deepEqual(await axeViolations(page), [], 'recently deleted');
    await context.close();
  });

  test('the export is a Markdown file with the selected entries', async () => {
    const { context } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await writeEntry(page, server.url, { body: 'Exported words', title: 'For the file' });
    await page.goto(server.url + '#/journal');
    await page.waitForSelector('.entry-row');
    const download = await saveFile(page, 'text=Export as a text file (Markdown)');
    assert.match(download.suggestedFilename(), /^notes-\d{4}-\d{2}-\d{2}\.md$/, 'a name that says nothing of Senda');
    const stream = await download.createReadStream();
    let text = '';
    for await (const chunk of stream) text += chunk;
    assert.match(text, /^# Journal\n/);
    assert.match(text, /For the file\n\nExported words/);
    await context.close();
  });

  test('no private text is sent anywhere: only the app origin is contacted', async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await writeEntry(page, server.url, { body: 'Private words', title: 'Private' });
    assert.ok((await storedValues(page)).some((value) => value.includes('Private words')));
    assert.deepEqual(problems, []);
    await context.close();
  });
});
