/**
 * A scenario with a preparation phase opens on the preparation panel, clock
 * stopped; the plan check follows the commands given there; the day starts on
 * the button.
 */
import { expect, test } from '@playwright/test';
import { clockSeconds } from './helpers';

test('prepares the day on the panel, then starts it', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('scenario-picker').selectOption('training/campaign-preparation.json');
  await expect(page.getByTestId('start')).toBeEnabled();
  await page.getByTestId('start').click();
  const panel = page.getByTestId('prep-panel');
  await expect(panel).toBeVisible();
  const findings = page.getByTestId('prep-findings');
  await expect(findings.locator('[data-code="briefingMissing"]')).toHaveCount(1);
  await expect(findings.locator('[data-code="tooManyAttempts"]')).toHaveCount(1);
  await expect(page.getByTestId('prep-staffing').locator('tbody tr')).toHaveCount(16);
  // The clock waits at the start while the plan is made.
  expect(await clockSeconds(page)).toBe(9 * 3600);

  await page.getByTestId('prep-briefing').getByRole('button').click();
  await expect(findings.locator('[data-code="briefingDone"]')).toHaveCount(1);
  const dialer = page.getByTestId('prep-dialer');
  await dialer.locator('input[type="number"]').first().fill('4');
  await dialer.getByRole('button').click();
  await expect(findings.locator('[data-code="dialerCompliant"]')).toHaveCount(1);
  expect(await clockSeconds(page)).toBe(9 * 3600);
  // The first adviser has no campaign skill: the engine's refusal shows on the panel.
  await page.getByTestId('prep-channel').getByRole('button').click();
  await expect(page.getByTestId('prep-last')).toContainText('refused');

  await page.getByTestId('prep-start').click();
  await expect(panel).toBeHidden();
  await expect.poll(() => clockSeconds(page)).toBeGreaterThan(9 * 3600);
});
