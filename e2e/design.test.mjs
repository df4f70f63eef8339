// The design pass: what a new mentor sees on a phone. The first journal
// screen shows only what helps before anything is written, an unfinished
// draft is one tap from the journal, option labels of one or two words sit
// on one line at 320 px, and the four-tap check-in fits a 360×640 screen.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, openContext, serveAndLaunch, waitForApp, writeEntry } from './support.mjs';

/** Labels (of `selector`) whose text has at most two words yet takes more than one line. */
async function wrappedShortLabels(page, selector) {
  return page.$$eval(selector, (labels) => labels.flatMap((label) => {
    const text = label.textContent.trim();
    if (text.split(/\s+/).length > 2) return [];
    const range = document.createRange();
    range.selectNodeContents(label);
    const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
    return lines.size > 1 ? [text] : [];
  }));
}

describe('design', () => {
  const { server, browser } = serveAndLaunch();

  test('the first journal screen shows the offer, one way to write and the empty words; search and export come with entries', async () => {
    const { context, problems } = await openContext(browser, server.origin, { viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(server.url + '#/journal');
    await page.waitForSelector('text=Nothing written yet.');
    for (const crowd of ['#journal-search', 'summary:has-text("Filters")', 'button:has-text("Export")', '.result-count']) {
      assert.equal(await page.locator(crowd).count(), 0, `${crowd} waits until there is something to search or export`);
    }
    assert.equal(await page.locator('main a[href$="#/journal/new"]').count(), 1, 'one clear way to write');
    await writeEntry(page, server.url, 'The first words', 'First');
    await page.goto(server.url + '#/journal');
    await page.waitForSelector('#journal-search');
    assert.equal(await page.locator('button:has-text("Export")').count(), 1);
    assert.equal(await page.locator('text=Continue what you were writing').count(), 0, 'a saved entry leaves no draft behind');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('an unfinished draft is offered at the top of the journal and opens with her words', async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(server.url + '#/journal/new');
    await page.fill('#entry-body', 'Half a thought I did not finish');
    await page.waitForFunction(() => Object.keys(localStorage).some((key) => key.startsWith('senda/journal-drafts/')));
    await page.goto(server.url + '#/journal');
    await page.click('a:has-text("Continue what you were writing")');
    await page.waitForSelector('#entry-body');
    assert.equal(await page.inputValue('#entry-body'), 'Half a thought I did not finish');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('option labels of one or two words stay on one line at 320 px', async () => {
    const { context } = await openContext(browser, server.origin, { viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(server.url + '#/conversations/new');
    await page.waitForSelector('#conversation-alias');
    assert.deepEqual(await wrappedShortLabels(page, 'label.choice'), []);
    await page.goto(server.url + '#/self-care');
    await page.waitForSelector('fieldset legend');
    assert.deepEqual(await wrappedShortLabels(page, 'label.choice'), []);
    await context.close();
  });

  test('the four-tap check-in fits a 360×640 screen without scrolling', async () => {
    const { context } = await openContext(browser, server.origin, { viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    await page.goto(server.url + '#/self-care');
    await waitForApp(page);
    await page.waitForSelector('fieldset:has(legend:text-is("Mood"))');
    // What she sees: above the navigation bar fixed at the bottom of a phone's screen.
    const visibleTo = await page.$eval('nav.site-nav', (nav) => nav.getBoundingClientRect().top);
    for (const part of ['fieldset:has(legend:text-is("Mood"))', 'fieldset:has(legend:text-is("Energy"))',
      'fieldset:has(legend:text-is("Stress"))', 'button:has-text("Save today\'s check-in") >> nth=0']) {
      const box = await page.locator(part).boundingBox();
      assert.ok(box && box.y + box.height <= visibleTo, `${part} ends at ${box && box.y + box.height}, below ${visibleTo}`);
    }
    for (const [legend, step] of [['Mood', 'High'], ['Energy', 'Middle'], ['Stress', 'Very low']]) {
      await page.getByRole('radio', { name: step, exact: false }).and(page.locator(`fieldset:has(legend:text-is("${legend}")) input`)).first().check();
    }
    await page.click('button:has-text("Save today\'s check-in") >> nth=0');
    await page.waitForSelector('text=Saved. You can change it any time today.');
    const saved = await page.evaluate(() => Object.values(JSON.parse(localStorage.getItem(Object.keys(localStorage).find((key) => key.startsWith('senda/self-care/month-')))).data)[0]);
    assert.deepEqual([saved.mood, saved.energy, saved.stress], [4, 3, 1]);
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
});
