/**
 * Sessions are never lost: a reload or a dead worker brings the session back by
 * replay to the same clock, KPIs and score, paused, saying so; saved sessions can
 * be exported, deleted and imported back, and a bad file changes nothing.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { clockSeconds, startDefault } from './helpers';

const tiles = ['kpi-service-level', 'kpi-asa', 'kpi-abandon-rate', 'kpi-occupancy', 'score'] as const;

/** Sends the first adviser of the list who can go on a break there, from the card (paused). */
async function sendToBreak(page: Page, minutes: string): Promise<void> {
  const rows = page.getByTestId('adviser-list').locator('tbody tr[data-adviser-id]');
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) {
    const state = await row.locator('[data-state]').first().getAttribute('data-state');
    if (state !== 'available' && state !== 'talking') continue;
    await row.click();
    const card = page.getByTestId('adviser-card');
    await card.getByTestId('card-minutes-sendToBreak').fill(minutes);
    await card.getByTestId('card-action-sendToBreak').click();
    await expect(page.getByTestId('notice').first()).toContainText('Done');
    return;
  }
  throw new Error('no adviser to send on a break');
}

/** Plays the default morning with two commands, past 08:35, then pauses once the save has caught up. */
async function playMidShift(page: Page): Promise<void> {
  await startDefault(page);
  // Past the opening first: paused before the first tick, nobody has logged in yet.
  await expect.poll(() => clockSeconds(page), { timeout: 30_000 }).toBeGreaterThan(8 * 3600);
  await page.getByTestId('pause').click();
  await sendToBreak(page, '12');
  await page.getByTestId('speed').selectOption('120');
  await page.getByTestId('play').click();
  await expect.poll(() => clockSeconds(page), { timeout: 30_000 }).toBeGreaterThan(8 * 3600 + 17 * 60);
  await page.getByTestId('pause').click();
  await sendToBreak(page, '8');
  await page.getByTestId('play').click();
  await expect.poll(() => clockSeconds(page), { timeout: 30_000 }).toBeGreaterThan(8 * 3600 + 35 * 60);
  await page.getByTestId('pause').click();
  await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
  await expectSaved(page);
}

/** The autosave has written what the console shows. */
async function expectSaved(page: Page): Promise<void> {
  await expect.poll(async () => Math.floor(Number(await page.getByTestId('session-saved').getAttribute('data-clock')))).toBe(await clockSeconds(page));
}

async function figures(page: Page): Promise<Record<string, string | null>> {
  const out: Record<string, string | null> = { clock: await page.getByTestId('sim-clock').textContent() };
  for (const id of tiles) out[id] = await page.getByTestId(id).getAttribute('data-value');
  return out;
}

test('a reload restores the session by replay: same clock, KPIs and score, paused', async ({ page }) => {
  await playMidShift(page);
  const before = await figures(page);
  expect(before['kpi-service-level']).not.toBe('');
  await page.reload();
  const notice = page.getByTestId('session-restored');
  await expect(notice).toBeVisible();
  await expect(notice).toHaveAttribute('data-cause', 'reload');
  await expect(notice).toContainText(`restored at ${before.clock}`);
  expect(await figures(page)).toEqual(before);
  await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
  // And it goes on from there.
  await page.getByTestId('play').click();
  const reached = await clockSeconds(page);
  await expect.poll(() => clockSeconds(page)).toBeGreaterThan(reached);
});

test('a dead worker is replaced and the session restored from its saved record', async ({ page }) => {
  await playMidShift(page);
  const before = await figures(page);
  await page.evaluate(() => (window as { __killWorker?: () => void }).__killWorker!());
  await expect(page.getByTestId('error-panel')).toBeVisible();
  await page.getByTestId('error-restore').click();
  await expect(page.getByTestId('error-panel')).toBeHidden();
  await expect(page.getByTestId('session-restored')).toHaveAttribute('data-cause', 'failure');
  expect(await figures(page)).toEqual(before);
  await page.getByTestId('play').click();
  const reached = await clockSeconds(page);
  await expect.poll(() => clockSeconds(page)).toBeGreaterThan(reached);
});

test('a session exported, deleted and imported back resumes where it was; a bad file changes nothing', async ({ page }, info) => {
  await playMidShift(page);
  const before = await figures(page);
  await page.getByRole('button', { name: 'Change scenario' }).click();
  const list = page.getByTestId('session-list');
  await expect(list).toContainText('The 20 most recent sessions are kept');
  const item = list.getByTestId('session-item');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(`reached ${before.clock}`);
  await expect(item).toContainText('Unfinished');

  const [download] = await Promise.all([page.waitForEvent('download'), item.getByTestId('session-export').click()]);
  expect(download.suggestedFilename()).toMatch(/^session-default-weekday-morning-08\d\d\.json$/);
  const exported = info.outputPath('session.json');
  await download.saveAs(exported);

  await item.getByTestId('session-delete').click();
  await item.getByTestId('session-delete-confirm').click();
  await expect(item).toHaveCount(0);

  await page.getByTestId('session-import').setInputFiles(exported);
  await expect(page.getByTestId('session-message')).toHaveAttribute('data-tone', 'ok');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(`reached ${before.clock}`);

  const broken = info.outputPath('broken-session.json');
  const json = JSON.parse(await readFile(exported, 'utf8')) as { commands: { at: unknown }[] };
  json.commands[0].at = 'soon';
  await writeFile(broken, JSON.stringify(json));
  await page.getByTestId('session-import').setInputFiles(broken);
  await expect(page.getByTestId('session-message')).toHaveAttribute('data-tone', 'error');
  await expect(page.getByTestId('session-message')).toContainText('broken-session.json could not be imported');
  await expect(page.getByTestId('session-import-error')).toContainText('$.commands[0].at');
  await expect(item).toHaveCount(1);

  await item.getByTestId('session-resume').click();
  await expect(page.getByTestId('session-restored')).toHaveAttribute('data-cause', 'resume');
  expect(await figures(page)).toEqual(before);
});

test('without IndexedDB the console says sessions cannot be kept, and still plays', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { get: () => undefined }));
  await page.goto('/');
  await expect(page.getByTestId('sessions-unavailable')).toContainText('sessions cannot be saved');
  await page.getByTestId('start').click();
  await expect(page.getByTestId('sessions-unavailable')).toBeVisible();
  await expect.poll(() => clockSeconds(page)).toBeGreaterThan(8 * 3600);
});
