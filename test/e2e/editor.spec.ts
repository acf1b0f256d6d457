/**
 * The scenario editor, from the picker to the console: edit volumes and targets and see the
 * Erlang estimate move, add an adviser, see a mistake listed by path and fix it, export the
 * JSON (valid, version 2, with the changes) and play it. And the picker's import: an invalid
 * file lists every problem where it was chosen, and the choice is kept.
 */
import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { requiredAgents } from '../../sim/analytics/index';
import { validateScenario } from '../../sim/scenario/load';
import { fixture } from './helpers';

test.use({ viewport: { width: 1280, height: 860 } });

async function required(page: Page, interval: number): Promise<number> {
  return Number(await page.getByTestId(`editor-required-${interval}`).getAttribute('data-value'));
}

test('edits the default scenario, checks it live, exports it valid and plays it', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('start')).toBeEnabled();
  await page.getByTestId('open-editor').click();
  await expect(page.getByTestId('editor')).toBeVisible();
  await expect(page.getByTestId('editor-valid')).toBeVisible();
  await expect(page.getByTestId('editor-model-voice')).toContainText('Erlang A');

  // 09:00–09:30 forecasts 57.5 calls; 90 calls need more advisers, a 95 % target more still.
  const before = await required(page, 2);
  expect(before).toBeGreaterThan(0);
  await page.getByTestId('editor-volume-0-2').fill('90');
  await expect.poll(() => required(page, 2)).toBeGreaterThan(before);
  const afterVolume = await required(page, 2);
  await page.getByTestId('editor-target-0').fill('95');
  await expect.poll(() => required(page, 2)).toBeGreaterThan(afterVolume);
  await expect(page.getByTestId('editor-required-0')).not.toHaveAttribute('data-value', '');
  // The figure is sim/analytics' own: 90 calls in half an hour, AHT 180 + 15 % × 45 + 30 s, 95 % within 20 s, Erlang A.
  const erlang = (patienceSeconds: number) =>
    requiredAgents({ arrivalsPerHour: 180, ahtSeconds: 216.75, thresholdSeconds: 20, targetServiceLevel: 0.95, patienceSeconds });
  expect(await required(page, 2)).toBe(erlang(240));
  await page.getByTestId('editor-patience-0').fill('2400');
  await expect(page.getByTestId('editor-model-voice')).toContainText('mean patience 2,400 s');
  await expect.poll(() => required(page, 2)).toBe(erlang(2400));
  await page.getByTestId('editor-patience-0').fill('240');
  await expect.poll(() => required(page, 2)).toBe(erlang(240));

  // A thirteenth adviser is on shift all day.
  await expect(page.getByTestId('editor-adviser')).toHaveCount(12);
  await expect(page.getByTestId('editor-scheduled-0')).toHaveText('12');
  await page.getByTestId('editor-add-adviser').click();
  await expect(page.getByTestId('editor-adviser')).toHaveCount(13);
  await page.getByTestId('editor-adviser-name-12').fill('Zoé Faure');
  await expect(page.getByTestId('editor-scheduled-0')).toHaveText('13');

  // A mistake is listed by its path; export and play wait until it is fixed.
  await page.getByTestId('editor-aht-0').fill('-3');
  await expect(page.getByTestId('editor-problems')).toContainText('channels[0].handleTime.mean: expected a positive number, got -3');
  await expect(page.getByTestId('editor-export')).toBeDisabled();
  await expect(page.getByTestId('editor-play')).toBeDisabled();
  await page.getByTestId('editor-aht-0').fill('200');
  await expect(page.getByTestId('editor-valid')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByTestId('editor-export').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('default-weekday-morning.json');
  const text = fs.readFileSync(await file.path(), 'utf8');
  expect(text).toContain('\n  "schemaVersion": 2,');
  const scenario = validateScenario(JSON.parse(text), 'exported.json');
  const voice = scenario.channels[0];
  expect(voice.forecast![2]).toBe(90);
  expect(voice.arrivals).toMatchObject({ profile: expect.arrayContaining([{ from: '09:00', perHour: 180 }]) });
  expect(voice.serviceLevel.target).toBeCloseTo(0.95, 12);
  expect(voice.handleTime).toEqual({ dist: 'lognormal', mean: 200, cv: 0.8 });
  // Fields the form does not show come through untouched.
  expect(voice.hold).toEqual({ probability: 0.15, duration: { dist: 'exponential', mean: 45 } });
  expect(scenario.events).toHaveLength(3);
  if (!('advisers' in scenario.team)) throw new Error('expected a listed team');
  expect(scenario.team.advisers).toHaveLength(13);
  expect(scenario.team.advisers[12]).toMatchObject({ id: 'a13', name: 'Zoé Faure' });

  await page.getByTestId('editor-play').click();
  await expect(page.getByTestId('sim-clock')).toBeVisible();
  await expect(page.getByTestId('adviser-list').locator('tbody tr')).toHaveCount(13);

  // Back in the picker, the edited scenario is the choice and opens in the editor with its changes.
  await page.getByRole('button', { name: 'Change scenario' }).click();
  await expect(page.getByTestId('scenario-picker')).toHaveValue('__file__');
  await expect(page.getByTestId('start')).toBeEnabled();
  await page.getByTestId('open-editor').click();
  await expect(page.getByTestId('editor-adviser')).toHaveCount(13);
  await expect(page.getByTestId('editor-volume-0-2')).toHaveValue('90');
});

