// Every screen on the narrowest phones, with a realistic journal,
// conversations and 90 days of check-ins: no sideways scrolling, no option
// of one or two words broken over two lines, every control at least 44 px
// high, and axe-core clean in the light and the dark theme.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, openContext, serveAndLaunch } from './support.mjs';
import { ROUTES, openRoute, seedSampleData } from './sample-screens.mjs';

/** What a phone user would find wrong with the layout of the open screen. */
async function layoutDefects(page) {
  return page.evaluate(() => {
    const defects = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width) defects.push(`scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    const shown = (element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
    // The drawn words only: a word kept for screen readers is not on screen.
    const lineCount = (element) => {
      const lines = new Set();
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement.closest('.visually-hidden') || !node.textContent.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects()) if (rect.width > 1) lines.add(Math.round(rect.top));
      }
      return lines.size;
    };
    // Short options, and every label of the section navigation.
    for (const label of document.querySelectorAll('label.choice, label.scale-point, nav.site-nav a')) {
      const text = label.textContent.trim();
      if (!shown(label) || (!label.matches('nav a') && text.split(/\s+/).length > 2)) continue;
      const lines = lineCount(label);
      if (lines > 1) defects.push(`"${text}" takes ${lines} lines`);
    }
    // A phone number or opening hours inside running text, which a line
    // break would turn into two numbers.
    for (const number of document.querySelectorAll('bdi[dir="ltr"]')) {
      const lines = lineCount(number);
      if (shown(number) && lines > 1) defects.push(`the number "${number.textContent}" is broken over ${lines} lines`);
    }
    // Controls, not links inside running text (WCAG 2.5.8 leaves those out).
    const controls = 'button, select, summary, a.button, nav a, label.choice, label.scale-point, '
      + 'input:not([type="radio"]):not([type="checkbox"]):not([type="hidden"])';
    for (const control of document.querySelectorAll(controls)) {
      if (!shown(control) || control.closest('.visually-hidden, .skip-link')) continue;
      const height = control.getBoundingClientRect().height;
      if (height < 43.5) defects.push(`${control.tagName.toLowerCase()} "${(control.textContent || control.id).trim().slice(0, 30)}" is ${height.toFixed(0)} px high`);
    }
    return defects;
  });
}

describe('every screen at 320 and 360 px', () => {
  const { server, browser } = serveAndLaunch();

  /** What `check` finds on every screen, with sample data, in a browser set up by `options`. */
  async function onEveryScreen(options, check) {
    const { context, problems } = await openContext(browser, server.origin, options);
    const page = await context.newPage();
    await page.goto(server.url + '#/about');
    await seedSampleData(page, 'en');
    const found = [];
    for (const route of ROUTES) {
      await openRoute(page, server.url, route);
      for (const defect of await check(page)) found.push(`#/${route}: ${defect}`);
    }
    await context.close();
    return { found, problems };
  }

  for (const width of [320, 360]) {
    test(`${width} px: no sideways scroll, short options on one line, controls 44 px high`, async () => {
      const { found, problems } = await onEveryScreen({ viewport: { width, height: 800 } }, layoutDefects);
      assert.deepEqual(found, []);
      assert.deepEqual(problems, []);
    });
  }

  // The mentee's path in the languages whose words are widest or run
  // right to left; the mentor's screens in English are covered above.
  for (const locale of ['ar', 'ro', 'zh', 'fr']) {
    test(`320 and 360 px in ${locale}: the guide, a service and the safety tips fit, axe finds nothing`, async () => {
      const found = [];
      for (const width of [320, 360]) {
        const { context, problems } = await openContext(browser, server.origin, { viewport: { width, height: 800 }, locale });
        const page = await context.newPage();
        for (const route of ['guide', 'guide/line-016', 'safety', 'journal']) {
          await openRoute(page, server.url, route);
          for (const defect of await layoutDefects(page)) found.push(`${width} px #/${route}: ${defect}`);
          if (width === 360) for (const violation of await axeViolations(page)) found.push(`#/${route}: ${violation}`);
        }
        found.push(...problems);
        await context.close();
      }
      assert.deepEqual(found, []);
    });
  }

  for (const colorScheme of ['light', 'dark']) {
    test(`axe finds nothing on any screen in the ${colorScheme} theme`, async () => {
      const { found } = await onEveryScreen({ viewport: { width: 360, height: 800 }, colorScheme }, axeViolations);
      assert.deepEqual(found, []);
    });
  }
});
