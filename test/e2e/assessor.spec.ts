/**
 * Exams an assessor can trust, in the browser: an exam hides the live score and
 * ends with a result file the command line verifies; the assessor view verifies
 * two genuine candidates and a forged one (the same exam id, arrival rates × 0.6)
 * in its worker, compares them side by side and exports the jury's CSV.
 * Fixtures: test/e2e/fixtures/results/ (test/e2e/fixtures/makeResults.ts).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Download, type Page } from '@playwright/test';
import { fixture } from './helpers';

const results = ['candidate-a.json', 'candidate-b.json', 'candidate-forged.json'].map((n) => fixture(join('results', n)));

async function downloaded(page: Page, testId: string): Promise<{ name: string; path: string; text: string }> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = (await download.path())!;
  return { name: download.suggestedFilename(), path, text: readFileSync(path, 'utf8') };
}

test('the assessor verifies two genuine results and a forged one, compares them and exports the CSV', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('open-assessor').click();
  const view = page.getByTestId('assessor');
  await expect(view).toBeVisible();
  await expect(page.getByTestId('assessor-csv')).toBeDisabled();
  await page.getByTestId('assessor-files').setInputFiles(results);

  const candidate = (file: string) => view.locator(`[data-testid="assessor-candidate"][data-file="${file}"]`);
  await expect(candidate('candidate-a.json')).toHaveAttribute('data-status', 'verified', { timeout: 60_000 });
  await expect(candidate('candidate-b.json')).toHaveAttribute('data-status', 'verified', { timeout: 60_000 });
  await expect(candidate('candidate-forged.json')).toHaveAttribute('data-status', 'notVerified', { timeout: 60_000 });
  const statuses = view.getByTestId('assessor-status');
  await expect(statuses).toHaveText(['✔ Verified', '✔ Verified', '✖ Not verified']);
  await expect(view).toContainText('is not the official exam scenarios/exam/exam-standard-morning.json');
  await expect(view).toContainText('Pic d’appels à 09:30');
  await expect(view).toContainText(/missed: raised hand of .+ left unanswered/);

  const csv = await downloaded(page, 'assessor-csv');
  expect(csv.name).toBe('jury-results.csv');
  const lines = csv.text.trimEnd().split('\r\n');
  expect(lines).toHaveLength(4);
  expect(lines[0]).toMatch(/^File,Verification,Reasons and notes,Exam,Seed,Engine,Score \/ 100,/);
  expect(lines[1]).toMatch(/^candidate-a\.json,Verified,,/);
  expect(lines[3]).toMatch(/^candidate-forged\.json,Not verified,"?The embedded scenario/);

  // The same comparison in French, decimal comma and all.
  await page.getByTestId('lang-switch').click();
  await expect(statuses.first()).toHaveText('✔ Vérifié');
  const fr = await downloaded(page, 'assessor-csv');
  expect(fr.name).toBe('resultats-jury.csv');
  expect(fr.text.split('\r\n')[1]).toMatch(/^candidate-a\.json;Vérifié;;.*;424242;.*;\d+,\d;/);
});

test('an exam hides the live score and ends with a result file the command line verifies', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('scenario-picker').selectOption('exam/exam-standard-morning.json');
  await expect(page.getByTestId('exam-notice')).toBeVisible();
  await page.getByTestId('start').click();
  await expect(page.getByTestId('sim-clock')).toBeVisible();
  await expect(page.getByTestId('exam-marker')).toHaveText('Exam');
  await expect(page.getByTestId('score')).toHaveCount(0);
  // An alert says what it saw, never which lever to pull.
  await page.getByTestId('speed').selectOption('120');
  const alert = page.getByTestId('alerts').getByTestId('alert').first();
  await expect(alert).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('alerts')).not.toContainText('Lever:');

  await page.getByTestId('speed').selectOption('end');
  await expect(page.getByTestId('open-debrief')).toHaveText('Finish the exam', { timeout: 60_000 });
  await page.getByTestId('open-debrief').click();
  const dialog = page.getByTestId('debrief');
  await expect(dialog).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await expect(dialog.getByTestId('debrief-block')).toHaveCount(0);
  await expect(dialog.getByTestId('export-html')).toHaveCount(0);
  await dialog.getByTestId('report-analysis').fill('Incident à 09:30 : file saturée.');
  await dialog.getByTestId('report-proposals').fill('Briefer l’équipe plus tôt.');

  const file = await downloaded(page, 'exam-result-download');
  expect(file.name).toBe('exam-result-exam-standard-morning.json');
  await expect(page.getByTestId('exam-result-saved')).toContainText(file.name);
  const result = JSON.parse(file.text);
  expect(result.format).toBe('superviseur-sim/result@2');
  expect(result.report).toEqual({ analysis: 'Incident à 09:30 : file saturée.', proposals: 'Briefer l’équipe plus tôt.' });

  const saved = test.info().outputPath('browser-result.json');
  writeFileSync(saved, file.text);
  const verify = spawnSync('node_modules/.bin/tsx', ['sim/cli/verify.ts', saved], { encoding: 'utf8', timeout: 120_000 });
  expect(verify.stdout).toMatch(/^verified: /);
  expect(verify.status).toBe(0);
});

test('an exam loaded from a file is flagged: only the official one will verify', async ({ page }) => {
  const copy = test.info().outputPath('exam-copy.json');
  writeFileSync(copy, readFileSync('scenarios/exam/exam-standard-morning.json', 'utf8'));
  await page.goto('/');
  await page.getByTestId('scenario-file').setInputFiles(copy);
  await expect(page.getByTestId('exam-notice')).toContainText('Loaded from a file, not from the console');
  await page.getByTestId('scenario-picker').selectOption('exam/exam-standard-morning.json');
  await expect(page.getByTestId('exam-notice')).not.toContainText('Loaded from a file');
});
