// Conversations in a real browser: a record started with an alias (a full
// name is refused), ticked and noted, resumed after a reload and finished;
// the mentoring log counts its hours and prints without names; a hidden
// checklist item stays hidden after a reload and can be restored.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, openContext, serveAndLaunch, waitForApp } from './support.mjs';

const PACE = 'Choose the time, the place and the pace together with her.';
const CONSENT = 'Ask before touching a sensitive topic';
const CULTURE = 'Ask about, and respect, her culture, faith and customs; do not assume.';

function today() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

describe('conversations', () => {
  const { server, browser } = serveAndLaunch();

  test('a record is started with an alias, ticked and noted, resumed after a reload, finished, and counted in the log', async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(server.url + '#/conversations');
    // axe must see the screen, not the page before the app has drawn it.
    await waitForApp(page);
    assert.deepEqual(await axeViolations(page), []);
    await page.click('a:has-text("Start a conversation")');
    await page.fill('#conversation-alias', 'Ana Martínez');
    await page.fill('#conversation-minutes', '90');
    await page.click('button:text-is("Start")');
    await page.waitForSelector('[role="alert"]:has-text("looks like a full name")');
    assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('senda/conversations/')).length), 0);
    await page.fill('#conversation-alias', 'Rosa');
    await page.click('fieldset:has(legend:text-is("Topics")) label:has-text("Housing")');
    await page.click('button:text-is("Start")');
    await page.waitForSelector(`label:has-text("${PACE}")`);
    await page.check(`.checklist-item:has(label:has-text("${PACE}")) input`);
    await page.check(`.checklist-item:has(label:has-text("${CONSENT}")) input`);
    await page.fill('#note-during', 'She chose the café near the library.');
    await page.press('#note-during', 'Tab');
    await page.waitForSelector('text=Saved.');
    assert.deepEqual(await axeViolations(page), []);

    await page.reload();
    await page.waitForSelector(`label:has-text("${PACE}")`);
    assert.equal(await page.isChecked(`.checklist-item:has(label:has-text("${PACE}")) input`), true);
    assert.equal(await page.isChecked(`.checklist-item:has(label:has-text("${CULTURE}")) input`), false);
    assert.equal(await page.inputValue('#note-during'), 'She chose the café near the library.');
    await page.goto(server.url + '#/conversations');
    await page.click('section[aria-labelledby="unfinished-heading"] a:has-text("Rosa")');
    await page.click('button:has-text("Finish the conversation")');
    await page.waitForSelector('text=No conversation left unfinished.');

    await page.click('a:has-text("Mentoring log")');
    await page.fill('#programme-start', today());
    await page.press('#programme-start', 'Tab');
    await page.waitForSelector('.log-table tfoot');
    assert.match(await page.textContent('.log-table tfoot'), /Total\s*1\s*1\.5/);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => document.body.innerText);
    assert.doesNotMatch(printed, /Rosa|café/);
    assert.equal(await page.locator('input:visible, textarea:visible').count(), 0, 'the print view has no field at all, so none for a name');
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a hidden checklist item stays hidden after a reload and can be restored', async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(server.url + '#/conversations/checklist');
    const row = page.locator('li.checklist-edit[data-item="culture"]');
    assert.equal(await row.locator('input').inputValue(), CULTURE);
    await row.locator('button:has-text("Hidden")').click();
    await page.waitForSelector('text=It no longer shows in conversations');
    assert.deepEqual(await axeViolations(page), []);
    await page.reload();
    await page.waitForSelector('li.checklist-edit');
    assert.equal(await row.locator('button:has-text("Hidden")').getAttribute('aria-pressed'), 'true');

    await page.goto(server.url + '#/conversations/new');
    await page.fill('#conversation-alias', 'M.');
    await page.click('button:text-is("Start")');
    await page.waitForSelector(`label:has-text("${PACE}")`);
    assert.equal(await page.locator(`label:has-text("${CULTURE}")`).count(), 0);

    await page.goto(server.url + '#/conversations/checklist');
    await row.locator('button:has-text("Hidden")').click();
    await page.waitForSelector('text=Shown again.');
    await page.goto(server.url + '#/conversations');
    await page.click('section[aria-labelledby="unfinished-heading"] a:has-text("M.")');
    await page.waitForSelector(`label:has-text("${CULTURE}")`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a day cleared from a started record says a day is needed and, once she leaves the field, shows the day it keeps', async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(server.url + '#/conversations/new');
    await page.fill('#conversation-alias', 'Lu');
    await page.click('button:text-is("Start")');
    await page.waitForSelector(`label:has-text("${PACE}")`);
    // A started record folds its details away.
    await page.click('details.conversation-details > summary');
    await page.fill('#conversation-day', '2026-11-20');
    await page.press('#conversation-day', 'Tab');
    await page.waitForSelector('text=Saved.');
    await page.fill('#conversation-day', '');
    await page.waitForSelector('text=Choose the day of the conversation.');
    assert.equal(await page.inputValue('#conversation-day'), '', 'while she is in the field, what she typed stays');
    await page.focus('#conversation-minutes');
    assert.equal(await page.inputValue('#conversation-day'), '2026-11-20', 'the field shows the day the record keeps, not a blank');
    await page.fill('#conversation-minutes', '45');
    await page.press('#conversation-minutes', 'Tab');
    await page.waitForSelector('text=Saved.');
    await page.reload();
    await page.waitForSelector(`label:has-text("${PACE}")`);
    await page.click('details.conversation-details > summary');
    assert.equal(await page.inputValue('#conversation-day'), '2026-11-20');
    assert.equal(await page.inputValue('#conversation-minutes'), '45');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
