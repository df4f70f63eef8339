// The build the way Trunk users build for a sub-path: `trunk build --release
// --public-url /senda/` (tools/test.sh writes it to dist-public-url/). Every
// link is absolute under /senda/, and each integrity hash must still match
// the file after the wasm was split, or the browser loads nothing.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, openContext, serveDist, waitForApp } from './support.mjs';

const BUILD = fileURLToPath(new URL('../dist-public-url/', import.meta.url));

describe('a build with --public-url /senda/', () => {
  let server;
  let browser;
  before(async () => { server = await serveDist(BUILD); browser = await launch(); });
  after(async () => { await browser?.close(); await server?.stop(); });

  test('links under the public URL, and the app and a later section load with no integrity error', async () => {
    const html = readFileSync(`${BUILD}index.html`, 'utf8');
    // Both programs' files, as the page's first script names them.
    assert.match(html, /"wasm":"\/senda\/senda-[0-9a-f]+_bg\.wasm"/);
    assert.match(html, /"wasm":"\/senda\/senda-guide-[0-9a-f]+_bg\.wasm"/);
    const { context, problems } = await openContext(browser, server.origin);
    const page = await context.newPage();
    await page.goto(server.url + '#/journal');
    await waitForApp(page);
    await page.goto(server.url + '#/guide');
    await page.waitForSelector('.call-list a[href="tel:112"]');
    // A guide link opened fresh starts the guide's own program, and its
    // chunk of a service's page loads under the sub-path too.
    const guide = await context.newPage();
    await guide.goto(server.url + '#/guide');
    await guide.locator('.service-row').first().click();
    await guide.waitForSelector('main h1');
    assert.equal(await guide.evaluate(() => self.sendaProgram.js.startsWith('/senda/senda-guide-')), true);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
