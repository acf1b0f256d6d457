/**
 * The shift's books: what a supervisor reports after the shift. Rules broken
 * (labour rules, the dialer's calling rules), admin data (absences, lateness),
 * listen-ins (the CNIL log), overtime paid. The score and the result read them.
 */
import type { BreachSnapshot } from '../snapshot';
import { formatClock } from '../scenario/schema';
import type { ActivityLog } from './activityLog';
import type { Clock } from './frame';
import type { AdviserPlan } from './team';

/** A rule broken: by an overridden dialer (channel, record) or a labour rule (adviser). */
export type BreachRecord = BreachSnapshot;

/** Admin data for the shift report (absences, lateness), recorded by command or observed. */
export interface AdminRecord {
  readonly at: number;
  readonly kind: 'absence' | 'lateness';
  readonly adviserId: string;
  readonly minutes?: number;
  readonly reason?: string;
  /** Recorded by the supervisor (command) or observed by the engine (e.g. late back from a break). */
  readonly source: 'supervisor' | 'observed';
}

/** A listen-in: logged as the recording rules require (CNIL). */
export interface RecordingRecord {
  readonly at: number;
  readonly adviserId: string;
  readonly contactId: number;
  readonly purpose: 'quality';
  readonly keepUntilDays: number;
}

export type LabourRule = 'noBreakAfter6h' | 'workSequenceOver3h';

export interface BookParts {
  readonly clock: Clock;
  readonly dayStart: number;
  readonly plans: readonly AdviserPlan[];
  readonly activity: ActivityLog;
  readonly hourlyWage: number;
}

export class ShiftBooks {
  /** Rules broken during the run, in order. */
  readonly breaches: BreachRecord[] = [];
  readonly admin: AdminRecord[] = [];
  readonly recordings: RecordingRecord[] = [];
  /** € of overtime and called-in hours (25 % premium). */
  overtimeCost = 0;
  /** Seconds advisers spent late back from breaks (adherence). */
  latenessSeconds = 0;
  /** Customers due to try again (retrials, repeats) after the day ended, by channel id: they come back another day. */
  readonly pendingReturns: Record<string, number> = {};
  private readonly dialerBreachCounts = new Map<string, number>();
  private readonly dialerBreachLogged = new Map<string, number>();

  constructor(private readonly parts: BookParts) {}

  labourBreach(adviser: number, rule: LabourRule, at: number): void {
    const who = this.parts.plans[adviser];
    this.breaches.push({ at, rule, channelId: '', recordId: -1, adviserId: who.id });
    const text = rule === 'noBreakAfter6h'
      ? `${who.name} has worked 6 h without a 20-minute break (Code du travail L3121-16)`
      : `${who.name} has worked more than 3 h without a pause (call-centre agreement, IDCC 2098)`;
    this.parts.activity.add(Math.max(at, 0), rule, text, { adviser: who.name, at: formatClock(this.parts.dayStart + at) }, 'breach', who.id);
  }

  /** A call that broke a French calling rule (the dialer's rules were overridden). */
  dialerBreach(rule: string, channelId: string, recordId: number): void {
    const now = this.parts.clock.now;
    this.breaches.push({ at: now, rule, channelId, recordId });
    // One feed line per rule per half hour, with the running count: the feed must stay readable.
    const key = `${channelId}:${rule}`;
    const count = (this.dialerBreachCounts.get(key) ?? 0) + 1;
    this.dialerBreachCounts.set(key, count);
    if (now >= (this.dialerBreachLogged.get(key) ?? -Infinity) + 1800) {
      this.dialerBreachLogged.set(key, now);
      this.parts.activity.add(now, 'dialerBreach', `Dialer on ${channelId} broke the rule "${rule}" (${count} calls so far)`, { channel: channelId, rule, count }, 'breach');
    }
  }

  /** Overtime hours paid with the 25 % premium. */
  addOvertimeHours(hours: number): void {
    this.overtimeCost += hours * this.parts.hourlyWage * 1.25;
  }

  /** Observed lateness (e.g. back late from a break), for adherence and the shift report. */
  observedLateness(adviser: number, seconds: number): void {
    const who = this.parts.plans[adviser];
    this.admin.push({ at: this.parts.clock.now, kind: 'lateness', adviserId: who.id, minutes: Math.round(seconds / 60), source: 'observed' });
    this.latenessSeconds += seconds;
  }
}
