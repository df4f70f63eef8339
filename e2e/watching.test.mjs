// Every e2e test is watched: a console error, a page error, a CSP violation
// or a request to another origin fails it, named, unless the test said it
// expects that problem (support.mjs, openContext). Run on planted defects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

test('a test fails on each problem its pages had, named, and passes on one it expected', () => {
  const planted = fileURLToPath(new URL('./fixtures/planted-problems.mjs', import.meta.url));
  // Without this runner's own NODE_TEST_CONTEXT, which would make the
  // inner runner report to it in binary instead of printing TAP.
  const { NODE_TEST_CONTEXT, ...env } = process.env;
  const run = spawnSync(process.execPath, ['--test', '--test-reporter=tap', planted], { encoding: 'utf8', env, timeout: 120_000 });
  const report = run.stdout;
  const outcome = (name) => report.match(new RegExp(`^(not ok|ok) \\d+ - ${name}$`, 'm'))?.[1];
  assert.equal(outcome('planted: a console error'), 'not ok', report);
  assert.match(report, /console error: planted console error/);
  assert.equal(outcome('planted: an image from another origin'), 'not ok', report);
  assert.match(report, /CSP violation: img-src https:\/\/planted\.example\/pixel\.png/);
  assert.equal(outcome('planted: a page error'), 'not ok', report);
  assert.match(report, /page error: planted page error/);
  assert.equal(outcome('planted, and expected: a console error the test asked for'), 'ok', report);
  assert.notEqual(run.status, 0);
});
