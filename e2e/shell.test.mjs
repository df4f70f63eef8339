// The app shell in a real browser, from the release build served as plain
// files under a sub-path: every screen opens from its own link on a fresh
// profile, nothing leaves the origin, languages stick, nothing is broken for
// axe-core in either theme, and the browser finds the app installable.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, launchPersistent, openContext, serveAndLaunch, waitForApp } from './support.mjs';

const ROUTES = ['', '#/journal', '#/resources', '#/conversations', '#/self-care', '#/settings', '#/no-such-screen'];

describe('app shell', () => {
  const { server, browser } = serveAndLaunch();

  for (const route of ROUTES) {
    test(`a cold deep link to "${route || '(none)'}" opens with no error and no request elsewhere`, async () => {
      const { context, problems } = await openContext(browser, server.origin);
      const page = await context.newPage();
      await page.goto(server.url + route);
      await waitForApp(page);
      const heading = await page.textContent('main h1');
      assert.ok(heading && heading.trim().length > 0, 'the screen has a heading');
      await page.waitForLoadState('networkidle');
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('each screen link opens its screen and is marked current', async () => {
    const { context } = await openContext(browser, server.origin, { locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(server.url + '#/resources');
    await waitForApp(page);
    assert.equal((await page.textContent('main h1')).trim(), 'Resources');
    assert.equal(await page.getAttribute('nav.site-nav a[aria-current="page"]', 'href'), '#/resources');
    await page.click('nav.site-nav a[href="#/self-care"]');
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Self-care');
    assert.match(await page.title(), /Self-care/);
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Resources');
    await context.close();
  });

  test('the language follows the browser, then the user, and survives a reload', async () => {
    const { context } = await openContext(browser, server.origin, { locale: 'es-ES' });
    const page = await context.newPage();
    await page.goto(server.url + '#/journal');
    await waitForApp(page);
    assert.equal((await page.textContent('main h1')).trim(), 'Diario');
    assert.equal(await page.getAttribute('html', 'lang'), 'es');

    await page.selectOption('#header-language', 'ca');
    await page.waitForFunction(() => document.querySelector('main h1')?.textContent === 'Diari');
    assert.equal(await page.getAttribute('html', 'lang'), 'ca');

    await page.reload();
    await waitForApp(page);
    assert.equal((await page.textContent('main h1')).trim(), 'Diari');
    assert.equal(await page.getAttribute('html', 'lang'), 'ca');
    await context.close();
  });

  test('dates are written the way the chosen language writes them', async () => {
    const { context } = await openContext(browser, server.origin, { locale: 'es-ES', timezoneId: 'Europe/Madrid' });
    const page = await context.newPage();
    await page.goto(server.url + '#/settings');
    await waitForApp(page);
    const expected = await page.evaluate(() => new Intl.DateTimeFormat('es', { dateStyle: 'full' }).format(new Date()));
    assert.match(await page.textContent('main'), new RegExp(`Hoy es ${expected}`));
    await context.close();
  });

  test('the skip link moves keyboard focus to the screen', async () => {
    const { context } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(server.url + '#/settings');
    await waitForApp(page);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-content');
    assert.equal(new URL(page.url()).hash, '#/settings', 'the skip link does not change the screen');
    await context.close();
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`axe-core finds no violation on any screen (${colorScheme} theme)`, async () => {
      const { context } = await openContext(browser, server.origin, { colorScheme });
      const page = await context.newPage();
      for (const route of ROUTES) {
        await page.goto(server.url + route);
        await waitForApp(page);
        // A screen whose code is still being fetched shows "Opening…" and no heading yet.
        await page.waitForSelector('h1', { timeout: 10000 });
        assert.deepEqual(await axeViolations(page), [], `on ${route || '(none)'}`);
      }
      await context.close();
    });
  }

  test('a neutral name and icon: title, manifest, icon and colour say nothing of Senda, and a guide link never offers to install', async () => {
    const context = await launchPersistent();
    // A persistent profile left open keeps the test runner alive: closed
    // whatever the outcome.
    try {
      const page = await context.newPage();
      await page.goto(server.url + '#/settings');
      await waitForApp(page);
      await page.check('input[name="disguise"][value="recipes"]');
      await page.goto(server.url + '#/journal');
      await page.reload();
      await waitForApp(page);
      await page.evaluate(() => navigator.serviceWorker.ready);
      assert.equal(await page.title(), 'Recipes');
      assert.equal(await page.getAttribute('meta[name="theme-color"]', 'content'), '#2e7d4f');
      assert.match(await page.getAttribute('link[rel="icon"]', 'href'), /recipes\.svg$/);
      const cdp = await context.newCDPSession(page);
      const { url, data, errors } = await cdp.send('Page.getAppManifest');
      assert.deepEqual(errors, []);
      assert.match(url, /manifest-recipes-en\.webmanifest$/);
      const manifest = JSON.parse(data);
      assert.equal(manifest.name, 'Recipes');
      assert.equal(manifest.short_name, 'Recipes');
      assert.ok(!/senda|mentor/i.test(data), data);
      assert.deepEqual((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, []);
      await page.goto(server.url + '#/safety');
      await page.waitForSelector('main li:has-text("cannot hide the web address")');

      const guide = await context.newPage();
      await guide.goto(server.url + '#/guide');
      await guide.waitForSelector('.call-list a[href="tel:112"]');
      assert.equal(await guide.locator('link[rel="manifest"]').count(), 0, 'a guide link is never offered to install');
    } finally {
      await context.close();
    }
  });

  test('Chromium reports no installability error', async () => {
    // Incognito profiles cannot install apps: this test needs a real profile.
    const context = await launchPersistent();
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForApp(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.deepEqual(manifest.errors, []);
    await context.close();
  });

  test('the page declares a strict Content-Security-Policy', async () => {
    const { context } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(server.url);
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.ok(csp, 'there is a CSP meta tag');
    assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
    assert.match(csp, /object-src 'none'/);
    assert.match(csp, /base-uri 'none'/);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    await context.close();
  });
});
