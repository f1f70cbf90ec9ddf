import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Config } from '../../../server/src/config.js';
import { launchBrowser } from './browser.js';
import { type Site, startSite } from './site.js';

/**
 * A site and a Chromium shared by the tests of a `describe` block: started together before them
 * and closed after them. Read `site` and `browser` inside the tests, once they are set.
 */
export function siteAndBrowser(config: Partial<Config> = {}): { site: Site; browser: Browser } {
  const shared = {} as { site: Site; browser: Browser };
  beforeAll(async () => {
    [shared.site, shared.browser] = await Promise.all([startSite(config), launchBrowser()]);
  });
  afterAll(async () => {
    await shared.browser?.close();
    await shared.site?.close();
  });
  return shared;
}
