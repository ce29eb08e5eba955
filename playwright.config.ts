import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests against a running portal: `npm test` starts `next start` on :3100 and sets
 * E2E_BASE_URL; against `npm run demo`, run `E2E_BASE_URL=http://localhost:3000 npm run test:e2e`.
 * No webServer block: the server's data directory and canary key belong to the test script.
 *
 * Browsers cannot be downloaded here, so the tests drive Debian's Chromium. `localhost`, not
 * 127.0.0.1: next-auth checks the origin the portal was reached on.
 */
const baseURL = process.env.E2E_BASE_URL ?? 'http://localhost:3100';

/**
 * Specs written this round that have not yet passed on the 2-core CI machine: they stay in the
 * repository and run with `E2E_ALL=1 npm run test:e2e`, but not in `npm test` until they are
 * green there (each is listed with what failed in NOTES.md). Remove a line once its spec passes.
 */
const QUARANTINED: string[] = [];
const CI = !!process.env.CI;

export default defineConfig({
  testDir: 'e2e',
  // Playwright empties outputDir at start: keep it apart from the other runners' reports.
  outputDir: 'test-results/e2e-artifacts',
  fullyParallel: true,
  forbidOnly: CI,
  workers: 2,
  retries: CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL,
    headless: true,
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts$/ },
    {
      name: 'chromium',
      testMatch: /.*\.spec\.ts$/,
      testIgnore: process.env.E2E_ALL ? [] : QUARANTINED.map((f) => `**/${f}`),
      dependencies: ['setup'],
      use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } },
    },
  ],
});
