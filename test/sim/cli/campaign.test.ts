/** `npm run sim` on a multi-day scenario: the run's fields, byDay, commands by day and the timesheet of every day. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const runSim = (args: string[]) => spawnSync('node_modules/.bin/tsx', ['sim/cli/run.ts', ...args], { encoding: 'utf8', timeout: 120_000 });

describe('npm run sim -- <multi-day scenario> --json', () => {
  it('prints the run, one entry a day, and rejects a command for a day past the end', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'campaign-'));
    const log = path.join(dir, 'log.json');
    writeFileSync(log, JSON.stringify([
      { day: 4, at: '09:00', type: 'coach', adviserId: 'a09', minutes: 20 },
      { day: 6, at: '09:00', type: 'logOut', adviserId: 'a01' },
    ]));
    const sheet = path.join(dir, 'timesheet.csv');
    const r = runSim(['scenarios/training/launch-week.json', '--json', '--commands', log, '--timesheet', sheet]);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.days).toBe(5);
    expect(out.byDay.map((d: { date: string }) => d.date)).toEqual(['2026-06-01', '2026-06-02', '2026-06-03', '2026-06-04', '2026-06-05']);
    expect(out.kpis.byChannel.voice.offered).toBe(out.byDay.reduce((t: number, d: { kpis: { byChannel: { voice: { offered: number } } } }) => t + d.kpis.byChannel.voice.offered, 0));
    expect(out.byDay[1].carriedIn).toHaveProperty('email');
    expect(out.commands.map((c: { day: number; status: string }) => [c.day, c.status])).toEqual([[6, 'rejected'], [4, 'applied']]);
    expect(out.resultHash).toMatch(/^[0-9a-f]{16}$/);
    // The timesheet: one row per adviser on each day's team, stamped with the day and its date.
    const rows = readFileSync(sheet, 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    for (const d of out.byDay as { day: number; date: string; advisers: { id: string }[] }[]) {
      const mine = rows.filter((row) => row[0] === String(d.day));
      expect(mine.map((row) => row[2]).sort()).toEqual(d.advisers.map((a) => a.id).sort());
      expect(new Set(mine.map((row) => row[1]))).toEqual(new Set([d.date]));
    }
    expect(rows.filter((row) => row[0] === '1').length).toBeLessThan(rows.filter((row) => row[0] === '5').length);
    // A one-day scenario still refuses a log with a `day`: it names no day to run.
    const single = runSim(['scenarios/training/default-weekday-morning.json', '--json', '--commands', log]);
    expect(single.status).toBe(2);
  });
});
