/**
 * The command book: validates supervisor commands, holds the ones stamped for
 * later, applies them at their time, and logs every one as applied or rejected
 * with a reason. A rejected command changes nothing in the simulation.
 */
import { commandSchema, type Command } from '../commands';
import { adviserStates } from '../model/adviserMachine';
import { Pending, pendingNames } from '../model/advisers';
import { toSeconds, formatClock } from '../scenario/schema';
import { jsonPath } from '../scenario/load';
import type { CommandRecord } from '../snapshot';
import type { Simulation } from './simulation';

interface Scheduled {
  readonly at: number;
  readonly command: Command;
}

const activityOf: Record<string, number> = {
  coach: Pending.coaching,
  sendToBreak: Pending.break,
  sendToTraining: Pending.training,
  assignOfflineTask: Pending.offlineTask,
};

const stateLabel: Record<string, string> = {
  offline: 'logged out', absent: 'absent', break: 'on a break', coaching: 'in a coaching session',
  training: 'in training', offlineTask: 'on an offline task',
};

export class CommandBook {
  private readonly scheduled: Scheduled[] = [];
  readonly log: CommandRecord[] = [];

  constructor(private readonly sim: Simulation) {}

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
    const now = this.sim.time;
    const input = raw !== null && typeof raw === 'object' && !('at' in raw) ? { ...raw, at: now } : raw;
    const parsed = commandSchema.safeParse(input);
    const type = raw !== null && typeof raw === 'object' && typeof (raw as { type?: unknown }).type === 'string' ? (raw as { type: string }).type : '?';
    if (!parsed.success) {
      const reason = parsed.error.issues.map((i) => `${jsonPath(i.path)}: ${i.message}`).join('; ');
      return this.record(now, type, 'rejected', raw, `invalid command: ${reason}`);
    }
    const at = this.resolveTime(parsed.data.at);
    if (at < now) {
      return this.record(now, type, 'rejected', raw, `at ${formatClock(this.sim.dayStart + at)} is before the current time ${formatClock(this.sim.dayStart + now)}`);
    }
    // Held until every event up to `at` has run, exactly as a live command would be.
    if (at > now || this.sim.nextEventTime() <= at) {
      let i = this.scheduled.length;
      while (i > 0 && this.scheduled[i - 1].at > at) i--; // stable: same-time commands keep submission order
      this.scheduled.splice(i, 0, { at, command: parsed.data });
      return { at, type, status: 'applied', reason: 'scheduled', command: parsed.data };
    }
    return this.apply(now, parsed.data);
  }

  /** Applies every held command whose time has come. */
  applyDue(now: number): void {
    while (this.scheduled.length > 0 && this.scheduled[0].at <= now) {
      const { command } = this.scheduled.shift()!;
      this.apply(now, command);
    }
  }

  /** "HH:MM[:SS]" is a time of day on the scenario clock; a number is seconds since start. */
  resolveTime(at: string | number): number {
    return typeof at === 'number' ? at : toSeconds(at) - this.sim.dayStart;
  }

  private record(at: number, type: string, status: 'applied' | 'rejected', command: unknown, reason?: string): CommandRecord {
    const entry: CommandRecord = {
      at,
      type,
      status,
      ...(reason !== undefined ? { reason } : {}),
      command: (command ?? {}) as Record<string, unknown>,
    };
    this.log.push(entry);
    return entry;
  }

  private apply(now: number, command: Command): CommandRecord {
    const reject = (reason: string) => this.record(now, command.type, 'rejected', command, reason);
    const sim = this.sim;
    if (command.type === 'openOverflow' || command.type === 'closeOverflow') {
      const group = sim.overflow.findIndex((g) => g.id === command.groupId);
      if (group < 0) return reject(`unknown overflow group "${command.groupId}"${sim.overflow.length ? ` (groups: ${sim.overflow.map((g) => g.id).join(', ')})` : ': the scenario has none'}`);
      const open = command.type === 'openOverflow';
      if (sim.overflow[group].open === open) return reject(`overflow group "${command.groupId}" is already ${open ? 'open' : 'closed'}`);
      sim.setOverflow(group, open);
      return this.record(now, command.type, 'applied', command);
    }
    if (command.type === 'overrideDialerRules') {
      const dialer = sim.dialers.find((d) => d.channel.id === command.channelId);
      if (!dialer) return reject(`"${command.channelId}" is not an outbound channel`);
      dialer.override = command.enabled;
      return this.record(now, command.type, 'applied', command, command.enabled ? 'calls breaking the French rules will be logged as breaches' : undefined);
    }
    const adviser = sim.plans.findIndex((p) => p.id === command.adviserId);
    if (adviser < 0) return reject(`unknown adviser "${command.adviserId}"`);
    const advisers = sim.advisers;
    const state = adviserStates[advisers.state[adviser]];
    const who = `${sim.plans[adviser].name} (${command.adviserId})`;

    switch (command.type) {
      case 'coach':
      case 'sendToBreak':
      case 'sendToTraining':
      case 'assignOfflineTask': {
        if (state === 'offline' || state === 'absent') return reject(`${who} is ${stateLabel[state]}`);
        if (stateLabel[state]) return reject(`${who} is already ${stateLabel[state]}`);
        if (advisers.pending[adviser] !== Pending.none) {
          return reject(`${who} already has "${pendingNames[advisers.pending[adviser]]}" planned after the current contact`);
        }
        const outcome = sim.requestActivity(adviser, activityOf[command.type], command.minutes * 60);
        return this.record(now, command.type, 'applied', command, outcome === 'deferred' ? 'after the current contact' : undefined);
      }
      case 'logOut': {
        if (state === 'offline' || state === 'absent') return reject(`${who} is not logged in`);
        const outcome = sim.logOut(adviser);
        return this.record(now, command.type, 'applied', command, outcome === 'deferred' ? 'after the current contact' : undefined);
      }
      case 'logIn': {
        if (state !== 'offline' && state !== 'absent') return reject(`${who} is already logged in (${state})`);
        sim.logIn(adviser);
        return this.record(now, command.type, 'applied', command);
      }
      case 'setSkills': {
        const unknown = Object.keys(command.skills).filter((k) => !sim.channels.some((c) => c.id === k));
        if (unknown.length > 0) return reject(`unknown skill(s) ${unknown.map((k) => `"${k}"`).join(', ')}: no channel has this id`);
        if (!Object.values(command.skills).some((p) => p > 0)) return reject('an adviser needs at least one skill above 0');
        sim.setSkills(adviser, command.skills);
        return this.record(now, command.type, 'applied', command);
      }
      case 'setRoutingProfile': {
        const unknown = Object.keys(command.profile).filter((k) => !sim.channels.some((c) => c.id === k));
        if (unknown.length > 0) return reject(`unknown channel(s) ${unknown.map((k) => `"${k}"`).join(', ')}`);
        const skills = Object.fromEntries(sim.channels.map((c) => [c.id, advisers.skills[adviser][c.index]]));
        const unskilled = Object.keys(command.profile).filter((k) => !(skills[k] > 0));
        if (unskilled.length > 0) return reject(`${who} has no skill for ${unskilled.map((k) => `"${k}"`).join(', ')}`);
        sim.setSkills(adviser, skills, command.profile);
        return this.record(now, command.type, 'applied', command);
      }
    }
  }
}
