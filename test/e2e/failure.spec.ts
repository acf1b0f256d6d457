/** Failures in the worker reach the page as readable messages with a way out; the page never freezes. */
import { expect, test } from '@playwright/test';
import { clockSeconds, fixture, startDefault } from './helpers';

test('a broken scenario file is reported with its file, JSON path and problem', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('scenario-file').setInputFiles(fixture('broken-scenario.json'));
  const panel = page.getByTestId('error-panel');
  await expect(panel).toBeVisible();
  await expect(page.getByTestId('error-message')).toContainText('broken-scenario.json: $.channels[0].handleTime.mean');
  await expect(page.getByTestId('error-message')).toContainText('got -3');
  await page.getByTestId('error-pick').click();
  await expect(panel).toBeHidden();
  await page.getByTestId('scenario-picker').selectOption('training/default-weekday-morning.json');
  await expect(page.getByTestId('start')).toBeEnabled();
});

test('an engine error offers restore and restart; restore goes back to the last safe time', async ({ page }) => {
  // Test hook (test builds only): the engine loop throws once simulated time reaches 08:10.
  await startDefault(page, '?faultAt=600');
  await page.getByTestId('speed').selectOption('120');
  const panel = page.getByTestId('error-panel');
  await expect(panel).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('error-message')).toContainText('Injected fault at 08:10:00');
  await expect(page.getByTestId('error-restart')).toBeVisible();
  const restore = page.getByTestId('error-restore');
  await expect(restore).toContainText(/08:0\d:\d\d/);

  await restore.click();
  await expect(panel).toBeHidden();
  const restored = await clockSeconds(page);
  expect(restored).toBeGreaterThan(8 * 3600 + 500);
  expect(restored).toBeLessThan(8 * 3600 + 600);
  await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
  await page.getByTestId('play').click();
  await expect.poll(() => clockSeconds(page), { timeout: 20_000 }).toBeGreaterThan(8 * 3600 + 700);
  await expect(panel).toBeHidden();
});

test('restart goes back to the start of the shift', async ({ page }) => {
  await startDefault(page, '?faultAt=300');
  await page.getByTestId('speed').selectOption('120');
  await expect(page.getByTestId('error-panel')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('error-restart').click();
  await expect(page.getByTestId('error-panel')).toBeHidden();
  expect(await clockSeconds(page)).toBe(8 * 3600);
});
