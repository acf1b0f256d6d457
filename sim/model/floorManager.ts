/**
 * The floor manager (chef de plateau), when the scenario has one
 * (`floorManager`): the supervisor reports up to them and asks them for what
 * they may not decide alone.
 *
 * - **Reports** (`reportToManager` with a subject): logged with their time, for
 *   the score (sim/kpi/judge/manager.ts) and the end-of-day result.
 * - **Budget**: each item of `floorManager.budget` limits what the supervisor
 *   spends alone in the day: overflow-open minutes (all groups, from the
 *   start), overtime minutes asked (accepted asks), advisers called in. Past
 *   it, `openOverflow` / `askOvertime` / `callInAdviser` are refused
 *   (`needsManager`) unless the manager granted that kind.
 * - **Requests** (`subject: "request"`): the manager answers after
 *   `answerAfterMinutes`, at an engine event. The answer is a grant when, at
 *   that moment, the request is justified — deterministically, the first that
 *   holds of:
 *     1. an incident (scenario event) is running;
 *     2. a voice or chat channel's service level, today so far or in the current
 *        interval (each with at least five contacts to judge), is below its target;
 *     3. an adviser was absent today (an absence in the feed so far);
 *   else a refusal. A grant lifts that budget for the rest of the day.
 *
 * A report takes the supervisor a minute (state "reporting") when they are free.
 * It does not need them free: it is a short phone call or chat message to the
 * manager, which fits between two things, and reporting an incident "within
 * minutes" must not wait for the end of a 30-minute coaching session. When they
 * are busy the report is sent in between and their occupation is unchanged.
 */
import type { EventQueue } from '../engine/eventQueue';
import { Field, type KpiCounters } from '../kpi/counters';
import { formatClock } from '../scenario/schema';
import type { FloorManagerSettings, ManagerRequest, ReportSubject } from '../scenario/managerSchema';
import type { ActivityLog } from './activityLog';
import type { ChannelRuntime } from './channelRuntime';
import { Ev } from './eventKinds';
import type { Clock, DayFrame } from './frame';
import type { OverflowGroup } from './overflow';
import type { EventInstance } from './scenarioEvents';
import { done, refuse, type ActionOutcome } from './supervisorActions';

export interface ManagerReport {
  readonly at: number;
  readonly subject: Exclude<ReportSubject, 'request'>;
  readonly note?: string;
}

export interface ManagerRequestRecord {
  readonly at: number;
  readonly request: ManagerRequest;
  status: 'pending' | 'granted' | 'refused';
  answeredAt?: number;
  /** Why the manager granted or refused (a stable code: incident, serviceLevel, absence, notJustified). */
  because?: string;
  readonly note?: string;
}

export interface ManagerGrant {
  readonly at: number;
  readonly request: ManagerRequest;
}

/** The manager's state in a snapshot and in the result (`manager`). */
export interface ManagerSnapshot {
  readonly reportWithinMinutes: number;
  readonly answerAfterMinutes: number;
  readonly endOfWeek: boolean;
  readonly budget: FloorManagerSettings['budget'];
  /** What the day used so far against the budget. */
  readonly used: { readonly overflowMinutes: number; readonly overtimeMinutes: number; readonly callIns: number };
  readonly reports: readonly ManagerReport[];
  readonly requests: readonly Readonly<ManagerRequestRecord>[];
  readonly grants: readonly ManagerGrant[];
}

export interface FloorManagerParts {
  readonly settings: FloorManagerSettings;
  readonly clock: Clock;
  readonly frame: DayFrame;
  readonly channels: readonly ChannelRuntime[];
  readonly counters: KpiCounters;
  readonly queue: EventQueue;
  readonly activity: ActivityLog;
  readonly overflowGroups: readonly OverflowGroup[];
  readonly events: { readonly instances: readonly EventInstance[] };
  /** Occupies the supervisor for `seconds` in state "reporting" when they are free; false when busy. */
  occupySupervisor(seconds: number): boolean;
}

/** What a report takes of the supervisor's time. */
export const REPORT_SECONDS = 60;

