/**
 * The staffing lab in the browser: a small sweep runs on the workers pool with a
 * progress bar, its results (a row per variant, charts, the Erlang comparison and
 * the required staff) export as CSV, and a larger sweep can be cancelled.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';

async function openLab(page: Page) {
  await page.goto('/');
  await page.getByTestId('open-lab').click();
  await expect(page.getByTestId('lab')).toBeVisible();
  await page.getByTestId('lab-scenario').selectOption('validation/erlang-a-team11.json');
}

async function sweep(page: Page, from: number, to: number, replications: number) {
  await page.getByTestId('lab-dimension').selectOption('advisers');
  await page.getByTestId('lab-from').fill(String(from));
  await page.getByTestId('lab-to').fill(String(to));
  await page.getByTestId('lab-replications').fill(String(replications));
  await page.getByTestId('lab-run').click();
}

test('runs a small sweep with progress, shows mean ± CI beside Erlang, and exports the CSV', async ({ page }) => {
  await openLab(page);
  await sweep(page, 10, 12, 12);
  // The bar is there while the workers run, and counts every run of the sweep.
  const progress = page.getByTestId('lab-progress');
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute('max', '36');
  await expect(page.getByTestId('lab-status')).toHaveAttribute('data-kind', 'done', { timeout: 60_000 });
  const results = page.getByTestId('lab-results');
  await expect(results).toHaveAttribute('data-variants', '3');
  await expect(results).toHaveAttribute('data-replications', '12');
  await expect(page.getByTestId('lab-variant-row')).toHaveCount(3);
  // Each service level is a mean with its interval, and rises with the team.
  const sl = await page.getByTestId('lab-sl').allTextContents();
  expect(sl.every((s) => /%\s±\s/.test(s))).toBe(true);
  const means = sl.map((s) => Number(s.split('%')[0].replace(',', '.').replace(/\s/g, '')));
  expect(means[2]).toBeGreaterThan(means[0]);
  for (const id of ['lab-chart-sl', 'lab-chart-abandon', 'lab-chart-intervals']) await expect(page.getByTestId(id).locator('canvas')).toHaveCount(1);
  await expect(page.getByTestId('lab-caveats')).toHaveAttribute('data-caveats', /abandonment/);
  // Per interval, for the variant chosen: mean ± CI beside Erlang C and A.
  await page.getByTestId('lab-interval-table').locator('xpath=ancestor::details').locator('summary').click();
  await expect(page.getByTestId('lab-interval-row').first()).toContainText('±');
  await expect(page.getByTestId('lab-required-row').first()).toBeVisible();
  // The interval-by-interval plan runs in a worker of its own and fills a column per interval.
  await page.getByTestId('lab-plan-search').click();
  await expect(page.getByTestId('lab-plan')).toHaveAttribute('data-kind', 'done', { timeout: 60_000 });
  const plan = await page.getByTestId('lab-plan-cell').allTextContents();
  expect(plan.length).toBe(await page.getByTestId('lab-required-row').count());
  expect(plan.every((x) => /^\d+$/.test(x))).toBe(true);

  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.getByTestId('lab-csv').click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const lines = readFileSync((await download.path())!, 'utf8').trimEnd().split('\r\n');
  // The page is in English here: `,` separators. A day row and one row per interval, per variant and channel.
  const header = lines[0].split(',');
  expect(header[0]).toBe('advisers');
  expect(header).toContain('serviceLevelLow95');
  expect(header).toContain('erlangAServiceLevel');
  const intervals = await page.getByTestId('lab-required-row').count();
  expect(lines.length - 1).toBe(3 * (1 + intervals));
  expect(lines.filter((l) => l.split(',')[2] === 'day')).toHaveLength(3);
});

test('cancels a sweep part-way, keeps the page usable, and says how far it got', async ({ page }) => {
  await openLab(page);
  await sweep(page, 6, 16, 200);
  const progress = page.getByTestId('lab-progress');
  await expect(progress).toHaveAttribute('max', '2200');
  await expect.poll(async () => Number(await progress.getAttribute('value')), { timeout: 30_000 }).toBeGreaterThan(0);
  await expect(page.getByTestId('lab-progress-text')).toContainText(/ left/);
  await page.getByTestId('lab-cancel').click();
  await expect(page.getByTestId('lab-status')).toHaveAttribute('data-kind', 'cancelled');
  await expect(page.getByTestId('lab-status')).toContainText('of 2,200');
  await expect(page.getByTestId('lab-results')).toHaveCount(0);
  await expect(page.getByTestId('lab-run')).toBeEnabled();
  // A bad range is refused with the reason, and nothing runs.
  await page.getByTestId('lab-from').fill('12');
  await page.getByTestId('lab-to').fill('9');
  await page.getByTestId('lab-run').click();
  await expect(page.getByTestId('lab-problems')).toContainText('backwards');
});
