import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../test/support/browser.js';
import { startSite } from '../test/support/site.js';

/**
 * `npm run bench` (web part, after page-load.ts): Lighthouse's mobile audit (its default: a
 * mid-range phone's screen, 4× slower CPU and a slow 4G network, simulated) of the home page and
 * the procedure search, in Debian's Chromium, on the built product and the test province. Each
 * page is audited LIGHTHOUSE_RUNS times (default 3) and the median run, as Lighthouse picks it,
 * is reported. Exits with 1 when a page misses a target.
 */
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

const PAGES: Array<[name: string, path: string]> = [
  ['home', '/'],
  ['procedure search', '/thu-tuc?q=khai%20sinh'],
];

interface Target {
  label: string;
  read(result: Result): number | null;
  met(value: number): boolean;
  show(value: number): string;
  target: string;
}

const score = (category: string) => (result: Result) => result.categories[category]?.score ?? null;
const metric = (audit: string) => (result: Result) => result.audits[audit]?.numericValue ?? null;

const TARGETS: Target[] = [
  { label: 'performance', read: score('performance'), met: (value) => value >= 0.9, show: (value) => value.toFixed(2), target: '≥ 0.90' },
  { label: 'accessibility', read: score('accessibility'), met: (value) => value >= 0.95, show: (value) => value.toFixed(2), target: '≥ 0.95' },
  { label: 'CLS', read: metric('cumulative-layout-shift'), met: (value) => value <= 0.1, show: (value) => value.toFixed(3), target: '≤ 0.1' },
  { label: 'LCP', read: metric('largest-contentful-paint'), met: (value) => value <= 2500, show: (value) => `${(value / 1000).toFixed(2)} s`, target: '≤ 2.5 s' },
];

async function audit(url: string, port: number): Promise<Result> {
  const answer = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
  if (!answer) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (answer.lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${answer.lhr.runtimeError.message}`);
  return answer.lhr;
}

const site = await startSite();
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS });
let missed = 0;
try {
  console.log(`\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile (default emulation and throttling), Chromium, median of ${RUNS}`);
  for (const [name, path] of PAGES) {
    const runs: Result[] = [];
    for (let run = 0; run < RUNS; run++) runs.push(await audit(site.url + path, chrome.port));
    const median = computeMedianRun(runs);
    const figures = TARGETS.map(({ label, read, met, show, target }) => {
      const value = read(median);
      const ok = value !== null && met(value);
      if (!ok) missed++;
      return `${label} ${value === null ? 'unmeasured' : show(value)} (${target}: ${ok ? 'met' : 'NOT MET'})`;
    });
    console.log(`${name.padEnd(17)} ${figures.join(', ')}`);
    // What cost the points, for whoever has to fix them.
    for (const { id } of median.categories.accessibility?.auditRefs ?? []) {
      const result = median.audits[id];
      if (result?.scoreDisplayMode === 'binary' && result.score === 0) console.log(`  accessibility: ${result.title}`);
    }
    for (const item of (median.audits['layout-shifts']?.details as { items?: Array<{ node?: { selector?: string }; score?: number }> } | undefined)?.items ?? []) {
      console.log(`  layout shift ${item.score?.toFixed(3)} of ${item.node?.selector ?? 'an element'}`);
    }
  }
} finally {
  chrome.kill();
  await site.close();
}
if (missed > 0) {
  console.log(`${missed} Lighthouse target(s) not met`);
  process.exitCode = 1;
}
