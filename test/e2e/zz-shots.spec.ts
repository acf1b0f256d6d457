import { expect, test } from '@playwright/test';
import { startDefault } from './helpers';

test.setTimeout(400_000);
test('launch week, five days', async ({ page }) => {
  await startDefault(page, '?scenario=training/launch-week.json');
  await expect(page.getByTestId('sim-day')).toHaveText(/Day 1\/5/);
  await page.screenshot({ path: '/tmp/shot-week-1.png' });
  // Recruitment: shortlist, interview, hire the first candidate from Wednesday.
  const panel = page.getByTestId('candidates-panel');
  await panel.scrollIntoViewIfNeeded();
  await panel.getByTestId('candidate-interview').first().click();
  await page.waitForTimeout(500);
  await panel.getByTestId('candidate-start-day').first().selectOption('3');
  await panel.getByTestId('candidate-hire').first().click();
  await page.waitForTimeout(500);
  await panel.screenshot({ path: '/tmp/shot-week-candidates.png' });
  // Reporting up.
  await page.getByTestId('report-manager').click();
  await page.getByTestId('manager-subject').selectOption('request');
  await page.getByTestId('manager-request').selectOption('overtime');
  await page.getByTestId('manager-send').click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/shot-week-manager.png' });
  await page.keyboard.press('Escape');
  for (let d = 1; d <= 5; d++) {
    await page.getByTestId('speed').selectOption('end');
    const end = d < 5 ? page.getByTestId('day-end') : page.getByTestId('campaign-summary');
    await expect(end).toBeVisible({ timeout: 120_000 });
    if (d === 1 || d === 3) await page.screenshot({ path: `/tmp/shot-week-end${d}.png`, fullPage: false });
    if (d < 5) {
      await end.getByTestId('next-day').click();
      await expect(page.getByTestId('sim-day')).toHaveText(new RegExp(`Day ${d + 1}/5`));
      if (d === 2) await page.screenshot({ path: '/tmp/shot-week-day3.png' });
    }
  }
  await page.screenshot({ path: '/tmp/shot-week-summary.png' });
});

test('preparation panel (French)', async ({ browser }) => {
  const page = await browser.newPage({ locale: 'fr-FR', viewport: { width: 1280, height: 800 } });
  await startDefault(page, '?scenario=training/campaign-preparation.json');
  await expect(page.getByTestId('prep-panel')).toBeVisible();
  await page.screenshot({ path: '/tmp/shot-prep-fr.png' });
});
