// The guide in the languages mentees read: a phone set to Romanian,
// Chinese, French or Arabic opens a guide link in its language, Arabic runs
// right to left with phone numbers kept in order, the picker names every
// language in itself, and "Listen" reads a service in her language or says
// it cannot.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DIST, expectProblems, openContext, pollInPage, serveAndLaunch, serveDist, settled, waitForApp, waitForGuideOffline } from './support.mjs';

const words = (language) => JSON.parse(readFileSync(new URL(`../locales/${language}.json`, import.meta.url), 'utf8'));
const pack = JSON.parse(readFileSync(`${DIST}resources/default.json`, 'utf8'));
const line016 = pack.services.find((service) => service.id === 'line-016');

// A phone's voices as `speechSynthesis` lists them, and what it was asked to say.
const fakeVoices = (voices) => {
  window.__spoken = [];
  const synthesis = {
    getVoices: () => voices,
    speak: (utterance) => {
      window.__spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name });
      setTimeout(() => utterance.onend?.(), 10);
    },
    cancel: () => {},
    addEventListener: () => {},
  };
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: synthesis });
  window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
};

describe('the guide in seven languages', () => {
  const { server, browser } = serveAndLaunch();

  for (const [locale, language, lang, dir] of [
    ['ro-RO', 'ro', 'ro', 'ltr'], ['zh-CN', 'zh', 'zh-Hans', 'ltr'], ['fr-FR', 'fr', 'fr', 'ltr'], ['ar-MA', 'ar', 'ar', 'rtl'],
  ]) {
    test(`a phone set to ${locale} opens a guide link in its language`, async () => {
      const own = words(language);
      const { context, problems } = await openContext(browser, server.origin, { locale });
      const page = await context.newPage();
      await page.goto(server.url + '#/guide');
      await page.waitForSelector('a.button.call');
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.equal(await page.getAttribute('html', 'dir'), dir);
      assert.equal((await page.locator('button.quick-exit').innerText()).trim(), own.quick_exit);
      await page.locator('#resource-category option', { hasText: own.category_emergency }).waitFor({ state: 'attached' });
      await page.locator('a.button.call', { hasText: line016.name[language] }).waitFor();

      await page.goto(server.url + '#/guide/line-016');
      await page.locator('h1', { hasText: line016.name[language] }).waitFor();
      await page.locator('main').getByText(own.resources_hours, { exact: true }).waitFor();
      await page.locator('main').getByText(line016.fees_description[language]).waitFor();
      // Every number in order, whichever way the text runs.
      const whatsapp = page.locator('a[href^="https://wa.me/"], a[href*="whatsapp"]').first();
      assert.equal(await whatsapp.getAttribute('dir'), 'ltr');
      assert.equal(await whatsapp.innerText(), '600 000 016');
      await page.goto(server.url + '#/safety');
      await page.locator('h1', { hasText: own.safety_title }).waitFor();
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('the picker names every language in itself, and Arabic turns the page right to left', async () => {
    const { context, problems } = await openContext(browser, server.origin, { locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(server.url + '#/guide');
    await waitForApp(page);
    const picker = page.locator('#header-language');
    assert.deepEqual(
      (await picker.locator('option').allInnerTexts()).map((name) => name.trim()),
      ['English', 'Español', 'Català', 'Română', '中文', 'Français', 'العربية'],
    );
    await picker.selectOption('ar');
    await pollDir(page, 'rtl');
    await page.locator('button.quick-exit', { hasText: words('ar').quick_exit }).waitFor();
    await page.reload();
    await pollDir(page, 'rtl');
    await picker.selectOption('zh');
    await pollDir(page, 'ltr');
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('Listen reads a service in her language with a voice on the phone, or says it has none', async () => {
    const { context, problems } = await openContext(browser, server.origin, { locale: 'ro-RO' });
    await context.addInitScript(fakeVoices, [
      { name: 'Google română', lang: 'ro-RO', localService: false },
      { name: 'Ioana', lang: 'ro-RO', localService: true },
      { name: 'Amélie', lang: 'fr-FR', localService: true },
    ]);
    const page = await context.newPage();
    await page.goto(server.url + '#/guide/line-016');
    await page.locator('button', { hasText: words('ro').listen }).click();
    await page.waitForFunction(() => window.__spoken.length === 1);
    const [spoken] = await page.evaluate(() => window.__spoken);
    assert.equal(spoken.lang, 'ro-RO');
    assert.equal(spoken.voice, 'Ioana', 'the voice on the phone, not the network one');
    assert.ok(spoken.text.startsWith(line016.name.ro), spoken.text);
    assert.ok(spoken.text.includes(line016.description.ro));
    assert.ok(spoken.text.includes('6 0 0 0 0 0 0 1 6'), 'the WhatsApp number digit by digit');

    // A Chinese phone with no Chinese voice: not read in Romanian or French.
    await page.locator('#header-language').selectOption('zh');
    await page.locator('html[lang="zh-Hans"]').waitFor({ state: 'attached' });
    await page.locator('button', { hasText: words('zh').listen }).click();
    await page.locator('main').getByText(words('zh').listen_no_voice).waitFor();
    assert.equal((await page.evaluate(() => window.__spoken)).length, 1, 'nothing more was read');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("a guide link downloads the guide's services in her language only, asked for with the page, once", async () => {
    const { context, problems } = await openContext(browser, server.origin, { locale: 'ro-RO', serviceWorkers: 'block' });
    const page = await context.newPage();
    const packs = [];
    page.on('response', async (response) => {
      const path = new URL(response.url()).pathname.slice('/senda/'.length);
      if (path.startsWith('resources/default')) packs.push({ path, text: await response.text() });
    });
    await page.goto(server.url + '#/guide');
    await page.locator('a.button.call', { hasText: line016.name.ro }).waitFor();
    const preloaded = await page.evaluate(() => performance.getEntriesByType('resource')
      .filter((entry) => entry.initiatorType === 'link' && entry.name.includes('/resources/default'))
      .map((entry) => entry.name.split('/senda/').pop()));
    await context.close();
    assert.deepEqual(packs.map((pack) => pack.path), ['resources/default/ro.json']);
    assert.deepEqual(preloaded, ['resources/default/ro.json']);
    const codes = new Set();
    const collect = (value) => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          if (/^(en|es|ca|zh|fr|ar)$/.test(key) && typeof inner === 'string') codes.add(key);
          collect(inner);
        }
      }
    };
    collect(JSON.parse(packs[0].text));
    assert.deepEqual([...codes], [], 'no text in another language');
    assert.ok(!packs[0].text.includes(line016.name.es), "the Spanish name is not in a Romanian phone's download");
    assert.deepEqual(problems, []);
  });

  // Her language's strings come as a file of their own (strings/<code>.json,
  // src/guide_strings.rs); English is every build's fallback, as it is for
  // the pack, so a guide whose strings file never came still labels quick
  // exit. No other language's strings come with the program.
  for (const [locale, language] of [['es-ES', 'es'], ['ca-ES', 'ca'], ['ro-RO', 'ro'], ['zh-CN', 'zh'], ['fr-FR', 'fr'], ['ar-MA', 'ar']]) {
    test(`the guide link's download without other languages' strings: a phone set to ${locale} gets its own and English's`, async () => {
      const own = words(language);
      const english = words('en');
      const { context, problems } = await openContext(browser, server.origin, { locale, serviceWorkers: 'block' });
      const page = await context.newPage();
      const bodies = [];
      // The program, its chunks and strings: the packs keep offices' own
      // names ("Consorci de l'Habitatge") in every language, and have a
      // test of their own above.
      page.on('response', (response) => {
        if (!/\/(resources\/|senda\.config\.json)/.test(new URL(response.url()).pathname)) bodies.push(response.body().catch(() => Buffer.alloc(0)));
      });
      await page.goto(server.url + '#/guide');
      await page.locator('.service-row').first().waitFor();
      await page.locator('#emergency-heading', { hasText: own.resources_emergency }).waitFor();
      await page.goto(server.url + '#/guide/line-016');
      await page.locator('main').getByText(own.resources_hours, { exact: true }).waitFor();
      const downloaded = await Promise.all(bodies);
      await context.close();
      const others = ['es', 'ca', 'ro', 'zh', 'fr', 'ar'].filter((other) => other !== language);
      // A run that her language or English also has says nothing of where it came from.
      const shown = [...Object.values(own), ...Object.values(english)].join('\n');
      const found = [];
      for (const other of others) {
        for (const [key, text] of Object.entries(words(other))) {
          if (typeof text !== 'string' || text === english[key] || text === own[key]) continue;
          const longest = text.split(/\{\{[^}]*\}\}/).reduce((a, b) => (b.length > a.length ? b : a), '');
          // Six bytes: a two-character Chinese word (住房), and no run so
          // short that it turns up in any binary by chance.
          if (Buffer.byteLength(longest) < 6 || shown.includes(longest)) continue;
          if (downloaded.some((body) => body.includes(Buffer.from(longest)))) found.push(`${other}.${key}`);
        }
      }
      assert.deepEqual(found, [], `other languages' strings in a ${locale} phone's download`);
      assert.deepEqual(problems, []);
    });
  }

  // Her strings are a file of their own, so a line that failed for it
  // leaves the guide in English (never blank) until they come: asked for
  // again when the browser is back online, and by itself after 5 s for a
  // failure the browser does not see as going offline.
  // The first case stops the page's timers, so only the online event can
  // bring the strings.
  for (const { when, abort, problem, comesBack, within, timersStopped } of [
    { when: 'at once when the phone is back online', abort: 'internetdisconnected', problem: /ERR_INTERNET_DISCONNECTED/,
      comesBack: async (context) => { await context.setOffline(true); await context.setOffline(false); }, within: 3000, timersStopped: true },
    { when: 'by a later try when the line failed while the browser called it online', abort: 'failed', problem: /ERR_FAILED/,
      comesBack: async () => {}, within: 15000, timersStopped: false },
  ]) {
    test(`a guide whose strings could not be fetched is labelled in English, and in her language ${when}`, async () => {
      const { context, problems } = await openContext(browser, server.origin, { locale: 'ro-RO', serviceWorkers: 'block' });
      expectProblems(problems, problem, /^console error: TypeError: Failed to fetch/);
      const page = await context.newPage();
      if (timersStopped) await page.clock.install();
      const strings = /\/strings\/ro\.json$/;
      await page.route(strings, (route) => route.abort(abort));
      await page.goto(server.url + '#/guide');
      await page.locator('a.button.call', { hasText: line016.name.ro }).waitFor();
      assert.equal((await page.locator('button.quick-exit').innerText()).trim(), words('en').quick_exit);
      await page.unroute(strings);
      await comesBack(context);
      await page.locator('button.quick-exit', { hasText: words('ro').quick_exit }).waitFor({ timeout: within });
      await page.locator('#emergency-heading', { hasText: words('ro').resources_emergency }).waitFor();
      await context.close();
    });
  }

  test('a language she switches to stays on the phone: the guide opens in it offline', async () => {
    const offline = await serveDist();
    const { context, problems } = await openContext(browser, offline.origin, { locale: 'ro-RO' });
    const page = await context.newPage();
    const failed = [];
    page.on('requestfailed', (request) => failed.push(new URL(request.url()).pathname.slice('/senda/'.length)));
    await page.goto(offline.url + '#/guide');
    await page.locator('a.button.call', { hasText: line016.name.ro }).waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready);
    const kept = (code) => pollInPage(page, async (path) => {
      for (const name of await caches.keys()) {
        if ((await (await caches.open(name)).keys()).some((request) => request.url.endsWith(path))) return true;
      }
      return false;
    }, { arg: `resources/default/${code}.json` });
    await kept('ro');
    await page.locator('#header-language').selectOption('fr');
    await page.locator('a.button.call', { hasText: line016.name.fr }).waitFor();
    await kept('fr');
    await waitForGuideOffline(page);
    await offline.stop();
    await page.reload();
    await page.locator('a.button.call', { hasText: line016.name.fr }).waitFor();
    await page.locator('#header-language').selectOption('ro');
    await page.locator('a.button.call', { hasText: line016.name.ro }).waitFor();
    // Never kept, and offline: the guide she had stays, and she is told why.
    await page.locator('#header-language').selectOption('zh');
    await page.locator('html[lang="zh-Hans"]').waitFor({ state: 'attached' });
    await page.locator('a.button.call', { hasText: line016.name.ro }).waitFor();
    await page.locator('main').getByText(words('zh').resources_language_not_kept).waitFor();
    await settled(page);
    // Asked for once each, and not again and again: hers, the whole pack,
    // then the other languages until one this phone kept.
    assert.deepEqual(failed, ['zh', 'default', 'en', 'es', 'ca'].map((name) => `resources/default${name === 'default' ? '' : `/${name}`}.json`));

    // A fresh start offline in that language: a kept guide rather than none.
    failed.length = 0;
    await page.reload();
    await page.locator('main').getByText(words('zh').resources_language_not_kept).waitFor();
    await page.locator('a.button.call', { hasText: line016.name.ro }).waitFor();
    // The worker answers a file it does not have with an error.
    expectProblems(problems, /net::ERR_FAILED/);
    await context.close();
  });
});

async function pollDir(page, dir) {
  await page.locator(`html[dir="${dir}"]`).waitFor({ state: 'attached', timeout: 10000 });
}
