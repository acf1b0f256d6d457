/**
 * A campaign plays day after day in the browser: the two-morning training run to the
 * end of Thursday, the end-of-day screen with what carries over, Friday morning, and
 * the campaign summary after the last day.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Download } from '@playwright/test';
import { startDefault } from './helpers';

test('plays two days: the end of day 1, what carries over, day 2, the campaign summary', async ({ page }) => {
  await startDefault(page, '?scenario=training/two-mornings.json');
  await expect(page.getByTestId('sim-day')).toHaveText('Day 1/2 · Thu 11 June');
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('sim-day')).toHaveText('Jour 1/2 · jeu. 11 juin');
  await page.getByTestId('lang-switch').click();
  await page.getByTestId('speed').selectOption('end');

  const dayEnd = page.getByTestId('day-end');
  await expect(dayEnd).toBeVisible({ timeout: 30_000 });
  await expect(dayEnd).toContainText('End of day 1 · Thu 11 June');
  const carry = dayEnd.getByTestId('day-carry');
  await expect(carry).toContainText('What carries over');
  await expect(carry.getByTestId('carry-row').first()).toBeVisible();
  // The day's debrief, its timesheet included (the day's rows).
  await expect(dayEnd.getByTestId('debrief-block')).toHaveCount(3);
  await expect(dayEnd.getByTestId('timesheet-download')).toBeVisible();

  await dayEnd.getByTestId('next-day').click();
  await expect(page.getByTestId('day-end')).toBeHidden();
  await expect(page.getByTestId('sim-day')).toHaveText('Day 2/2 · Fri 12 June');

  const summary = page.getByTestId('campaign-summary');
  await expect(summary).toBeVisible({ timeout: 30_000 });
  await expect(summary.getByTestId('campaign-day-row')).toHaveCount(2);
  await expect(summary.getByTestId('campaign-day-row').nth(1)).toContainText('Fri 12 June');
  await expect(summary.getByTestId('campaign-score')).toContainText('Campaign score');
  // The whole run's timesheet: one row per adviser and day, both days.
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), summary.getByTestId('campaign-timesheet-download').click()]);
  const rows = readFileSync((await download.path())!, 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
  expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(['2026-06-11', '2026-06-12']));
  expect(rows.filter((r) => r[0] === '1').length).toBe(rows.filter((r) => r[0] === '2').length);
});
