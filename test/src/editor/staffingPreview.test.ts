import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeAt, setAt, type Json } from '../../../src/editor/docPath';
import { meanOf, requiredFor, staffingPreview } from '../../../src/editor/staffingPreview';
import { intervalsOf, setVolume, volumesOf } from '../../../src/editor/volumes';
import { erlangA, erlangC, requiredAgents } from '../../../sim/analytics/index';
import { validateScenario } from '../../../sim/scenario/load';

const text = fs.readFileSync(path.resolve(import.meta.dirname, '../../../scenarios/training/default-weekday-morning.json'), 'utf8');
const doc = JSON.parse(text) as Json;

function preview(d: Json) {
  return staffingPreview(validateScenario(d, 'x'), intervalsOf(d), [volumesOf(d, 0)]);
}

describe('staffing preview', () => {
  it('uses Erlang A with the channel’s patience, AHT = talk + hold share + wrap-up', () => {
    const p = preview(doc);
    const voice = p.channels[0];
    expect(voice.model).toBe('erlangA');
    expect(voice.ahtSeconds).toBeCloseTo(180 + 0.15 * 45 + 30, 9);
    expect(voice.patienceSeconds).toBe(240);
    // 09:00–09:30: 115 an hour.
    const expected = requiredAgents({ arrivalsPerHour: 115, ahtSeconds: 216.75, thresholdSeconds: 20, targetServiceLevel: 0.8, patienceSeconds: 240 });
    expect(voice.required[2]).toBe(expected);
    // The smallest team meeting the target: one fewer misses it.
    expect(erlangA({ arrivalsPerHour: 115, ahtSeconds: 216.75, agents: expected, thresholdSeconds: 20, patienceSeconds: 240 }).serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(erlangA({ arrivalsPerHour: 115, ahtSeconds: 216.75, agents: expected - 1, thresholdSeconds: 20, patienceSeconds: 240 }).serviceLevel).toBeLessThan(0.8);
  });

  it('uses Erlang C when customers never abandon', () => {
    const p = preview(setAt(doc, ['channels', 0, 'patience'], null));
    expect(p.channels[0].model).toBe('erlangC');
    const c = p.channels[0].required[2]!;
    expect(c).toBe(requiredAgents({ arrivalsPerHour: 115, ahtSeconds: 216.75, thresholdSeconds: 20, targetServiceLevel: 0.8 }));
    expect(erlangC({ arrivalsPerHour: 115, ahtSeconds: 216.75, agents: c - 1 }).serviceLevel).toBeLessThan(0.8);
  });

  it('moves with the volume and the target', () => {
    const base = preview(doc).required[2]!;
    expect(preview(setVolume(doc, 0, 2, 120)).required[2]!).toBeGreaterThan(base);
    expect(preview(setAt(doc, ['channels', 0, 'serviceLevel', 'target'], 0.95)).required[2]!).toBeGreaterThan(base);
    expect(preview(setAt(doc, ['channels', 0, 'serviceLevel', 'target'], 0.5)).required[2]!).toBeLessThan(base);
  });

  it('counts the advisers whose shift covers each interval', () => {
    expect(preview(doc).scheduled).toEqual(Array(10).fill(12));
    const late = setAt(doc, ['team', 'advisers', 0, 'shift'], { start: '10:00', end: '13:00' });
    expect(preview(late).scheduled.slice(3, 5)).toEqual([11, 12]);
    const generated = setAt(removeAt(doc, ['events']), ['team'], { generate: [{ count: 3, skills: { voice: 1 } }, { count: 2, skills: { voice: 1 }, shift: { start: '11:00', end: '13:00' } }] });
    expect(preview(generated).scheduled).toEqual([3, 3, 3, 3, 3, 3, 5, 5, 5, 5]);
  });

  it('needs nobody without contacts and gives null for an unreachable target', () => {
    const c = { ahtSeconds: 200, patienceSeconds: null, target: 0.8, thresholdSeconds: 20 };
    expect(requiredFor(0, 1800, c)).toBe(0);
    expect(requiredFor(50, 1800, { ...c, target: 1 })).toBeNull();
    expect(preview(setAt(doc, ['channels', 0, 'serviceLevel', 'target'], 1)).required[0]).toBeNull();
  });

  it('takes the mean of every distribution kind', () => {
    expect(meanOf({ dist: 'constant', value: 7 })).toBe(7);
    expect(meanOf({ dist: 'gamma', mean: 30, cv: 0.5 })).toBe(30);
    expect(meanOf({ dist: 'empirical', values: [10, 40], weights: [3, 1] })).toBe(17.5);
    expect(meanOf({ dist: 'empirical', values: [10, 40] })).toBe(25);
  });
});
