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

// The local servers' ports: 8091 to 8095 unless E2E_PORT moves them (so a second
// checkout can run its tests beside this one).
const BASE = Number(process.env.E2E_PORT || 8091);
export const SITE = `http://127.0.0.1:${BASE}/`;
export const HOST_ORIGIN = `http://127.0.0.1:${BASE + 1}`;
// dist/ sent with Access-Control-Allow-Origin: *, the header README.md gives for
// WordPress's sandbox, where the embed's module script and wasm need CORS.
export const CORS_SITE = `http://127.0.0.1:${BASE + 2}/`;
export const SUBPATH = `http://127.0.0.1:${BASE + 3}/news/2022/refuseniks/`;
// The test-hook build (./x test writes it to target/dist-test/): the one site whose wasm
// a test may make panic. Every other test runs on the release build in dist/.
export const TEST_HOOKS_SITE = `http://127.0.0.1:${BASE + 4}/`;
// The editors' preview (preview.spec.mjs starts its own, on a copy of content/).
export const PREVIEW_PORT = BASE + 1300;

// The built site the tests run on: dist/ unless E2E_DIST names another (the editor's
// change, scripts/test-editor-change.sh, is built elsewhere).
export const DIST = process.env.E2E_DIST || 'dist';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
const DESKTOP = { viewport: { width: 1280, height: 900 } };
// What runs on every edition: the notes, the chart, the comparison, the corrections,
// the citation and schema.org data, the accessibility checks, the links between the
// editions, and at 1280 px the focus walk (focus.spec.mjs: its longer words once hid
// stops in the chart and the comparison, style/main.css says how they no longer can).
const RU_SPECS = /(focus|footnotes|casualties|comparison|corrections|edition|editions|a11y)\.spec/;
// The phone runs all of these but the focus walk (a desktop's keyboard walk).
const RU_PHONE_SPECS = /(footnotes|casualties|comparison|corrections|edition|editions|a11y)\.spec/;

export default defineConfig({
  testDir: 'tests/e2e',
  // What the page must show, from the content it is built from (tests/facts.mjs).
  globalSetup: './tests/e2e/global-setup.mjs',
  timeout: 30_000,
  // A test that fails once is a failure: a retry would hide a flaky test.
  retries: 0,
  workers: 2,
  reporter: [['list'], ['./tests/reporters/slowest.mjs']],
  use: {
    baseURL: SITE,
    launchOptions: CHROMIUM,
  },
  projects: [
    { name: 'phone', testIgnore: /preview\.spec/, metadata: { device: 'phone', edition: 'en' }, use: PHONE },
    { name: 'desktop', testIgnore: /preview\.spec/, metadata: { device: 'desktop', edition: 'en' }, use: DESKTOP },
    // The Russian edition (dist/ru/) under the specs that prove structure and
    // interaction, with its own facts (tests/e2e/fixtures.mjs reads metadata.edition).
    // The rest is English-only by nature (the article's text is the English seed's; the
    // bytes, the single file, the static edition and the preview are per site, not per
    // language; the ARIA templates are the English's) or proves what ru/ shares with it.
    { name: 'phone-ru', testMatch: RU_PHONE_SPECS, metadata: { device: 'phone', edition: 'ru' }, use: { ...PHONE, baseURL: `${SITE}ru/` } },
    { name: 'desktop-ru', testMatch: RU_SPECS, metadata: { device: 'desktop', edition: 'ru' }, use: { ...DESKTOP, baseURL: `${SITE}ru/` } },
    // The preview compiles the page on every save (its first build, minutes on 2 cores
    // when nothing is cached): it runs after the others, alone, so its compiles slow
    // no other test and no other test's server sees its builds.
    { name: 'preview', testMatch: /preview\.spec/, dependencies: ['phone', 'desktop', 'phone-ru', 'desktop-ru'], use: { viewport: { width: 1280, height: 900 } } },
  ],
  webServer: [
    // dist/ as any static server would serve it.
    { command: `python3 scripts/serve.py --port ${BASE} ${DIST}`, url: SITE, reuseExistingServer: !process.env.CI },
    // A newsroom page on another origin, embedding with the real pym.js from npm.
    { command: `python3 scripts/serve.py --port ${BASE + 1} .`, url: `${HOST_ORIGIN}/tests/fixtures/host/index.html`, reuseExistingServer: !process.env.CI },
    { command: `python3 scripts/serve.py --port ${BASE + 2} --allow-origin '*' ${DIST}`, url: CORS_SITE, reuseExistingServer: !process.env.CI },
    // dist/ under a sub-path, with the strict Content-Security-Policy the README gives.
    {
      command: `python3 scripts/serve.py --port ${BASE + 3} --base /news/2022/refuseniks/ --csp "${STRICT_CSP}" ${DIST}`,
      url: SUBPATH,
      reuseExistingServer: !process.env.CI,
    },
    { command: `python3 scripts/serve.py --port ${BASE + 4} target/dist-test`, url: TEST_HOOKS_SITE, reuseExistingServer: !process.env.CI },
  ],
});
