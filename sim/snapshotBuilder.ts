/**
 * Builds snapshots from a simulation. Identity is kept for anything unchanged
 * since the previous snapshot (an adviser whose version did not move, an
 * interval point whose counters did not move), so the UI can compare with ===.
 */
import { Field, FIELD_COUNT } from './kpi/counters';
import { channelKpis, occupancy } from './kpi/serviceLevel';
import { adviserStates, inGroup } from './model/adviserMachine';
import { pendingNames } from './model/advisers';
import { workedNow } from './model/people';
import type { Simulation } from './simulation';
import type { AdviserSnapshot, ChannelSnapshot, IntervalPoint, Snapshot } from './snapshot';

/** What a snapshot reads: the simulation's stores and modules, never written to. */
export type SnapshotSources = Pick<Simulation,
  'time' | 'frame' | 'finished' | 'events' | 'scenario' | 'plans' | 'advisers' | 'channels' | 'counters' | 'accounts' | 'router'
  | 'contacts' | 'dialers' | 'commands' | 'overflow' | 'books' | 'supervisor' | 'activity' | 'scenarioEvents' | 'score' | 'breaks'>;

const worked = { sincePause: 0, sinceLongBreak: 0 };

/** Expected arrivals in [from, to) for a piecewise-constant rate. */
export function expectedArrivals(steps: readonly { start: number; ratePerSecond: number }[], from: number, to: number): number {
  let total = 0;
  for (let i = 0; i < steps.length; i++) {
    const a = Math.max(from, steps[i].start);
    const b = Math.min(to, i + 1 < steps.length ? steps[i + 1].start : Infinity);
    if (b > a) total += (b - a) * steps[i].ratePerSecond;
  }
  return total;
}

