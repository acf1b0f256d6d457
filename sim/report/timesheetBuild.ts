/**
 * Builds the timesheet (timesheet.ts) from a finished run: the planned shifts
 * and breaks, each adviser's log-in sessions and breaks as the work log kept
 * them, the books' admin records and labour breaches, and the applied commands
 * that change the hours (overtime asked, an adviser called in). Pure: it reads
 * what the run recorded and changes nothing.
 */
import type { BreakPlan } from '../model/breaks';
import type { AdminRecord, BreachRecord } from '../model/books';
import type { AdviserPlan } from '../model/team';
import { intervalsOf, type WorkLog } from '../model/workLog';
import type { CommandRecord } from '../snapshot';
import type { TimesheetRow } from './timesheet';

export interface TimesheetSources {
  /** 1-based day of the run, and its date ("" when the scenario has none). */
  readonly day: number;
  readonly date: string;
  /** Seconds since midnight at scenario start (clock.start). */
  readonly dayStart: number;
  /** When the run ended (closes a session or break still open). */
  readonly end: number;
  readonly plans: readonly AdviserPlan[];
  readonly work: WorkLog;
  /** Per adviser, the day's planned breaks as they went (breaks.ts); entries past the plan's are extra hours' pauses. */
  readonly breakPlans: readonly (readonly BreakPlan[])[];
  readonly admin: readonly AdminRecord[];
  readonly breaches: readonly BreachRecord[];
  readonly commands: readonly CommandRecord[];
}

const DAY = 24 * 3600;

/** "HH:MM" of a time of day; past midnight wraps (a night shift's 02:00 is "02:00", not "26:00"). */
function hhmm(secondsSinceMidnight: number): string {
  const t = ((Math.floor(secondsSinceMidnight / 60) * 60) % DAY + DAY) % DAY;
  return `${String(Math.floor(t / 3600)).padStart(2, '0')}:${String(Math.floor((t % 3600) / 60)).padStart(2, '0')}`;
}

/** Seconds to minutes, to a tenth (HR tools read `.` decimals). */
const minutes = (seconds: number) => Math.round(seconds / 6) / 10;

/** Length of [a, b) ∩ [c, d). */
const overlap = (a: number, b: number, c: number, d: number) => Math.max(0, Math.min(b, d) - Math.max(a, c));

const within = (t: number, spans: readonly [number, number][]) => spans.some(([from, to]) => t >= from && t < to);

const RULE_TEXT: Readonly<Record<string, string>> = {
  noBreakAfter6h: 'no 20-min break after 6 h of work (L3121-16)',
  workSequenceOver3h: 'work sequence over 3 h without a pause (IDCC 2098)',
};

