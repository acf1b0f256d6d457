/**
 * The end of a shift: run to the end, open the debrief (blocks with their
 * entries, missed moments, timelines against doing nothing with the actions
 * marked), write the report and export it, in English and in French; download the timesheet.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { startDefault } from './helpers';

async function downloaded(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

/** Opens the overflow (one action to mark), then runs the shift to its end and opens the debrief. */
async function playToEnd(page: Page): Promise<void> {
  await startDefault(page, '?scenario=training/multichannel-tuesday.json');
  await page.getByTestId('action-bar').getByTestId('overflow-toggle-outsourcer').click();
  await expect(page.getByTestId('action-bar').getByTestId('overflow-status-outsourcer')).toHaveAttribute('data-open', 'true');
  await expect(page.getByTestId('open-debrief')).toBeHidden();
  await page.getByTestId('speed').selectOption('end');
  await expect(page.getByTestId('open-debrief')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('open-debrief').click();
  await expect(page.getByTestId('debrief')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
}

test('the debrief shows the score by block, the timelines and exports the report (English)', async ({ page }) => {
  await playToEnd(page);
  const debrief = page.getByTestId('debrief');
  await expect(debrief.getByTestId('debrief-block')).toHaveCount(3);
  await expect(debrief.locator('[data-block="resources"]')).toContainText('Resources');
  await expect(debrief.locator('[data-block="improvement"]')).toContainText('Improvement');
  const charts = debrief.getByTestId('debrief-chart');
  await expect(charts).toHaveCount(4);
  await expect(charts.first().locator('canvas')).toBeVisible();
  await expect(charts.first()).toHaveAttribute('data-marks', '1');
  await expect(charts.first()).toContainText('Doing nothing');

  await debrief.getByTestId('report-analysis').fill('Opened the overflow at the start <early> to protect the service level.');
  await debrief.getByTestId('report-proposals').fill('Staff one more adviser on email in the afternoon.');

  const json = JSON.parse((await downloaded(page, 'export-json')).text);
  expect(json.score.total).toEqual(expect.any(Number));
  expect(json.sections.find((s: { id: string }) => s.id === 'analysis').text).toContain('Opened the overflow');

  const html = await downloaded(page, 'export-html');
  expect(html.name).toMatch(/^shift-report-multichannel-tuesday-\d+\.html$/);
  expect(html.text).toContain('<html lang="en">');
  expect(html.text).toContain('Opened the overflow at the start &lt;early&gt; to protect the service level.');
  expect(html.text).toContain('Staff one more adviser on email in the afternoon.');
  expect(html.text).toContain(`${json.score.total.toFixed(1)} / 100`);
  expect(html.text).toContain('openOverflow');


  const csv = await downloaded(page, 'export-csv');
  expect(csv.name).toMatch(/\.csv$/);
  expect(csv.text).toContain('Score by block');
  expect(csv.text).toMatch(/^Score total,\d+(\.\d)?,$/m);

  // The timesheet for HR: a header, then one row per adviser (the scenario's twelve), day 1 of its date.
  const timesheet = await downloaded(page, 'timesheet-download');
  expect(timesheet.name).toMatch(/^timesheet-multichannel-tuesday-\d+\.csv$/);
  const rows = timesheet.text.split('\r\n').filter((l) => l !== '');
  expect(rows[0]).toMatch(/^day,date,adviser_id,name,scheduled_start,scheduled_end,scheduled_minutes,first_login,last_logout,worked_minutes,/);
  expect(rows).toHaveLength(1 + JSON.parse(readFileSync('scenarios/training/multichannel-tuesday.json', 'utf8')).team.advisers.length);
  expect(rows[1]).toMatch(/^1,2026-12-01,/);

  // Closing keeps the text; the console is still there.
  await debrief.getByTestId('close-debrief').click();
  await expect(page.getByTestId('debrief')).toBeHidden();
  await page.getByTestId('open-debrief').click();
  await expect(page.getByTestId('report-analysis')).toHaveValue(/Opened the overflow/);
});

test('in French, the debrief and the exported report use French words and numbers', async ({ page }) => {
  await playToEnd(page);
  await page.getByTestId('close-debrief').click();
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('open-debrief')).toHaveText('Débriefing');
  await expect(page.getByTestId('score')).toHaveAttribute('title', /Ressources : [\d,]+ \/ 100/);
  await page.getByTestId('open-debrief').click();
  const debrief = page.getByTestId('debrief');
  await expect(debrief).toHaveAttribute('data-ready', 'true');
  await expect(debrief).toContainText('Note par bloc');
  await expect(debrief.getByTestId('debrief-chart').first()).toContainText('Sans intervention');
  await expect(debrief.getByTestId('timesheet-download')).toHaveText('Feuille de temps (CSV)');
  await debrief.getByTestId('report-analysis').fill('Débordement ouvert dès 8 h ; « trop tôt » ?');

  const html = await downloaded(page, 'export-html');
  expect(html.name).toMatch(/^compte-rendu-multichannel-tuesday-\d+\.html$/);
  expect(html.text).toContain('<html lang="fr">');
  expect(html.text).toContain('Compte rendu de vacation');
  expect(html.text).toContain('Débordement ouvert dès 8 h ; « trop tôt » ?');
  expect(html.text).toMatch(/\d+,\d[\u202f\u00a0]%/);

  const csv = await downloaded(page, 'export-csv');
  expect(csv.text).toContain('Note par bloc');
  expect(csv.text).toMatch(/^Note totale;\d+(,\d)?;$/m);
  expect(csv.text).toContain('"Débordement ouvert dès 8 h ; « trop tôt » ?"');
});
