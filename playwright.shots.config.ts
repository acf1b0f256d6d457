import { defineConfig } from '@playwright/test';

// The browser tests run a test build (`--mode test`: it carries the `?faultAt=` fault hook that
// production builds leave out), kept in its own folder and on its own port so it never replaces
// or reuses the production build that `npm start` serves on 4173.
const port = 4191;
const outDir = '/tmp/dist-shots';

export default defineConfig({
  testDir: 'test/e2e', testMatch: /zz-shots/,
  // Software WebGL in headless chromium is slow: give each test room.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 1,
  fullyParallel: false,
  reporter: [['list']],
  webServer: {
    command: `npx vite build --mode test --outDir ${outDir} && npx vite preview --mode test --outDir ${outDir} --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
  use: {
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