export function buildTimesheet(src: TimesheetSources): TimesheetRow[] {
  const clock = (t: number) => hhmm(src.dayStart + t);
  return src.plans.map((plan, a) => {
    const sessions = intervalsOf(src.work.sessions[a], src.end);
    const breaks = intervalsOf(src.work.breaks[a], src.end);
    const worked = sessions.reduce((s, [from, to]) => s + to - from, 0);
    const inShift = sessions.reduce((s, [from, to]) => s + overlap(from, to, plan.shiftStart, plan.shiftEnd), 0);
    const notes: string[] = [];

    // A planned break is missed when it was due while the adviser was at work (at its planned
    // time, before any delay) and never began, unless they were already on a break then.
    let missed = 0;
    let missedSeconds = 0;
    src.breakPlans[a].forEach((b, k) => {
      const plannedAt = b.plannedAt ?? (k < plan.breaks.length ? plan.breaks[k].at : b.at);
      if (b.startedAt !== null || !within(plannedAt, sessions) || within(plannedAt, breaks)) return;
      missed++;
      missedSeconds += b.seconds;
      notes.push(`${b.kind} planned at ${clock(plannedAt)} ${b.state === 'cancelled' ? 'cancelled' : 'not taken'}`);
    });

    const absentAt = src.work.absentAt[a];
    const absent = !Number.isNaN(absentAt);
    if (absent) notes.push(sessions.length === 0 ? 'did not turn up' : `absent from ${clock(absentAt)}`);
    const mine = src.admin.filter((r) => r.adviserId === plan.id);
    const recordedAbsences = mine.filter((r) => r.kind === 'absence');
    for (const r of recordedAbsences) notes.push(`absence recorded at ${clock(r.at)}${r.reason ? `: ${r.reason}` : ''}`);
    const observedLate = mine.filter((r) => r.kind === 'lateness' && r.source === 'observed');
    const latenessMinutes = observedLate.reduce((s, r) => s + (r.minutes ?? 0), 0);
    if (observedLate.length > 0) notes.push(`late back from a break ${observedLate.length}× (${latenessMinutes > 0 ? `${latenessMinutes} min` : 'under a minute'})`);
    const recordedLate = mine.filter((r) => r.kind === 'lateness' && r.source === 'supervisor');
    const latenessRecorded = recordedLate.reduce((s, r) => s + (r.minutes ?? 0), 0);
    for (const r of recordedLate) notes.push(`lateness of ${r.minutes ?? 0} min recorded at ${clock(r.at)}`);

    const applied = src.commands.filter((c) => c.status === 'applied' && c.command.adviserId === plan.id);
    const calledIn = applied.filter((c) => c.type === 'callInAdviser');
    for (const c of calledIn) notes.push(`called in at ${clock(c.at)}`);
    for (const c of applied) if (c.type === 'askOvertime') notes.push(`asked to stay ${String(c.command.minutes)} min longer at ${clock(c.at)}`);
    const breaches = src.breaches.filter((b) => b.adviserId === plan.id);
    for (const b of breaches) notes.push(`${RULE_TEXT[b.rule] ?? b.rule} at ${clock(b.at)}`);

    return {
      day: src.day,
      date: src.date,
      adviserId: plan.id,
      name: plan.name,
      scheduledStart: clock(plan.shiftStart),
      scheduledEnd: clock(plan.shiftEnd),
      scheduledMinutes: minutes(plan.shiftEnd - plan.shiftStart),
      firstLogin: sessions.length > 0 ? clock(sessions[0][0]) : '',
      lastLogout: sessions.length > 0 ? clock(sessions[sessions.length - 1][1]) : '',
      workedMinutes: minutes(worked),
      breaksTaken: breaks.length,
      breakMinutes: minutes(breaks.reduce((s, [from, to]) => s + to - from, 0)),
      breaksMissed: missed,
      breaksMissedMinutes: minutes(missedSeconds),
      absent,
      absenceRecorded: recordedAbsences.length > 0,
      latenessMinutes,
      latenessRecordedMinutes: latenessRecorded,
      overtimeMinutes: minutes(worked - inShift),
      calledIn: calledIn.length > 0,
      labourBreaches: breaches.length,
      notes: notes.join('; '),
    };
  });
}

/** The parts of a simulation the timesheet reads (sim/simulation.ts). */
export interface TimesheetRun {
  readonly scenario: { readonly date?: string };
  readonly frame: { readonly dayStart: number };
  readonly time: number;
  readonly plans: readonly AdviserPlan[];
  readonly advisers: { readonly work: WorkLog };
  readonly breaks: { readonly plans: readonly (readonly BreakPlan[])[] };
  readonly books: { readonly admin: readonly AdminRecord[]; readonly breaches: readonly BreachRecord[] };
  readonly commands: { readonly log: readonly CommandRecord[] };
}

/** The timesheet of a run as it stands (a finished run: the whole day); `day` is its day of a multi-day run (one-day runs are day 1). */
export function timesheetOf(sim: TimesheetRun, day = 1): TimesheetRow[] {
  return buildTimesheet({
    day, date: sim.scenario.date ?? '', dayStart: sim.frame.dayStart, end: sim.time, plans: sim.plans, work: sim.advisers.work,
    breakPlans: sim.breaks.plans, admin: sim.books.admin, breaches: sim.books.breaches, commands: sim.commands.log,
  });
}
