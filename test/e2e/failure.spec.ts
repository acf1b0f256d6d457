/** Failures in the worker reach the page as readable messages with a way out; the page never freezes. */
import { expect, test } from '@playwright/test';
import { clockSeconds, fixture, startDefault } from './helpers';

test('a broken scenario file is reported in the picker with its JSON path and problem, and the choice is kept', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('start')).toBeEnabled();
  await page.getByTestId('scenario-file').setInputFiles(fixture('broken-scenario.json'));
  const problems = page.getByTestId('import-problems');
  await expect(problems).toContainText('broken-scenario.json');
  await expect(page.getByTestId('import-problem-list')).toContainText('channels[0].handleTime.mean: expected a positive number, got -3');
  await expect(page.getByTestId('error-panel')).toBeHidden();
  await expect(page.getByTestId('scenario-picker')).toHaveValue('training/default-weekday-morning.json');
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
