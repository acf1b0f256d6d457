/** Shared steps for the browser tests. */
import { expect, type Page } from '@playwright/test';
import path from 'node:path';

/** The test build's server (playwright.config.ts). */
export const origin = 'http://localhost:4174';
export const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name);

/** Opens the app (optionally with a query string) and starts the preselected scenario. */
export async function startDefault(page: Page, query = ''): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.getByTestId('start')).toBeEnabled();
  await page.getByTestId('start').click();
  await expect(page.getByTestId('sim-clock')).toBeVisible();
}

/** Loads a scenario file through the picker's file input and starts it. */
export async function startFile(page: Page, file: string): Promise<void> {
  await page.goto('/');
  await page.getByTestId('scenario-file').setInputFiles(file);
  await expect(page.getByTestId('start')).toBeEnabled();
  await page.getByTestId('start').click();
  await expect(page.getByTestId('sim-clock')).toBeVisible();
}

export async function clockSeconds(page: Page): Promise<number> {
  const text = (await page.getByTestId('sim-clock').textContent()) ?? '';
  const [h, m, s] = text.split(':').map(Number);
  return h * 3600 + m * 60 + s;
}

export async function kpiValue(page: Page, id: string): Promise<number | null> {
  const raw = await page.getByTestId(id).getAttribute('data-value');
  return raw === null || raw === '' ? null : Number(raw);
}

/**
 * Counts the floor's pixels close to each colour (hex). The floor (data-testid
 * floor-canvas) stacks a 2D static layer and the WebGL markers (drawn with
 * preserveDrawingBuffer); both are composed, in order, on a 2D canvas in the
 * page and read back. `layer: 'dynamic'` reads the WebGL canvas alone.
 */
export async function canvasColourCounts(
  page: Page,
  colours: Record<string, string>,
  layer: 'all' | 'dynamic' = 'all',
): Promise<{ counts: Record<string, number>; total: number; distinct: number }> {
  return page.evaluate(({ colours, layer }) => {
    const selector = layer === 'dynamic' ? '[data-testid="floor-canvas"] canvas.floor-dynamic' : '[data-testid="floor-canvas"] canvas';
    const sources = [...document.querySelectorAll<HTMLCanvasElement>(selector)];
    if (sources.length === 0) throw new Error('no floor canvas');
    const c = document.createElement('canvas');
    c.width = sources[0].width;
    c.height = sources[0].height;
    const ctx = c.getContext('2d')!;
    for (const source of sources) ctx.drawImage(source, 0, 0, c.width, c.height);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    const targets = Object.entries(colours).map(([name, hex]) => [name, parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)] as const);
    const counts: Record<string, number> = Object.fromEntries(targets.map(([n]) => [n, 0]));
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i], g = data[i + 1], b = data[i + 2];
      seen.add((r << 16) | (g << 8) | b);
      for (const [name, tr, tg, tb] of targets) {
        if (Math.abs(r - tr) + Math.abs(g - tg) + Math.abs(b - tb) < 24) counts[name]++;
      }
    }
    return { counts, total: data.length / 4, distinct: seen.size };
  }, { colours, layer });
}