function sameValues(a: Float64Array, b: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class SnapshotBuilder {
  private adviserCache: AdviserSnapshot[] = [];
  private adviserVersions: Uint32Array;
  private pointCache = new Map<number, IntervalPoint>();
  /** The counter values each cached point was built from (a point changes only when they do). */
  private pointSources = new Map<number, Float64Array>();
  private intervalsCache: Record<string, readonly IntervalPoint[]> = {};
  private advisersArray: readonly AdviserSnapshot[] = [];
  private logLength = -1;
  private logCache: Snapshot['commandLog'] = [];

  constructor(private readonly sim: SnapshotSources) {
    this.adviserVersions = new Uint32Array(sim.advisers.count).fill(0xffffffff);
    this.workedMinutes = new Float64Array(sim.advisers.count * 2).fill(-1);
  }

  build(withScore = true): Snapshot {
    const sim = this.sim;
    const now = sim.time;
    return {
      time: now,
      clockSeconds: sim.frame.dayStart + now,
      endTime: sim.frame.closeTime,
      finished: sim.finished,
      events: sim.events,
      advisers: this.advisers(),
      channels: this.channels(now),
      occupancy: occupancy(sim.accounts.totalHandling + this.openTime(inGroup.handling, now), sim.accounts.totalIdle + this.openTime(inGroup.idle, now)),
      intervals: this.intervals(),
      commandLog: this.commandLog(),
      overflow: this.overflow(),
      breaches: this.breaches(),
      supervisor: sim.supervisor.snapshot(sim.plans),
      activity: this.activity(),
      activeEvents: sim.scenarioEvents.active(now),
      score: withScore ? sim.score() : null,
      costs: { overflow: sim.overflow.cost, overtime: sim.books.overtimeCost },
    };
  }

  /** Time in progress in a group of states (handling, idle), not yet accrued: so occupancy moves smoothly. */
  private openTime(group: Uint8Array, now: number): number {
    const a = this.sim.advisers;
    let t = 0;
    for (let i = 0; i < a.count; i++) {
      if (group[a.state[i]]) t += Math.max(0, now - Math.max(a.since[i], this.sim.frame.warmupEnd));
    }
    return t;
  }

  /** Per adviser: the whole minutes worked (since a pause, since a long break) its cached snapshot shows. */
  private readonly workedMinutes: Float64Array;

  private advisers(): readonly AdviserSnapshot[] {
    const sim = this.sim;
    const a = sim.advisers;
    const realistic = sim.frame.realistic;
    let changed = false;
    for (let i = 0; i < a.count; i++) {
      // Working time runs between state changes: an adviser is rebuilt when a whole minute has passed.
      if (realistic) workedNow(a, i, a.state[i], a.since[i], sim.time, worked);
      else worked.sincePause = worked.sinceLongBreak = 0;
      const sincePause = Math.floor(worked.sincePause / 60);
      const sinceLongBreak = Math.floor(worked.sinceLongBreak / 60);
      if (this.adviserVersions[i] === a.version[i] && this.workedMinutes[2 * i] === sincePause && this.workedMinutes[2 * i + 1] === sinceLongBreak) continue;
      changed = true;
      this.adviserVersions[i] = a.version[i];
      this.workedMinutes[2 * i] = sincePause;
      this.workedMinutes[2 * i + 1] = sinceLongBreak;
      const plan = sim.plans[i];
      const channel = a.contactChannel[i];
      this.adviserCache[i] = {
        id: plan.id,
        name: plan.name,
        initials: plan.initials,
        state: adviserStates[a.state[i]],
        stateSince: a.since[i],
        skills: Object.fromEntries(sim.channels.map((c, k) => [c.id, a.skills[i][k]]).filter(([, p]) => (p as number) > 0)),
        channelId: channel >= 0 ? sim.channels[channel].id : null,
        contactId: channel >= 0 ? a.contactSerial[i] : null,
        handled: a.handled[i],
        handlingSeconds: a.handlingSeconds[i],
        pending: a.pending[i] ? pendingNames[a.pending[i]] : null,
        concurrent: a.concurrent[i],
        raisedHand: a.handDeadline[i] < Infinity
          ? { since: a.handSince[i], deadline: a.handDeadline[i], contactId: a.handSerial[i], vip: a.handVip[i] === 1 }
          : null,
        fatigue: a.fatigue[i],
        stress: a.stress[i],
        mood: a.mood[i],
        observedQuality: Number.isNaN(a.observedQuality[i]) ? null : a.observedQuality[i],
        csat: a.csatCount[i] > 0 ? a.csatSum[i] / a.csatCount[i] : null,
        newHire: a.newHire[i] === 1,
        workedSinceLongBreak: sinceLongBreak,
        workedSincePause: sincePause,
        schedule: {
          shiftStart: plan.shiftStart,
          shiftEnd: a.shiftEndAt[i],
          breaks: sim.breaks.plans[i].map((b) => ({ at: b.at, minutes: b.seconds / 60, kind: b.kind, state: b.state, startedAt: b.startedAt, endedAt: b.endedAt })),
        },
      };
    }
    if (changed) this.advisersArray = this.adviserCache.slice();
    return this.advisersArray;
  }

  private channels(now: number): ChannelSnapshot[] {
    const sim = this.sim;
    const counters = sim.counters;
    const current = counters.intervalOf(Math.min(now, sim.frame.closeTime - 1e-9));
    return sim.channels.map((c, i) => {
      const head = sim.router.peekHead(i); // a pure read: head() would drop stale entries
      return {
        id: c.id,
        kind: sim.scenario.channels[i].kind,
        queueLength: sim.router.waiting[i],
        longestWait: head >= 0 ? now - sim.contacts.arrival[head] : 0,
        thresholdSeconds: c.threshold,
        target: sim.scenario.channels[i].serviceLevel.target,
        today: channelKpis(counters.values, counters.totalRow(i)),
        interval: channelKpis(counters.values, counters.row(i, current)),
        settings: {
          callbackOn: c.callbackOn,
          callbackThresholdSeconds: Number.isFinite(c.callbackThreshold) ? c.callbackThreshold : null,
          ivrIncidentMessage: c.ivrIncident,
          priority: c.priority,
          dialerOverride: sim.dialers.some((d) => d.channel.index === i && d.override),
        },
      };
    });
  }

  private intervals(): Record<string, readonly IntervalPoint[]> {
    const sim = this.sim;
    const counters = sim.counters;
    const last = counters.intervalOf(Math.min(sim.time, sim.frame.closeTime - 1e-9));
    let changed = false;
    const result: Record<string, IntervalPoint[]> = {};
    sim.channels.forEach((c, ch) => {
      const points: IntervalPoint[] = [];
      for (let k = 0; k <= last; k++) {
        const row = counters.row(ch, k);
        const key = row;
        const source = counters.values.subarray(row * FIELD_COUNT, (row + 1) * FIELD_COUNT);
        let point = this.pointCache.get(key);
        const previous = this.pointSources.get(key);
        if (!point || !previous || !sameValues(previous, source)) {
          const kpis = channelKpis(counters.values, row);
          const start = k * counters.intervalSeconds;
          point = {
            index: k,
            start,
            offered: counters.get(row, Field.offered),
            forecast: expectedArrivals(c.steps, start, Math.min(start + counters.intervalSeconds, sim.frame.closeTime)),
            serviceLevel: kpis.serviceLevel,
          };
          this.pointCache.set(key, point);
          this.pointSources.set(key, source.slice());
          changed = true;
        }
        points.push(point);
      }
      if (!changed && this.intervalsCache[c.id]?.length !== points.length) changed = true;
      result[c.id] = points;
    });
    if (changed) this.intervalsCache = result;
    return this.intervalsCache;
  }

  private overflowCache: Snapshot['overflow'] = [];

  private overflow(): Snapshot['overflow'] {
    const groups = this.sim.overflow.groups;
    const changed = groups.length !== this.overflowCache.length || groups.some((g, i) => {
      const c = this.overflowCache[i];
      return c.open !== g.open || c.busy !== g.busy || c.handled !== g.handled;
    });
    if (changed) {
      this.overflowCache = groups.map((g) => ({
        id: g.id, name: g.spec.name ?? g.id, open: g.open, busy: g.busy, capacity: g.spec.capacity, handled: g.handled, cost: g.cost,
      }));
    }
    return this.overflowCache;
  }

  private activityVersion = -1;
  private activityCache: Snapshot['activity'] = [];

  private activity(): Snapshot['activity'] {
    const log = this.sim.activity;
    if (log.version !== this.activityVersion) {
      this.activityVersion = log.version;
      this.activityCache = log.entries.slice(-200);
    }
    return this.activityCache;
  }

  private breachCache: Snapshot['breaches'] = [];

  private breaches(): Snapshot['breaches'] {
    const breaches = this.sim.books.breaches;
    if (this.breachCache.length !== breaches.length) this.breachCache = breaches.slice();
    return this.breachCache;
  }

  private commandLog(): Snapshot['commandLog'] {
    const log = this.sim.commands.log;
    if (log.length !== this.logLength) {
      this.logLength = log.length;
      this.logCache = log.slice();
    }
    return this.logCache;
  }
}
