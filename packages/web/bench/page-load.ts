import { BIRTH_REGISTRATION } from '../../server/test/support/province.js';
import { launchBrowser, onSlow4G, openPage } from '../test/support/browser.js';
import { startSite } from '../test/support/site.js';

/**
 * `npm run bench` (web part): how long each public page takes to show its content in Chromium
 * on Chrome DevTools' "Slow 4G" profile (onSlow4G), from a cold cache, and how much JavaScript it
 * downloads (gzipped on the wire). Targets: under 2 s; the home page's JavaScript at most 200 KB.
 */
const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 3);

const PAGES: Array<[name: string, path: string]> = [
  ['home', '/'],
  ['procedure search', '/thu-tuc?q=khai%20sinh'],
  ['procedure', `/thu-tuc/${BIRTH_REGISTRATION.code}`],
  ['tracking', '/tra-cuu'],
  ['results board', '/cong-khai'],
  ['scorecard', '/chi-so-phuc-vu'],
  ['register', '/dang-ky'],
  ['forgot password', '/quen-mat-khau'],
];

async function measure(url: string, browser: Awaited<ReturnType<typeof launchBrowser>>) {
  const page = await openPage(browser, { width: 412, height: 915 });
  const cdp = await onSlow4G(page);
  let scriptBytes = 0;
  const scripts = new Set<string>();
  cdp.on('Network.responseReceived', (event) => {
    if (event.type === 'Script') scripts.add(event.requestId);
  });
  cdp.on('Network.loadingFinished', (event) => {
    if (scripts.has(event.requestId)) scriptBytes += event.encodedDataLength;
  });
  const started = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  // Checked in the page on every frame: Playwright's own waiting (locator.waitFor) polls at growing
  // intervals, up to 500 ms apart, which would add up to half a second to what is measured.
  await page.waitForFunction(() => document.querySelector('main h1')?.checkVisibility() === true, undefined, { polling: 'raf' });
  const shownMs = Date.now() - started;
  await page.waitForLoadState('networkidle');
  await page.context().close();
  return { shownMs, scriptBytes };
}

const site = await startSite();
const browser = await launchBrowser();
try {
  console.log(`\nMotCua web pages on Chromium, "Slow 4G" (DevTools), cold cache, best of ${RUNS}`);
  for (const [name, path] of PAGES) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await measure(site.url + path, browser));
    const best = Math.min(...runs.map((run) => run.shownMs));
    const kb = runs[0]!.scriptBytes / 1024;
    const budget = name === 'home' ? ` (budget 200 KB: ${kb <= 200 ? 'met' : 'NOT MET'})` : '';
    console.log(`${name.padEnd(17)} content shown in ${(best / 1000).toFixed(2)} s (target < 2 s: ${best < 2000 ? 'met' : 'NOT MET'}), JavaScript ${kb.toFixed(1)} KB gzipped${budget}`);
  }
} finally {
  await browser.close();
  await site.close();
}
