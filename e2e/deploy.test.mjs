// Deployment as an organisation does it: the release folder under a sub-path
// of a plain static server, with its own senda.config.json. Its name and
// social team show where mentors need them; a broken file shows a notice
// and a working app; a changed file reaches an installed copy on the next
// start online, and offline the last good copy stays.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { axeViolations, launch, openContext, serveDist, waitForApp, waitForWholeAppOffline } from './support.mjs';

const EXAMPLE = JSON.parse(readFileSync(new URL('../docs/senda.config.example.json', import.meta.url), 'utf8'));

function config(changes) {
  return JSON.stringify({ ...EXAMPLE, ...changes }, null, 1);
}

describe('deployment', () => {
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => { await browser?.close(); });

  // `make dist` (tools/dist.mjs), which tools/test.sh runs on the release
  // build just before these tests: what an organisation downloads.
  test('the zip an organisation downloads unpacks to one senda-<version>/ folder holding the whole build', () => {
    const root = new URL('../', import.meta.url);
    const zips = readdirSync(root).filter((name) => /^senda-\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\.zip$/.test(name));
    assert.equal(zips.length, 1, `one zip of the release build, found: ${zips.join(', ') || 'none (run make dist)'}`);
    const folder = zips[0].slice(0, -'.zip'.length);
    const unpacked = unzipSync(readFileSync(new URL(zips[0], root)));
    const entries = Object.keys(unpacked);
    const outside = entries.filter((name) => !name.startsWith(`${folder}/`));
    assert.deepEqual(outside, [], 'nothing is unpacked outside its folder');
    const built = [];
    const walk = (directory, prefix) => {
      for (const entry of readdirSync(directory, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(directory, entry.name), `${prefix}${entry.name}/`);
        else built.push(`${prefix}${entry.name}`);
      }
    };
    walk(fileURLToPath(new URL('dist/', root)), '');
    assert.deepEqual(entries.map((name) => name.slice(folder.length + 1)).sort(), built.sort(), 'every file of dist/ and no other');
    const changed = built.filter((file) => !Buffer.from(unpacked[`${folder}/${file}`]).equals(readFileSync(new URL(`dist/${file}`, root))));
    assert.deepEqual(changed, [], 'each file unpacks to the bytes of the build');
    for (const needed of ['index.html', 'sw.js', 'senda.config.json', 'resources/organisation.json']) {
      assert.ok(built.includes(needed), `${needed} is in the build`);
    }
  });

  test("the organisation's name and social team show on About and the guide; its default language fills a gap", async () => {
    const server = await serveDist();
    try {
      writeFileSync(join(server.root, 'senda.config.json'), config({
        organisation: { name: 'Xarxa Raval', description: { en: 'Peer mentoring in the Raval.', ca: 'Mentoria entre iguals al Raval.' } },
        social_team: [{ name: 'Marta (coordinator)', phone: '+34 611 222 333', email: 'marta@example.org' }],
        default_language: 'ca',
        quick_exit_url: 'https://www.aemet.es/',
      }));
      const { context, problems } = await openContext(browser, server.origin, { locale: 'ru' });
      const page = await context.newPage();
      await page.goto(server.url + '#/about');
      await page.waitForSelector('main h1:has-text("Quant a Senda")');
      await page.waitForSelector('main .organisation:has-text("Xarxa Raval")');
      assert.match(await page.textContent('main .organisation'), /Mentoria entre iguals al Raval/);
      assert.equal(await page.locator('a[href="tel:+34611222333"]').count(), 1);
      assert.equal(await page.locator('a[href="mailto:marta@example.org"]').count(), 1);
      assert.match(await page.textContent('main'), /Versió \d+\.\d+\.\d+/);
      assert.equal(await page.locator('#config-heading').count(), 0, 'a good file shows no notice');
      assert.deepEqual(await axeViolations(page), []);

      await page.goto(server.url + '#/guide');
      await page.waitForSelector('main .organisation:has-text("Xarxa Raval")');
      await page.goto(server.url + '#/settings');
      await page.waitForSelector('input[name="neutral-site"]');
      assert.equal(await page.locator('input[name="neutral-site"]:checked').getAttribute('value'), 'https://www.aemet.es/');
      assert.deepEqual(problems, []);
      await context.close();
    } finally {
      await server.stop();
    }
  });

  test("the organisation's neutral name is what every phone shows and installs, until the mentor chooses another", async () => {
    const server = await serveDist();
    writeFileSync(join(server.root, 'senda.config.json'), config({ default_disguise: 'calendar' }));
    // A server left running keeps the test runner alive: stopped whatever the outcome.
    try {
      const { context, problems } = await openContext(browser, server.origin);
      const page = await context.newPage();
      await page.goto(server.url + '#/journal');
      await waitForApp(page);
      await page.waitForFunction(() => document.title === 'Calendar', null, { timeout: 10000 });
      assert.match(await page.getAttribute('link[rel="manifest"]', 'href'), /manifest-calendar-en\.webmanifest$/);
      await page.goto(server.url + '#/settings');
      await page.check('input[name="disguise"][value="senda"]');
      await page.reload();
      await waitForApp(page);
      await page.waitForFunction(() => document.title.includes('Senda'), null, { timeout: 10000 });
      assert.match(await page.getAttribute('link[rel="manifest"]', 'href'), /(^|\/)manifest\.webmanifest$/);
      assert.deepEqual(problems, []);
      await context.close();
    } finally {
      await server.stop();
    }
  });

  test('a broken settings file shows the notice for the organisation and a working app', async () => {
    const server = await serveDist();
    writeFileSync(join(server.root, 'senda.config.json'), '{ "format": "senda-config", "version": 1, "organisation": ');
    const { context } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(server.url + '#/about');
    await page.waitForSelector('#config-heading:has-text("senda.config.json")');
    assert.match(await page.textContent('main'), /not valid JSON/);
    await page.click('nav.site-nav a[href="#/journal"]');
    await waitForApp(page);
    await page.waitForSelector('main h1:has-text("Journal")');

    writeFileSync(join(server.root, 'senda.config.json'), config({ programme_months: 0, quick_exit_url: 'javascript:alert(1)' }));
    await page.goto(server.url + '#/about');
    await page.reload();
    await page.waitForSelector('#config-heading');
    assert.match(await page.textContent('main'), /programme_months: not valid/);
    assert.match(await page.textContent('main'), /quick_exit_url: not valid/);
    await page.waitForSelector('main .organisation:has-text("Xarxa de Mentores")');
    await context.close();
    await server.stop();
  });

  test('a changed file reaches an installed copy on the next start online; offline the last good copy stays', async () => {
    const server = await serveDist();
    const file = join(server.root, 'senda.config.json');
    writeFileSync(file, config({ organisation: { name: 'First name' } }));
    const { context } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(server.url + '#/about');
    await page.waitForSelector('main .organisation:has-text("First name")');
    await waitForWholeAppOffline(page);

    writeFileSync(file, config({ organisation: { name: 'Second name' } }));
    await page.reload();
    await page.waitForSelector('main .organisation:has-text("Second name")');

    await server.stop();
    await page.reload();
    await page.waitForSelector('main .organisation:has-text("Second name")');
    assert.equal(await page.locator('#config-heading').count(), 0);
    await context.close();
  });
});
