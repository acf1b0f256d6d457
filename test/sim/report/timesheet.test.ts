/**
 * The timesheet (one row per adviser per day, for HR and payroll): its totals are
 * the run's own, counted independently here by watching every adviser transition;
 * scripted absences, recorded lateness and a call-in show; the CSV is HR's format;
 * reading it changes no run.
 */
import { describe, expect, it } from 'vitest';
import { inGroup, S } from '../../../sim/model/adviserMachine';
import { renderTimesheetCsv, timesheetColumns, type TimesheetRow } from '../../../sim/report/timesheet';
import { timesheetOf } from '../../../sim/report/timesheetBuild';
import { Simulation } from '../../../sim/simulation';
import { createSimulation, parseScenario, type Scenario } from '../../../sim/index';
import { DEFAULT_SCENARIO, loadScenario } from '../helpers';

/** A run with its own count of logged-in time and breaks, from the transitions themselves. */
function watchedRun(scenario: Scenario, commands: unknown[] = []) {
  const sim = new Simulation(scenario);
  const n = sim.plans.length;
  const since = new Float64Array(n);
  const loggedIn = new Float64Array(n);
  const breaks = new Float64Array(n);
  sim.advisers.observer = (a, _event, from, to) => {
    const now = sim.time;
    if (inGroup.loggedIn[from]) loggedIn[a] += now - since[a];
    if (to === S.break && from !== S.break) breaks[a]++;
    since[a] = now;
  };
  for (const c of commands) sim.submit(c);
  sim.runToEnd();
  for (let a = 0; a < n; a++) if (inGroup.loggedIn[sim.advisers.state[a]]) loggedIn[a] += sim.time - since[a];
  return { sim, loggedIn, breaks, rows: timesheetOf(sim) };
}

const sum = (rows: readonly TimesheetRow[], key: keyof TimesheetRow) => rows.reduce((s, r) => s + Number(r[key]), 0);

const commands = [
  { at: '08:30', type: 'recordLateness', adviserId: 'a03', minutes: 12 },
  { at: '09:50', type: 'recordAbsence', adviserId: 'a07', reason: 'sick, called at 09:40' },
  { at: '10:00', type: 'logOut', adviserId: 'a05' },
  { at: '10:30', type: 'callInAdviser', adviserId: 'a05' },
];