const budgetKey = { overflow: 'overflowMinutes', overtime: 'overtimeMinutes', callIn: 'callIns' } as const;
const requestWords: Readonly<Record<ManagerRequest, string>> = { overflow: 'overflow past its budget', overtime: 'overtime past its budget', callIn: 'calling in past the budget' };
const becauseWords: Readonly<Record<string, string>> = {
  incident: 'an incident is running', serviceLevel: 'a queue is below its service-level target', absence: 'an adviser is absent today', notJustified: 'nothing justifies it now',
};

export class FloorManager {
  readonly reports: ManagerReport[] = [];
  readonly requests: ManagerRequestRecord[] = [];
  readonly grants: ManagerGrant[] = [];
  private overtimeMinutes = 0;
  private callIns = 0;
  private absences = 0;
  /** Per overflow group: seconds open before the current opening, and when it opened (NaN: closed). */
  private readonly openSeconds: number[];
  private readonly openSince: number[];
  private version = 0;
  private cached: ManagerSnapshot | null = null;
  private cachedVersion = -1;

  constructor(private readonly parts: FloorManagerParts) {
    this.openSeconds = parts.overflowGroups.map(() => 0);
    this.openSince = parts.overflowGroups.map((g) => (g.open ? 0 : NaN));
    parts.activity.listen((e) => {
      if (e.code === 'absence') this.absences++;
    });
  }

  get settings(): FloorManagerSettings {
    return this.parts.settings;
  }

  private granted(kind: ManagerRequest): boolean {
    return this.grants.some((g) => g.request === kind);
  }

  /** Overflow minutes used so far today (all groups). */
  overflowMinutesUsed(now = this.parts.clock.now): number {
    let s = 0;
    for (let g = 0; g < this.openSeconds.length; g++) s += this.openSeconds[g] + (Number.isNaN(this.openSince[g]) ? 0 : now - this.openSince[g]);
    return s / 60;
  }

  /** A group was opened or closed (by command). */
  noteOverflow(group: number, open: boolean): void {
    const now = this.parts.clock.now;
    if (open && Number.isNaN(this.openSince[group])) this.openSince[group] = now;
    else if (!open && !Number.isNaN(this.openSince[group])) {
      this.openSeconds[group] += now - this.openSince[group];
      this.openSince[group] = NaN;
    }
    this.version++;
  }

  noteOvertime(minutes: number): void {
    this.overtimeMinutes += minutes;
    this.version++;
  }

  noteCallIn(): void {
    this.callIns++;
    this.version++;
  }

  /**
   * Null when the supervisor may do this alone; else the refusal (`needsManager`).
   * `amount`: overtime minutes asked (others: ignored).
   */
  budgetRefusal(kind: ManagerRequest, amount = 0): ActionOutcome | null {
    const limit = this.parts.settings.budget[budgetKey[kind]];
    if (limit === undefined || this.granted(kind)) return null;
    const ask = 'ask the floor manager (reportToManager with request';
    if (kind === 'overflow') {
      const used = Math.round(this.overflowMinutesUsed());
      if (this.overflowMinutesUsed() < limit) return null;
      return refuse('needsManager', `the overflow budget (${limit} min a day) is used up (${used} min): ${ask} "overflow")`, { budget: 'overflow', limit, used });
    }
    if (kind === 'overtime') {
      if (this.overtimeMinutes + amount <= limit) return null;
      return refuse('needsManager', `the overtime budget (${limit} min a day) would be exceeded (${this.overtimeMinutes} min asked, ${amount} more): ${ask} "overtime")`, { budget: 'overtime', limit, used: this.overtimeMinutes });
    }
    if (this.callIns + 1 <= limit) return null;
    return refuse('needsManager', `the call-in budget (${limit} a day) is used up (${this.callIns} called in): ${ask} "callIn")`, { budget: 'callIn', limit, used: this.callIns });
  }

