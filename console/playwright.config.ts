import { defineConfig } from '@playwright/test'

// Run by e2e-tests' ConsoleInTheBrowserIT against the platform it started (GXH_CONSOLE_URL, the gateway), with
// Debian's chromium: Playwright's own browser download is not reachable everywhere.
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'target/playwright/results',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  workers: 1,
  retries: 0,
  reporter: [['list'], ['junit', { outputFile: 'target/playwright/junit.xml' }]],
  use: {
    baseURL: process.env.GXH_CONSOLE_URL ?? 'http://127.0.0.1:8080',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] },
  },
})
