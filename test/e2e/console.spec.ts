import { readFileSync } from 'node:fs';
import { createSimulation, parseScenario } from '../../sim/index';
/**
 * The supervisor's console end to end: the default scenario runs at high speed,
 * the clock and KPIs move and stay in range, the open space really draws, the
 * adviser card opens, the language switches, space toggles play, and nothing is
 * fetched from outside the app's origin.
 */
import { expect, test } from '@playwright/test';
import { canvasColourCounts, clockSeconds, kpiValue, origin, startDefault } from './helpers';

const stateColours = { available: '#228833', handling: '#4477AA', wrapUp: '#AA3377', hold: '#66CCEE' };

test.describe('supervisor console', () => {
  const requests: string[] = [];

  test.beforeEach(({ page }) => {
    requests.length = 0;
    page.on('request', (r) => requests.push(r.url()));
  });

  // Nothing is loaded from outside the app's own origin (no CDN, no remote fonts).
  test.afterEach(() => {
    expect(requests.length).toBeGreaterThan(0);
    const external = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(external).toEqual([]);
  });

  test('runs the default scenario at high speed with KPIs in range', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('scenario-picker')).toHaveValue('training/default-weekday-morning.json');
    await expect(page.getByText('12 advisers', { exact: true })).toBeVisible();
    await page.getByTestId('start').click();
    await page.getByTestId('speed').selectOption('120');
    const t0 = await clockSeconds(page);
    expect(t0).toBeGreaterThanOrEqual(8 * 3600);
    const offered0 = await kpiValue(page, 'kpi-offered');

    await expect.poll(() => clockSeconds(page), { timeout: 20_000 }).toBeGreaterThan(t0 + 20 * 60);
    await expect.poll(async () => (await kpiValue(page, 'kpi-offered')) ?? 0, { timeout: 20_000 }).toBeGreaterThan(offered0 ?? 0);

    const sl = await kpiValue(page, 'kpi-service-level');
    const abandon = await kpiValue(page, 'kpi-abandon-rate');
    const occupancy = await kpiValue(page, 'kpi-occupancy');
    const asa = await kpiValue(page, 'kpi-asa');
    expect(sl).not.toBeNull();
    expect(sl!).toBeGreaterThanOrEqual(0);
    expect(sl!).toBeLessThanOrEqual(1);
    expect(abandon!).toBeGreaterThanOrEqual(0);
    expect(abandon!).toBeLessThanOrEqual(1);
    expect(occupancy!).toBeGreaterThan(0);
    expect(occupancy!).toBeLessThanOrEqual(1);
    expect(asa!).toBeGreaterThanOrEqual(0);
    await expect(page.getByTestId('kpi-service-level')).toContainText(/\d+\.\d%/);
    await expect(page.getByTestId('kpi-service-level')).toHaveAttribute('title', /Answered within 20 s/);
    const score = Number(await page.getByTestId('score').getAttribute('data-value'));
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(100);
    // The engine's score, block by block in the tooltip, with its weights and the trend.
    await expect(page.getByTestId('score')).toHaveAttribute('title', /Resources: [\d.]+ \/ 100 \(weight \d+%\)/);
    await expect(page.getByTestId('score')).toHaveAttribute('title', /People: [\d.]+ \/ 100/);
    await expect(page.getByTestId('score')).toHaveAttribute('title', /Improvement: [\d.]+ \/ 100/);
    await expect(page.getByTestId('score')).toHaveAttribute('title', /(Up|Down|Unchanged) since the previous interval/);
    await expect(page.getByTestId('score').locator('[data-block]')).toHaveCount(3);

    // The open space is drawn: adviser state colours are present in its pixels,
    // both in the composed floor and in the WebGL marker layer on its own.
    const pixels = await canvasColourCounts(page, stateColours);
    expect(pixels.distinct).toBeGreaterThan(50);
    const markerPixels = pixels.counts.available + pixels.counts.handling + pixels.counts.wrapUp + pixels.counts.hold;
    expect(markerPixels).toBeGreaterThan(500);
    expect(pixels.counts.available + pixels.counts.handling).toBeGreaterThan(100);
    const webgl = await canvasColourCounts(page, stateColours, 'dynamic');
    expect(webgl.counts.available + webgl.counts.handling + webgl.counts.wrapUp + webgl.counts.hold).toBeGreaterThan(500);
  });

  test('opens the adviser card from the list and from the keyboard', async ({ page }) => {
    await startDefault(page);
    const list = page.getByTestId('adviser-list');
    await expect(list.locator('tbody tr[data-adviser-id]')).toHaveCount(12);
    const row = list.locator('tbody tr[data-adviser-id]').nth(2);
    const name = (await row.locator('td').first().textContent())!.replace(/^[A-Z]{1,3}\s*/, '').trim();
    await row.click();
    const card = page.getByTestId('adviser-card');
    await expect(card).toBeVisible();
    await expect(card).toContainText(name);
    await expect(card).toContainText(/Handled/);
    await expect(card).toContainText(/Skills/);
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();

    // Arrow keys move the selection, Enter opens the card.
    await page.locator('body').click({ position: { x: 5, y: 795 } });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(card).toBeVisible();
  });

  test('clicking an adviser on the floor opens the card', async ({ page }) => {
    await startDefault(page);
    const canvas = page.getByTestId('floor-canvas');
    await expect(canvas).toBeVisible();
    // Find an adviser marker by scanning the canvas for the hover tooltip.
    const box = (await canvas.boundingBox())!;
    let found = false;
    for (let y = box.y + 40; y < box.y + box.height - 40 && !found; y += 8) {
      for (let x = box.x + box.width * 0.35; x < box.x + box.width * 0.65 && !found; x += 8) {
        await page.mouse.move(x, y);
        if (await page.locator('.floor-tooltip').isVisible()) {
          await page.mouse.click(x, y);
          found = true;
        }
      }
    }
    expect(found).toBe(true);
    await expect(page.getByTestId('adviser-card')).toBeVisible();
  });

  test('switches language and keyboard space toggles play', async ({ page }) => {
    await startDefault(page);
    await expect(page.getByTestId('kpi-service-level')).toContainText('Service level');
    await page.getByTestId('lang-switch').click();
    await expect(page.getByTestId('kpi-service-level')).toContainText('Taux de service');
    await expect(page.getByTestId('kpi-abandon-rate')).toContainText("Taux d'abandon");
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    // French number format: a comma and a space before %.
    await page.getByTestId('speed').selectOption('120');
    await expect(page.getByTestId('kpi-occupancy')).toContainText(/\d+,\d\s%/);

    await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'true');
    await page.locator('body').click({ position: { x: 5, y: 795 } });
    await page.keyboard.press(' ');
    await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
    const paused = await clockSeconds(page);
    await page.waitForTimeout(700);
    expect(await clockSeconds(page)).toBe(paused);
    await page.keyboard.press(' ');
    await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => clockSeconds(page)).toBeGreaterThan(paused);

    // + and − step the speed.
    await page.keyboard.press('-');
    await expect(page.getByTestId('speed')).toHaveValue('60');
    await page.keyboard.press('+');
    await expect(page.getByTestId('speed')).toHaveValue('120');

    await page.getByTestId('lang-switch').click();
    await expect(page.getByTestId('kpi-service-level')).toContainText('Service level');
  });

  test('opens the dashboard from the keyboard with its tables filled, and raises an alert', async ({ page }) => {
    await startDefault(page);
    await page.getByTestId('speed').selectOption('120');
    const t0 = await clockSeconds(page);
    await expect.poll(() => clockSeconds(page), { timeout: 30_000 }).toBeGreaterThan(t0 + 31 * 60);
    // An alert, yellow or red, says so in words and quotes its thresholds on hover.
    const alert = page.getByTestId('alert').first();
    await expect(alert).toBeVisible({ timeout: 30_000 });
    await expect(alert).toHaveAttribute('title', /Yellow|Calls may only/);
    await expect(alert).toContainText(/Lever: /);

    await page.locator('body').click({ position: { x: 5, y: 795 } });
    await page.keyboard.press('d');
    const dashboard = page.getByTestId('dashboard');
    await expect(dashboard).toBeVisible();
    const intervals = page.getByTestId('dashboard-intervals').locator('tbody tr');
    expect(await intervals.count()).toBeGreaterThanOrEqual(2);
    await expect(intervals.first().locator('th')).toContainText(/^08:00/);
    await expect(intervals.first()).toContainText(/\d+\.\d%/);
    await expect(page.getByTestId('dashboard-advisers').locator('tbody tr')).toHaveCount(12);
    await expect(page.getByTestId('dashboard-advisers').locator('thead')).toContainText('CSAT');
    await expect(page.getByTestId('dashboard-advisers').locator('tbody tr').first()).toContainText(/\d:\d\d/);
    await expect(page.getByTestId('sl-variants').locator('tbody tr')).toHaveCount(4);
    await expect(page.getByTestId('sl-variants').locator('tr[data-variant="g1"]')).toHaveAttribute('title', /offered − abandoned within T/);
    await expect(dashboard.locator('.dash-chart canvas')).toHaveCount(3);
    await page.keyboard.press('Escape');
    await expect(dashboard).toBeHidden();
  });

  test('runs to the end of the shift', async ({ page }) => {
    await startDefault(page);
    await page.getByTestId('speed').selectOption('end');
    await expect(page.getByText('Shift over')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
    expect(await clockSeconds(page)).toBeGreaterThanOrEqual(13 * 3600);
    // Determinism: the browser worker's day is the day Node simulates from the same scenario and seed.
    const browser = await page.evaluate(() => window.__dayKpis?.());
    const scenario = parseScenario(readFileSync('scenarios/training/default-weekday-morning.json', 'utf8'), 'default');
    const node = createSimulation(scenario);
    node.runToEnd();
    expect(browser).toEqual(Object.entries(node.result().kpis.byChannel).map(([id, k]) => ({ id, ...k })));
  });
});