  /** `reportToManager`: a report, or a request the manager answers later. */
  report(subject: ReportSubject, request: ManagerRequest | undefined, note: string | undefined): ActionOutcome {
    const { clock, settings, queue } = this.parts;
    const now = clock.now;
    if (subject !== 'request') {
      if (request !== undefined) return refuse('requestNotExpected', `"request" goes with the subject "request" (this is a "${subject}" report)`, { subject });
      this.reports.push({ at: now, subject, ...(note !== undefined ? { note } : {}) });
      this.version++;
      this.parts.occupySupervisor(REPORT_SECONDS);
      return done();
    }
    if (request === undefined) return refuse('requestMissing', 'a request to the floor manager says what it asks for: "overflow", "overtime" or "callIn"');
    if (settings.budget[budgetKey[request]] === undefined) {
      return refuse('nothingToGrant', `the floor manager sets no ${request} budget: you may decide it alone`, { request });
    }
    if (this.granted(request)) return refuse('alreadyGranted', `the floor manager already granted ${request} for today`, { request });
    if (this.requests.some((r) => r.request === request && r.status === 'pending')) {
      return refuse('requestPending', `a ${request} request is already waiting for the floor manager's answer`, { request });
    }
    const index = this.requests.length;
    this.requests.push({ at: now, request, status: 'pending', ...(note !== undefined ? { note } : {}) });
    this.version++;
    const answerAt = now + settings.answerAfterMinutes * 60;
    queue.schedule(answerAt, Ev.managerAnswer, index);
    this.parts.occupySupervisor(REPORT_SECONDS);
    const when = formatClock(this.parts.frame.dayStart + answerAt);
    return done('applied', `the floor manager answers at ${when}`, { answerAt: when });
  }

  /** The manager's answer to request `index` (engine event). */
  onAnswer(index: number): void {
    const r = this.requests[index];
    if (!r || r.status !== 'pending') return;
    const now = this.parts.clock.now;
    const because = this.justification(now);
    r.answeredAt = now;
    r.because = because;
    const grant = because !== 'notJustified';
    r.status = grant ? 'granted' : 'refused';
    if (grant) this.grants.push({ at: now, request: r.request });
    this.version++;
    const text = grant
      ? `The floor manager grants ${requestWords[r.request]} for the rest of the day (${becauseWords[because]})`
      : `The floor manager refuses ${requestWords[r.request]}: ${becauseWords[because]}`;
    this.parts.activity.add(now, grant ? 'managerGranted' : 'managerRefused', text, { request: r.request, because }, grant ? 'info' : 'warning');
  }

  /** Why a request is justified now (incident, serviceLevel, absence), or notJustified. */
  justification(now: number): string {
    const { events, channels, counters, frame } = this.parts;
    const running = events.instances.some((e) => e.spec.type === 'incident' && e.start <= now && now < (e.end ?? frame.closeTime));
    if (running) return 'incident';
    const current = counters.intervalOf(Math.min(now, frame.closeTime - 1e-9));
    const below = (row: number, target: number) => {
      const counted = counters.get(row, Field.answered) + counters.get(row, Field.abandoned) - counters.get(row, Field.shortAbandoned);
      return counted >= 5 && counters.get(row, Field.answeredWithinThreshold) / counted < target;
    };
    for (const c of channels) {
      if (c.kind !== 'voice' && c.kind !== 'chat') continue;
      const target = c.spec.serviceLevel.target;
      if (below(counters.totalRow(c.index), target) || below(counters.row(c.index, current), target)) return 'serviceLevel';
    }
    return this.absences > 0 ? 'absence' : 'notJustified';
  }

  snapshot(): ManagerSnapshot {
    // Overflow minutes move with time while a group is open: rebuilt then too.
    const open = this.openSince.some((s) => !Number.isNaN(s));
    if (this.cached && this.cachedVersion === this.version && !open) return this.cached;
    const s = this.parts.settings;
    this.cached = {
      reportWithinMinutes: s.reportWithinMinutes,
      answerAfterMinutes: s.answerAfterMinutes,
      endOfWeek: s.endOfWeek,
      budget: s.budget,
      used: { overflowMinutes: Math.round(this.overflowMinutesUsed() * 10) / 10, overtimeMinutes: this.overtimeMinutes, callIns: this.callIns },
      reports: this.reports.slice(),
      requests: this.requests.map((r) => ({ ...r })),
      grants: this.grants.slice(),
    };
    this.cachedVersion = this.version;
    return this.cached;
  }
}
