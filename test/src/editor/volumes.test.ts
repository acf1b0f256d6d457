import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getAt, setAt, type Json } from '../../../src/editor/docPath';
import { arrivalsByInterval, intervalsOf, setVolume, setVolumes, volumesOf } from '../../../src/editor/volumes';
import { forecastByInterval } from '../../../src/worker/summary';
import { parseScenario } from '../../../sim/scenario/load';

const file = path.resolve(import.meta.dirname, '../../../scenarios/training/default-weekday-morning.json');
const text = fs.readFileSync(file, 'utf8');
const doc = JSON.parse(text) as Json;

describe('contacts per interval', () => {
  it('splits the day into statistics intervals', () => {
    expect(intervalsOf(doc)).toHaveLength(10);
    expect(intervalsOf(setAt(doc, ['clock', 'end'], '12:45'))).toHaveLength(10);
    expect(intervalsOf(setAt(doc, ['clock', 'end'], '12:45')).at(-1)).toEqual({ from: 12.5 * 3600, to: 12.75 * 3600 });
    expect(intervalsOf(setAt(doc, ['clock', 'end'], 'soon'))).toEqual([]);
  });

  it('reads the arrival profile as the briefing does (src/worker/summary)', () => {
    const scenario = parseScenario(text, 'x.json');
    expect(arrivalsByInterval(doc, 0)).toEqual(forecastByInterval(scenario.channels[0], scenario));
    expect(volumesOf(doc, 0)!.slice(0, 3)).toEqual([37.5, 47.5, 57.5]);
  });

  it('writes a profile that reads back as the same volumes and validates', () => {
    const volumes = [30, 40, 50, 60, 60, 60, 55, 50, 45, 40];
    const next = setVolumes(doc, 0, volumes);
    expect(volumesOf(next, 0)).toEqual(volumes);
    // Equal neighbours are merged into one step.
    expect(getAt(next, ['channels', 0, 'arrivals', 'profile'])).toHaveLength(8);
    expect(getAt(next, ['channels', 0, 'arrivals', 'profile', 0])).toEqual({ from: '08:00', perHour: 60 });
    expect(() => parseScenario(JSON.stringify(next), 'x.json')).not.toThrow();
    // The rest of the channel is kept.
    expect(getAt(next, ['channels', 0, 'hold'])).toBe(getAt(doc, ['channels', 0, 'hold']));
  });

  it('changes one interval and keeps the others', () => {
    const next = setVolume(doc, 0, 2, 90);
    const before = volumesOf(doc, 0)!;
    const after = volumesOf(next, 0)!;
    expect(after[2]).toBe(90);
    expect(after.filter((_, i) => i !== 2)).toEqual(before.filter((_, i) => i !== 2));
  });

  it('scales a shorter last interval to its length', () => {
    const short = setAt(doc, ['clock', 'end'], '12:45');
    const next = setVolume(short, 0, 9, 30);
    expect(getAt(next, ['channels', 0, 'arrivals', 'profile']) as Json[]).toContainEqual({ from: '12:30', perHour: 120 });
    expect(volumesOf(next, 0)![9]).toBeCloseTo(30, 9);
  });

  it('refuses a row of the wrong length', () => {
    expect(() => setVolumes(doc, 0, [1, 2])).toThrow(/expected 10 volumes/);
  });

  it('reads a flat rate and nothing for a channel without arrivals', () => {
    const flat = setAt(doc, ['channels', 0, 'arrivals'], { perHour: 100 });
    expect(volumesOf(flat, 0)).toEqual(Array(10).fill(50));
    expect(volumesOf(setAt(doc, ['channels', 0, 'arrivals'], null), 0)).toBeNull();
  });
});
