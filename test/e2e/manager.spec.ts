/**
 * Reporting up to the floor manager from the action bar (scenarios with a
 * `floorManager` only): a report and a request sent from the form show in its
 * log and in the activity feed; the manager's answer comes later.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { startDefault, startFile } from './helpers';

test('reports to the floor manager and asks for overtime past the budget', async ({ page }) => {
  const scenario = JSON.parse(readFileSync('scenarios/training/default-weekday-morning.json', 'utf8'));
  const file = test.info().outputPath('with-manager.json');
  writeFileSync(file, JSON.stringify({ ...scenario, id: 'with-manager', floorManager: { answerAfterMinutes: 5, budget: { overtimeMinutes: 0 } } }));
  await startFile(page, file);
  await page.getByTestId('pause').click();
  await page.getByTestId('report-manager').click();
  await page.getByTestId('manager-subject').selectOption('incident');
  await expect(page.getByTestId('manager-request')).toHaveCount(0);
  await page.getByTestId('manager-note').fill('Billing outage: callers about direct debits');
  await page.getByTestId('manager-send').click();
  await expect(page.getByTestId('manager-log')).toContainText('Incident');
  await expect(page.getByTestId('activity-feed')).toContainText('Reported to the floor manager: Incident.');

  await page.getByTestId('manager-subject').selectOption('request');
  await page.getByTestId('manager-request').selectOption('overtime');
  await page.getByTestId('manager-send').click();
  await expect(page.getByTestId('manager-log')).toContainText('asked for overtime: waiting for the answer');
  await expect(page.getByTestId('activity-feed')).toContainText('Reported to the floor manager: Request (overtime); the manager answers at 08:05.');
});

test('shows no floor manager form in a scenario without one', async ({ page }) => {
  await startDefault(page);
  await expect(page.getByTestId('action-bar')).toBeVisible();
  await expect(page.getByTestId('report-manager')).toHaveCount(0);
});