test('a new scenario starts valid; a decimal volume can be typed key by key; events are added, checked by path and removed', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('editor-new').click();
  await expect(page.getByTestId('editor-valid')).toBeVisible();
  await expect(page.getByTestId('editor-model-voice')).toContainText('Erlang A');
  const cell = page.getByTestId('editor-volume-0-0');
  await expect(cell).toHaveValue('30');
  await cell.fill('');
  await cell.pressSequentially('42.5');
  await expect(cell).toHaveValue('42.5');
  await expect(page.getByTestId('editor-valid')).toBeVisible();
  await expect(page.getByTestId('editor-forecast-differs-0')).toHaveCount(0);

  // Events: add one, break it, see it by path, remove it.
  await page.getByTestId('editor-add-event').selectOption('incident');
  await expect(page.getByTestId('editor-event')).toHaveCount(1);
  await page.getByTestId('editor-event-minutes-0').fill('0');
  await expect(page.getByTestId('editor-problems')).toContainText('events[0].minutes: expected a positive number, got 0');
  await page.getByTestId('editor-event-type-0').selectOption('vipComplaint');
  await expect(page.getByTestId('editor-valid')).toBeVisible();
  await page.getByTestId('editor-remove-event-0').click();
  await expect(page.getByTestId('editor-event')).toHaveCount(0);
  await expect(page.getByTestId('editor-valid')).toBeVisible();
});

test('an invalid file lists every problem in the picker, keeps the choice, and opens in the editor to be fixed', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('start')).toBeEnabled();
  await page.getByTestId('scenario-file').setInputFiles(fixture('invalid-many.json'));
  const list = page.getByTestId('import-problem-list');
  await expect(page.getByTestId('import-problems')).toContainText('invalid-many.json');
  await expect(list).toContainText('id: an id is lower-case letters, digits and "-"');
  await expect(list).toContainText('channels[0].serviceLevel.target: expected a number ≤ 1, got 1.5');
  await expect(list).toContainText('channels[0].handleTime.mean: expected a positive number, got -3');
  await expect(list).toContainText('team.advisers[0].skills.voice: expected a number ≤ 1, got 2');
  await expect(list).toContainText('team.advisers[0]: unknown field(s): colour');
  await expect(list.locator('li')).toHaveCount(5);
  await expect(page.getByTestId('error-panel')).toBeHidden();
  await expect(page.getByTestId('scenario-picker')).toHaveValue('training/default-weekday-morning.json');
  await expect(page.getByTestId('start')).toBeEnabled();

  // Megabytes of junk: one line.
  await page.getByTestId('scenario-file').setInputFiles({ name: 'junk.json', mimeType: 'application/json', buffer: Buffer.alloc(3 * 1024 * 1024, 'x') });
  await expect(page.getByTestId('import-problems')).toContainText('junk.json');
  await expect(list.locator('li')).toHaveCount(1);
  await expect(list).toContainText('the file: not valid JSON');
  await expect(page.getByTestId('import-edit')).toHaveCount(0);
  await page.getByTestId('scenario-file').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(6 * 1024 * 1024, ' ') });
  await expect(page.getByTestId('import-problems')).toContainText('huge.json');
  await expect(list.locator('li')).toHaveCount(1);
  await expect(list).toContainText('a scenario file may be at most 5 MB');

  // The invalid JSON file opens in the editor, which lists the same problems.
  await page.getByTestId('scenario-file').setInputFiles(fixture('invalid-many.json'));
  await expect(list.locator('li')).toHaveCount(5);
  await page.getByTestId('import-edit').click();
  await expect(page.getByTestId('editor-problems').locator('li')).toHaveCount(5);
  await page.getByTestId('editor-aht-0').fill('180');
  await expect(page.getByTestId('editor-problems').locator('li')).toHaveCount(4);
});
