/**
 * The scenario library (scripts/library/) and the files it ships never drift:
 * every file is regenerated in memory and must equal the one on disk, byte for
 * byte. Regenerate with `npm run scenarios` after changing a spec.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileText } from '../../scripts/library/build';
import { library } from '../../scripts/library/index';
import { parseScenario } from '../../sim/index';

/** Scenarios written by hand before the library existed (tests and the app's default rely on them as they are). */
const HAND_WRITTEN = ['scenarios/training/default-weekday-morning.json', 'scenarios/training/multichannel-tuesday.json', 'scenarios/exam/exam-standard-morning.json'];

describe('the scenario library', () => {
  it.each(library.map((e) => [e.file, e] as const))('%s equals its regenerated text', (file, entry) => {
    expect(readFileSync(file, 'utf8')).toBe(fileText(entry.build()));
  });

  it('generates every training and exam scenario that is not hand-written', () => {
    const shipped = ['scenarios/training', 'scenarios/exam'].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f)));
    const generated = library.map((e) => e.file);
    expect(shipped.filter((f) => !HAND_WRITTEN.includes(f)).sort()).toEqual([...generated].sort());
    expect(new Set(generated).size).toBe(generated.length);
  });

  it.each(library.map((e) => [e.file] as const))('%s is a complete situation: purpose, briefings, a named team of 10–12, forecasts, events, weights', (file) => {
    const s = parseScenario(readFileSync(file, 'utf8'), file);
    expect(s.purpose).toBe(file.split('/')[1] === 'exam' ? 'exam' : 'training');
    expect(s.briefing!.fr.length).toBeGreaterThan(300);
    expect(s.briefing!.en.length).toBeGreaterThan(300);
    expect('advisers' in s.team).toBe(true);
    const advisers = 'advisers' in s.team ? s.team.advisers : [];
    expect(advisers.length).toBeGreaterThanOrEqual(10);
    expect(advisers.length).toBeLessThanOrEqual(12);
    expect(new Set(advisers.map((a) => a.name)).size).toBe(advisers.length);
    for (const c of s.channels) if (c.arrivals) expect(c.forecast, `${c.id} forecast`).toBeDefined();
    expect(s.events!.length).toBeGreaterThan(0);
    expect(s.scoring?.weights).toBeDefined();
  });

  it('draws the names from a seed fixed per scenario, so building twice gives the same team', () => {
    for (const entry of library) expect(fileText(entry.build())).toBe(fileText(entry.build()));
  });
});
