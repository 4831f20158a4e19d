// End-to-end tests of the built widget (tests/e2e/*.spec.mjs) in the system Chromium, never
// a downloaded browser. `make test-e2e` runs them on dist/; `ECC_DIST=folder` on another
// build. The static server (tests/e2e/server.mjs) is a worker fixture (tests/e2e/fixtures.mjs):
// tests replace or hold back what it serves, which two workers must not share.

import { defineConfig } from '@playwright/test';

const CHROMIUM = '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.mjs',
  globalSetup: './tests/e2e/global-setup.mjs',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-gpu'],
    },
    serviceWorkers: 'block',
    trace: 'off',
    screenshot: 'off',
  },
  projects: [
    {
      // Every feature, on a desktop screen (and the layout at 1280 px).
      name: 'desktop',
      testIgnore: ['nojs.spec.mjs', 'smoke.spec.mjs'],
      grepInvert: /@phone/,
      use: { viewport: { width: 1280, height: 900 } },
    },
    {
      // A narrow screen without touch: the layout at 320 px (no horizontal scroll, a
      // screenshot) and one flow through the widget, the tests tagged @phone.
      name: 'phone',
      testMatch: ['layout.spec.mjs', 'smoke.spec.mjs'],
      grep: /@phone/,
      use: { viewport: { width: 320, height: 800 }, hasTouch: false, isMobile: false },
    },
    {
      // The page as it is without JavaScript.
      name: 'no-js',
      testMatch: 'nojs.spec.mjs',
      use: { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } },
    },
  ],
});
