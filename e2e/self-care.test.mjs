// The self-care tracker in a real browser: a check-in in a few taps, kept
// and editable the same day; 90 days of check-ins drawn as charts with
// words and tables; a low WHO-5 brings the gentle suggestion with the
// people from her plan.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, openContext, seedRecords, serveAndLaunch } from './support.mjs';

/** Check-ins for the `count` days that end today, as Senda keeps them: one record per month. */
function checkIns(count) {
  const months = {};
  const today = new Date();
  for (let back = 0; back < count; back += 1) {
    const date = new Date(today.getFullYear(), today.getMonth(), today.getDate() - back);
    const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    const walked = back % 2 === 0;
    (months[day.slice(0, 7)] ??= {})[day] = {
      day, mood: walked ? 4 : 2, energy: 3, sleep_hours: 7.5, stress: 2, helped: walked ? ['walk'] : [],
    };
  }
  return Object.fromEntries(Object.entries(months).map(([month, data]) => [`senda/self-care/month-${month}`, data]));
}

describe('self-care', () => {
  const { server, browser } = serveAndLaunch();

  test("a check-in takes four taps, is still there after a reload, and today's can be changed", async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(server.url + '#/self-care');
    const choose = (legend, word) => page.click(`fieldset:has(legend:text-is("${legend}")) label:has-text("${word}")`);
    await choose('Mood', 'High');
    await choose('Energy', 'Middle');
    await choose('Stress', 'Low');
    await page.click('button:has-text("Save today\'s check-in")');
    await page.waitForSelector('text=Saved. You can change it any time today.');

    await page.reload();
    await page.waitForSelector('text=saved: you can change it');
    assert.equal(await page.isChecked('fieldset:has(legend:text-is("Mood")) label:has-text("High") input'), true);
    await choose('Mood', 'Very high');
    await page.click('button:has-text("Save today\'s check-in")');
    await page.waitForSelector('text=Saved.');
    const stored = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('senda/self-care/month-'))
      .map((key) => JSON.parse(localStorage.getItem(key)).data));
    const days = Object.values(stored[0]);
    assert.equal(days.length, 1, 'one check-in for today, changed, not a second one');
    assert.equal(days[0].mood, 5);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('ninety days of check-ins show as charts with a summary in words and a table of numbers', async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(server.url + '#/self-care');
    await page.waitForSelector('#check-in-heading');
    await seedRecords(page, checkIns(90));
    await page.goto(server.url + '#/self-care/trends');
    await page.click('button:has-text("90 days")');
    assert.equal(await page.locator('figure.chart svg[role="img"]').count(), 5);
    assert.match(await page.textContent('#chart-mood-summary'), /Average 3\.0, from 90 of 90 days/);
    assert.match(await page.textContent('#chart-sleep-summary'), /Average 7\.5/);
    assert.match(await page.textContent('main'), /On days with "A walk", your mood was higher on average: 4\.0 against 2\.0/);
    await page.click('#chart-mood-title >> xpath=ancestor::figure >> summary');
    // The table is built when it is opened: wait for it before counting.
    await page.waitForSelector('figure:has(#chart-mood-title) tbody tr');
    assert.equal(await page.locator('figure:has(#chart-mood-title) tbody tr').count(), 90);
    await page.click('button:has-text("7 days")');
    assert.match(await page.textContent('#chart-mood-summary'), /from 7 of 7 days/);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('an unreadable month of check-ins is said on the trends screen, not shown as days without data', async () => {
    const { context } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(server.url + '#/self-care');
    await page.waitForSelector('#check-in-heading');
    await seedRecords(page, checkIns(10));
    const month = await page.evaluate(() => Object.keys(localStorage).find((key) => key.startsWith('senda/self-care/month-')));
    await page.evaluate((month) => localStorage.setItem(month, '{ half a record'), month);
    await page.goto(server.url + '#/self-care/trends');
    await page.waitForSelector('#chart-mood-summary');
    assert.equal(await page.locator('main [role="alert"]').count(), 1);
    assert.equal(await page.evaluate((month) => localStorage.getItem(month), month), '{ half a record', 'kept as it was');
    await context.close();
  });

  test("a low WHO-5 score brings the suggestion with the plan's people to call", async () => {
    const { context, problems } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(server.url + '#/self-care/plan');
    await page.fill('#plan-people', 'Ana (sister) 600 111 222');
    await page.click('button:has-text("Save my plan")');
    await page.waitForSelector('text=Your plan is saved');
    await page.goto(server.url + '#/self-care');
    await page.click('a:has-text("Take the well-being check")');
    for (let item = 0; item < 5; item += 1) {
      await page.check(`input[name="who5-${item}"][value="1"]`);
    }
    await page.click('button:has-text("See my result")');
    await page.waitForSelector('text=20 out of 100');
    await page.waitForSelector('#support-heading');
    assert.equal(await page.locator('.support a[href="tel:600111222"]').count(), 1);
    assert.doesNotMatch(await page.textContent('.support'), /diagnos(is|ed) (with|as)/i);
    assert.deepEqual(await axeViolations(page), []);

    await page.goto(server.url + '#/self-care');
    await page.waitForSelector('#support-heading');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