describe('the timesheet', () => {
  const scenario = loadScenario(DEFAULT_SCENARIO);
  const run = watchedRun(scenario, commands);
  const { sim, rows } = run;
  const row = (id: string) => rows.find((r) => r.adviserId === id)!;

  it('has one row per adviser, in team order, for day 1', () => {
    expect(rows.map((r) => r.adviserId)).toEqual(sim.plans.map((p) => p.id));
    expect(rows.every((r) => r.day === 1 && r.date === '')).toBe(true);
    expect(row('a01')).toMatchObject({ name: 'Camille Martin', scheduledStart: '08:00', scheduledEnd: '13:00', scheduledMinutes: 300 });
  });

  it('adds up to the run: logged-in time and breaks per adviser, lateness and absences as the books hold them', () => {
    rows.forEach((r, a) => {
      expect(r.workedMinutes, r.adviserId).toBeCloseTo(run.loggedIn[a] / 60, 1);
      expect(r.breaksTaken, r.adviserId).toBe(run.breaks[a]);
    });
    expect(sum(rows, 'breaksTaken')).toBeGreaterThan(0);
    const admin = sim.result().admin;
    const observed = admin.filter((x) => x.kind === 'lateness' && x.source === 'observed').reduce((s, x) => s + (x.minutes ?? 0), 0);
    expect(sum(rows, 'latenessMinutes')).toBe(observed);
    expect(rows.filter((r) => r.absenceRecorded).map((r) => r.adviserId)).toEqual([...new Set(admin.filter((x) => x.kind === 'absence').map((x) => x.adviserId))]);
    // Breaks taken on the floor are part of the logged-in time.
    for (const r of rows) expect(r.breakMinutes).toBeLessThanOrEqual(r.workedMinutes);
  });

  it('shows the scripted absence, the recorded one and the recorded lateness', () => {
    const a07 = row('a07');
    expect(a07).toMatchObject({ absent: true, absenceRecorded: true, firstLogin: '08:00' });
    expect(a07.workedMinutes).toBeLessThan(120); // sick from 09:40 (after the contact in hand)
    expect(a07.notes).toMatch(/absent from 09:4\d; absence recorded at 09:50: sick, called at 09:40/);
    expect(row('a03')).toMatchObject({ latenessRecordedMinutes: 12 });
    expect(row('a03').notes).toContain('lateness of 12 min recorded at 08:30');
    expect(rows.filter((r) => r.absent).map((r) => r.adviserId)).toEqual(['a07']);
  });

  it('counts a called-in adviser\'s hours past the shift as overtime', () => {
    const a05 = row('a05');
    expect(a05.calledIn).toBe(true);
    expect(a05.notes).toContain('called in at 10:30');
    // Logged out after the contact in hand at 10:00; called in, back at 11:15 for four hours, to 15:15:
    // 105 minutes of them inside the planned shift, 135 past its end.
    expect(a05).toMatchObject({ lastLogout: '15:15', overtimeMinutes: 135 });
    expect(a05.workedMinutes).toBeGreaterThan(120 + 240);
    expect(a05.workedMinutes).toBeLessThan(120 + 240 + 15);
    expect(row('a01').overtimeMinutes).toBeLessThan(15); // only finishing the last call
  });

  it('counts planned breaks cancelled while at work as missed', () => {
    const withCancel = watchedRun(scenario, [{ at: '08:05', type: 'cancelBreak', adviserId: 'a02' }]);
    const a02 = withCancel.rows.find((r) => r.adviserId === 'a02')!;
    const cancelled = withCancel.sim.breaks.plans[1].filter((b) => b.state === 'cancelled').length;
    expect(cancelled).toBe(1);
    expect(a02.breaksMissed).toBe(1);
    expect(a02.breaksMissedMinutes).toBe(10);
    expect(a02.notes).toMatch(/pause planned at \d\d:\d\d cancelled/);
  });

  it('matches the team\'s time accounts where nobody leaves the queue (ideal mode, no warm-up)', () => {
    const text = JSON.stringify({ ...JSON.parse(JSON.stringify(loadScenario('scenarios/validation/erlang-c-team11.json'))), stats: { warmupMinutes: 0, intervalMinutes: 30, shortAbandonSeconds: 0 } });
    const ideal = new Simulation(parseScenario(text, 'ideal.json'));
    ideal.runToEnd();
    const worked = sum(timesheetOf(ideal), 'workedMinutes');
    expect(worked).toBeCloseTo((ideal.accounts.totalHandling + ideal.accounts.totalIdle) / 60, -1);
    expect(sum(timesheetOf(ideal), 'breaksTaken')).toBe(0);
  });

  it('changes nothing in the run: the result hash is the same with or without reading it', () => {
    const a = createSimulation(scenario);
    a.runToEnd();
    const before = a.result().resultHash;
    const csv = renderTimesheetCsv(a.timesheet());
    expect(a.result().resultHash).toBe(before);
    const b = createSimulation(scenario);
    b.runToEnd();
    expect(b.result().resultHash).toBe(before);
    expect(renderTimesheetCsv(b.timesheet())).toBe(csv);
  });
});

describe('the timesheet CSV', () => {
  it('has an English header, `,` separators, `.` decimals and RFC 4180 quoting', () => {
    const row: TimesheetRow = {
      day: 1, date: '2026-12-01', adviserId: 'a01', name: 'Camille "Cam" Martin', scheduledStart: '08:00', scheduledEnd: '13:00',
      scheduledMinutes: 300, firstLogin: '08:00', lastLogout: '13:02', workedMinutes: 302.5, breaksTaken: 2, breakMinutes: 20.7,
      breaksMissed: 0, breaksMissedMinutes: 0, absent: false, absenceRecorded: false, latenessMinutes: 1, latenessRecordedMinutes: 0,
      overtimeMinutes: 2.5, calledIn: false, labourBreaches: 0, notes: 'late back from a break 1× (1 min); asked to stay, then left',
    };
    const csv = renderTimesheetCsv([row]);
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(3); // header, one row, the final line end
    expect(lines[0]).toBe(timesheetColumns.map((c) => c.header).join(','));
    expect(lines[0].startsWith('day,date,adviser_id,name,scheduled_start,scheduled_end,scheduled_minutes,')).toBe(true);
    expect(lines[1]).toBe('1,2026-12-01,a01,"Camille ""Cam"" Martin",08:00,13:00,300,08:00,13:02,302.5,2,20.7,0,0,no,no,1,0,2.5,no,0,"late back from a break 1× (1 min); asked to stay, then left"');
  });
});
