// `make screenshots`: the release build served as plain files, every screen
// opened at 360×800 with realistic sample data (e2e/sample-screens.mjs), in
// English and Spanish, light and dark, each written as a PNG into
// docs/screens/ (<route>-<language>-<theme>.png); and the mentee's guide
// (the list, a service, the safety tips) in Arabic, Chinese, Romanian and
// French, light. Run it again when a screen changes; the pictures are the
// design's record.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, serveDist } from '../e2e/support.mjs';
import { ROUTES, openRoute, seedSampleData } from '../e2e/sample-screens.mjs';

const OUT = fileURLToPath(new URL('../docs/screens/', import.meta.url));
mkdirSync(OUT, { recursive: true });
for (const old of readdirSync(OUT).filter((name) => name.endsWith('.png'))) rmSync(OUT + old);

const server = await serveDist();
const browser = await launch();
let written = 0;
try {
  for (const language of ['en', 'es']) {
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width: 360, height: 800 }, colorScheme, locale: language });
      const page = await context.newPage();
      await page.goto(server.url + '#/about');
      await seedSampleData(page, language);
      for (const route of ROUTES) {
        await openRoute(page, server.url, route);
        // No blinking caret or focus ring in the picture.
        await page.evaluate(() => document.activeElement?.blur());
        await page.screenshot({ path: `${OUT}${route.replaceAll('/', '-')}-${language}-${colorScheme}.png` });
        written += 1;
      }
      await context.close();
    }
  }
  for (const language of ['ar', 'zh', 'ro', 'fr']) {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: language });
    const page = await context.newPage();
    for (const route of ['guide', 'guide/line-016', 'safety']) {
      await openRoute(page, server.url, route);
      await page.evaluate(() => document.activeElement?.blur());
      await page.screenshot({ path: `${OUT}${route.replaceAll('/', '-')}-${language}-light.png` });
      written += 1;
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(`${written} screens written to docs/screens/`);
