/**
 * The command book: validates supervisor commands, holds the ones stamped for
 * later, applies them at their time, and logs every one as applied or rejected
 * with a reason. A rejected command changes nothing in the simulation.
 */
import { commandSchema, type Command } from './commands';
import type { ActivityLog } from './model/activityLog';
import type { ActionOutcome } from './model/supervisorActions';
import type { Clock } from './model/frame';
import { jsonPath } from './scenario/load';
import { formatClock, toSeconds } from './scenario/schema';
import type { CommandRecord } from './snapshot';

export interface CommandBookParts {
  readonly clock: Clock;
  readonly dayStart: number;
  readonly activity: ActivityLog;
  /** Time of the next pending event: a command due then waits until that event has run. */
  nextEventTime(): number;
  /** Applies a valid command now. */
  apply(command: Command): ActionOutcome;
}

interface Scheduled {
  readonly at: number;
  readonly command: Command;
}

export class CommandBook {
  private readonly scheduled: Scheduled[] = [];
  readonly log: CommandRecord[] = [];

  constructor(private readonly parts: CommandBookParts) {}

  hasPending(): boolean {
    return this.scheduled.length > 0;
  }

  nextTime(): number {
    return this.scheduled.length > 0 ? this.scheduled[0].at : Infinity;
  }

  /**
   * Validates a command. Without `at` it applies at the current simulated time;
   * with a future `at` it is held and applied then (logged when applied).
   * Returns the log record (status "applied" also for a held command).
   */
  submit(raw: unknown): CommandRecord {
    const now = this.parts.clock.now;
    const input = raw !== null && typeof raw === 'object' && !('at' in raw) ? { ...raw, at: now } : raw;
    const parsed = commandSchema.safeParse(input);
    const type = raw !== null && typeof raw === 'object' && typeof (raw as { type?: unknown }).type === 'string' ? (raw as { type: string }).type : '?';
    if (!parsed.success) {
      const reason = parsed.error.issues.map((i) => `${jsonPath(i.path)}: ${i.message}`).join('; ');
      return this.record(now, type, 'rejected', raw, `invalid command: ${reason}`, 'invalidCommand', { details: reason });
    }
    const at = this.resolveTime(parsed.data.at);
    if (at < now) {
      const when = formatClock(this.parts.dayStart + at);
      const current = formatClock(this.parts.dayStart + now);
      return this.record(now, type, 'rejected', raw, `at ${when} is before the current time ${current}`, 'inThePast', { at: when, now: current });
    }
    // Held until every event up to `at` has run, exactly as a live command would be.
    if (at > now || this.parts.nextEventTime() <= at) {
      let i = this.scheduled.length;
      while (i > 0 && this.scheduled[i - 1].at > at) i--; // stable: same-time commands keep submission order
      this.scheduled.splice(i, 0, { at, command: parsed.data });
      return { at, type, status: 'applied', reason: 'scheduled', command: parsed.data };
    }
    return this.apply(now, parsed.data);
  }

  /**
   * Applies the next held command whose time has come. One at a time: the events a
   * command schedules for its own instant run before the next command of that instant,
   * exactly as when the two are submitted live one after the other.
   */
  applyNext(now: number): void {
    if (this.scheduled.length > 0 && this.scheduled[0].at <= now) this.apply(now, this.scheduled.shift()!.command);
  }

  /** "HH:MM[:SS]" is a time of day on the scenario clock; a number is seconds since start. */
  resolveTime(at: string | number): number {
    return typeof at === 'number' ? at : toSeconds(at) - this.parts.dayStart;
  }

  private record(at: number, type: string, status: 'applied' | 'rejected', command: unknown, reason?: string, code?: string, params?: Record<string, string | number>): CommandRecord {
    const entry: CommandRecord = {
      at,
      type,
      status,
      ...(reason !== undefined ? { reason } : {}),
      ...(code !== undefined ? { code } : {}),
      ...(params !== undefined && Object.keys(params).length > 0 ? { params } : {}),
      command: (command ?? {}) as Record<string, unknown>,
    };
    this.log.push(entry);
    if (status === 'applied') {
      const adviserId = 'adviserId' in (command as object) ? (command as { adviserId: string }).adviserId : undefined;
      this.parts.activity.add(at, `command.${type}`, `${type}${adviserId ? ` ${adviserId}` : ''}${reason ? `: ${reason}` : ''}`, { ...(params ?? {}), ...flatParams(command) }, 'info', adviserId);
    }
    return entry;
  }

  private apply(now: number, command: Command): CommandRecord {
    const outcome = this.parts.apply(command);
    return this.record(now, command.type, outcome.ok ? 'applied' : 'rejected', command, outcome.reason, outcome.code, outcome.params);
  }
}

/** A command's own fields as feed parameters (strings and numbers only). */
function flatParams(command: unknown): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(command as object)) {
    if (k === 'at') continue;
    if (typeof v === 'string' || typeof v === 'number') out[k] = v;
    else if (typeof v === 'boolean') out[k] = v ? 1 : 0;
  }
  return out;
}
