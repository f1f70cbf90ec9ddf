import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'scripts/*.test.ts'],
    // Each data-layer test file starts its own embedded database (about 2–3 s).
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
