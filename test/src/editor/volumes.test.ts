import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getAt, setAt, type Json } from '../../../src/editor/docPath';
import { arrivalsByInterval, intervalsOf, setVolume, setVolumes, volumesOf } from '../../../src/editor/volumes';
import { arrivalsPerInterval } from '../../../sim/scenario/forecast';
import { parseScenario } from '../../../sim/scenario/load';
import { removeAt } from '../../../src/editor/docPath';

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

  it('reads the arrival profile as the engine does (sim/scenario/forecast)', () => {
    const scenario = parseScenario(text, 'x.json');
    const engine = arrivalsPerInterval(scenario.channels[0].arrivals, scenario.clock, scenario.stats.intervalMinutes);
    arrivalsByInterval(doc, 0)!.forEach((v, i) => expect(v).toBeCloseTo(engine[i], 2));
    expect(volumesOf(doc, 0)!.slice(0, 3)).toEqual([37.5, 47.5, 57.5]);
  });

  it('shows the forecast when the file has one, and writes both the profile and the forecast', () => {
    const forecast = [40, 40, 60, 60, 60, 60, 60, 60, 50, 50];
    const planned = setAt(doc, ['channels', 0, 'forecast'], forecast);
    expect(volumesOf(planned, 0)).toEqual(forecast);
    expect(arrivalsByInterval(planned, 0)![0]).toBe(37.5);
    const next = setVolume(planned, 0, 0, 45);
    expect(getAt(next, ['channels', 0, 'forecast'])).toEqual([45, ...forecast.slice(1)]);
    expect(arrivalsByInterval(next, 0)).toEqual([45, ...forecast.slice(1)]);
    expect(parseScenario(JSON.stringify(next), 'x.json').channels[0].forecast).toEqual([45, ...forecast.slice(1)]);
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
    const flat = setAt(removeAt(doc, ['channels', 0, 'forecast']), ['channels', 0, 'arrivals'], { perHour: 100 });
    expect(volumesOf(flat, 0)).toEqual(Array(10).fill(50));
    expect(volumesOf(setAt(flat, ['channels', 0, 'arrivals'], null), 0)).toBeNull();
  });
});

describe('export format', () => {
  it('migrates a version-1 document and stamps the current version', async () => {
    const { toExportVersion, exportSchemaVersion } = await import('../../../src/editor/scenarioFormat');
    const v1 = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../test/fixtures/v1/exam-standard-morning.json'), 'utf8')) as Json;
    const out = toExportVersion(v1);
    expect(exportSchemaVersion).toBe(2);
    expect(getAt(out, ['schemaVersion'])).toBe(2);
    expect(getAt(out, ['purpose'])).toBe('exam');
    expect(Array.isArray(getAt(out, ['channels', 0, 'forecast']))).toBe(true);
    expect(() => parseScenario(JSON.stringify(out), 'x.json')).not.toThrow();
  });
});
