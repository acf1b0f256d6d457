/**
 * Reports (does not assert timings) the main-thread cost per snapshot: store
 * update + React render + floor update and PixiJS render, measured in the page
 * with performance.now() (window.__perf). Also reports the page's frame rate and
 * long tasks over the same window, which include the compositor's work.
 */
import { expect, test, type Page } from '@playwright/test';
import { fixture, startDefault, startFile } from './helpers';

interface Window5s { frames: number; longTasks: number; longTaskMs: number }

async function measure(page: Page, label: string) {
  await page.getByTestId('speed').selectOption('120');
  await page.waitForTimeout(1000);
  await page.evaluate(() => window.__perfReset!());
  const win: Window5s = await page.evaluate(async () => {
    let longTasks = 0;
    let longTaskMs = 0;
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        longTasks++;
        longTaskMs += e.duration;
      }
    });
    observer.observe({ type: 'longtask' });
    let frames = 0;
    const t0 = performance.now();
    await new Promise<void>((done) => {
      const frame = () => {
        frames++;
        if (performance.now() - t0 < 5000) requestAnimationFrame(frame);
        else done();
      };
      requestAnimationFrame(frame);
    });
    observer.disconnect();
    return { frames, longTasks, longTaskMs };
  });
  const perf = await page.evaluate(() => window.__perf!());
  const line =
    `${label}: ${perf.samples} snapshots in 5 s, main thread per snapshot mean ${perf.meanMs.toFixed(2)} ms, ` +
    `p50 ${perf.p50Ms.toFixed(2)} ms, p95 ${perf.p95Ms.toFixed(2)} ms, max ${perf.maxMs.toFixed(2)} ms; ` +
    `${(win.frames / 5).toFixed(0)} frames/s, ${win.longTasks} long tasks (${win.longTaskMs.toFixed(0)} ms)`;
  console.log(`[perf] ${line}`);
  test.info().annotations.push({ type: 'perf', description: line });
  return perf;
}

test('main-thread ms per snapshot with 12 advisers', async ({ page }) => {
  await startDefault(page);
  const perf = await measure(page, '12 advisers');
  expect(perf.advisers).toBe(12);
  expect(perf.samples).toBeGreaterThan(10);
});

test('main-thread ms per snapshot with 500 advisers', async ({ page }) => {
  await startFile(page, fixture('large-centre-500.json'));
  const perf = await measure(page, '500 advisers');
  expect(perf.advisers).toBe(500);
  expect(perf.samples).toBeGreaterThan(10);
});

test('a whole 10-hour day with 500 advisers keeps the page heap bounded', async ({ page }) => {
  await startFile(page, fixture('large-centre-500.json'));
  const heap = () => page.evaluate(() => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
  await page.waitForTimeout(1000);
  const before = await heap();
  await page.getByTestId('speed').selectOption('end');
  await expect(page.getByText('Shift over')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('sim-clock')).toHaveText(/^1[89]:\d\d:\d\d$/);
  const after = await heap();
  const line = `500 advisers, 08:00–18:00 run to the end: page JS heap ${(before / 1e6).toFixed(1)} MB → ${(after / 1e6).toFixed(1)} MB`;
  console.log(`[perf] ${line}`);
  test.info().annotations.push({ type: 'perf', description: line });
  expect(after).toBeLessThan(before + 100e6);
});
