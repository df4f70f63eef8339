// Lighthouse (npm, pinned in package.json) on the release build: its default
// mobile run (simulated slow 4G, 4x CPU) in Debian's Chromium, performance
// only. `make bench` reports the score, LCP and TBT for the journal and for a
// mentee's shared guide.
import lighthouse from 'lighthouse';
import { launch as launchChrome } from 'chrome-launcher';
import { CHROMIUM_ARGS } from '../e2e/support.mjs';

/**
 * Performance score (0–100), LCP and TBT in ms for each of `urls`, one
 * browser each. `applied`: Lighthouse's other way to throttle, slowing the
 * real connection (every round trip really takes its time) instead of
 * simulating it from an unthrottled load, which leaves out requests that
 * wait for one another.
 */
export async function lighthouseScores(urls, { applied = false } = {}) {
  const scores = [];
  for (const url of urls) {
    const chrome = await launchChrome({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
    try {
      const { lhr } = await lighthouse(url, {
        port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json', maxWaitForLoad: 60000,
        ...(applied ? { throttlingMethod: 'devtools' } : {}),
      });
      scores.push({
        url,
        score: Math.round((lhr.categories.performance.score ?? 0) * 100),
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        problem: lhr.runtimeError?.message,
      });
    } finally {
      await chrome.kill();
    }
  }
  return scores;
}
