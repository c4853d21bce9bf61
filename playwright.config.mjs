// End-to-end tests against the built dist/, served by a plain static server.
import { defineConfig } from '@playwright/test';

export const CHROMIUM = {
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
};

// The policy README.md recommends; the tests serve dist/ under it.
export const STRICT_CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'";

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  // A test that fails once is a failure: a retry would hide a flaky test.
  retries: 0,
  workers: 2,
  reporter: [['list'], ['./tests/reporters/slowest.mjs']],
  use: {
    baseURL: 'http://127.0.0.1:8091/',
    launchOptions: CHROMIUM,
  },
  projects: [
    { name: 'phone', use: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 } },
    { name: 'desktop', use: { viewport: { width: 1280, height: 900 } } },
  ],
  webServer: [
    // dist/ as any static server would serve it.
    { command: 'python3 scripts/serve.py --port 8091 dist', url: 'http://127.0.0.1:8091/', reuseExistingServer: !process.env.CI },
    // A newsroom page on another origin, embedding with the real pym.js from npm.
    { command: 'python3 scripts/serve.py --port 8092 .', url: 'http://127.0.0.1:8092/tests/fixtures/host/index.html', reuseExistingServer: !process.env.CI },
    // dist/ under a sub-path, with the strict Content-Security-Policy the README gives.
    {
      command: `python3 scripts/serve.py --port 8094 --base /news/2022/refuseniks/ --csp "${STRICT_CSP}" dist`,
      url: 'http://127.0.0.1:8094/news/2022/refuseniks/',
      reuseExistingServer: !process.env.CI,
    },
  ],
});
