import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests against the built app (`node build`), in the system Chromium
 * (`/usr/bin/chromium`, or CHROMIUM_PATH): no browser download.
 *
 * `scripts/test-all.sh` builds first and picks the reporters; run alone, the web server
 * builds when `build/` is missing. PW_REPORTER overrides the reporter (e.g. `list`).
 */
/** E2E_PORT lets several checkouts run their suites side by side. */
const PORT = Number(process.env.E2E_PORT) || 4173;
const CI = Boolean(process.env.CI);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: false,
	forbidOnly: CI,
	retries: 0,
	workers: CI ? 1 : 2,
	timeout: 30_000,
	// A first page reads the part-of-speech model before it is "ready": on a loaded 2-core machine that took over 5 s
	// (three tests failed so, with other suites running beside them), so an assertion waits up to 15 s.
	expect: { timeout: 15_000 },
	// Not `test-results/` itself: Playwright empties its outputDir, and the other suites'
	// JSON reports live there.
	outputDir: 'test-results/playwright',
	reporter: process.env.PW_REPORTER ? [[process.env.PW_REPORTER]] : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
					args: [
						'--headless',
						'--no-sandbox',
						'--disable-gpu',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
						'--no-first-run'
					]
				}
			}
		}
	],
	webServer: {
		command: 'test -d build || npm run build; node build',
		url: `http://127.0.0.1:${PORT}`,
		env: { PORT: String(PORT), HOST: '127.0.0.1' },
		reuseExistingServer: !CI,
		timeout: 120_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
