import path from 'node:path';
import { defineConfig } from '@playwright/test';

// Tests that open a data folder in the test process itself use the built worker threads, as the app does.
process.env.CLUSTER_OFFICE_DB_WORKER ??= path.resolve('dist/node/db-worker.cjs');
process.env.CLUSTER_OFFICE_RENDER_WORKER ??= path.resolve('dist/node/render-worker.cjs');
process.env.CLUSTER_OFFICE_QUERY_WORKER ??= path.resolve('dist/node/query-worker.cjs');

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/e2e',
  // The specs are whole scenarios (a demo loaded, a dozen pages, documents downloaded and read back): on a busy
  // 2-core machine one can take a minute by itself.
  timeout: 150_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Two files at a time: each test has its own host and data folder, and two fit a 2-core machine.
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1366, height: 860 },
    acceptDownloads: true,
    // The app honours the system's "reduce motion": dialogs and menus appear at once, so no step waits on an
    // animation and a busy machine draws fewer frames.
    reducedMotion: 'reduce',
    launchOptions: {
      // Debian's Chromium; Playwright's own browser download is not reachable here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
    },
    // A failed test keeps its trace of DOM snapshots; the screencast of every frame is left out, as it cost
    // a third of the machine's time in every test, failed or not.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: true },
    screenshot: 'only-on-failure',
  },
});
