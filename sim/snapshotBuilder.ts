/**
 * Builds snapshots from a simulation. Identity is kept for anything unchanged
 * since the previous snapshot (an adviser whose version did not move, an
 * interval point whose counters did not move), so the UI can compare with ===.
 */
import { channelKpis, occupancy } from './kpi/serviceLevel';
import { adviserStates, inGroup } from './model/adviserMachine';
import { pendingNames } from './model/advisers';
import { CALLING_WINDOWS, isCallingTime } from './model/outbound';
import { workedNow } from './model/people';
import { IntervalPoints } from './snapshotIntervals';
import type { Simulation } from './simulation';
import type { AdviserSnapshot, ChannelSnapshot, ScoreSnapshot, Snapshot } from './snapshot';

export { expectedArrivals } from './snapshotIntervals';

/** What a snapshot reads: the simulation's stores and modules, never written to. */
export type SnapshotSources = Pick<Simulation,
  'time' | 'frame' | 'finished' | 'events' | 'scenario' | 'plans' | 'advisers' | 'channels' | 'counters' | 'accounts' | 'router'
  | 'contacts' | 'dialers' | 'commands' | 'overflow' | 'books' | 'supervisor' | 'activity' | 'scenarioEvents' | 'score' | 'breaks' | 'floorManager' | 'recruitment'>;

const worked = { sincePause: 0, sinceLongBreak: 0 };

/** Score entries a snapshot carries: the console shows the latest few; the debrief reads the result. */
export const LIVE_SCORE_ENTRIES = 20;

function latestEntries(score: ScoreSnapshot): ScoreSnapshot {
  return score.entries.length <= LIVE_SCORE_ENTRIES ? score : { ...score, entries: score.entries.slice(-LIVE_SCORE_ENTRIES) };
}

export class SnapshotBuilder {
  private adviserCache: AdviserSnapshot[] = [];
  private adviserVersions: Uint32Array;
  private readonly points: IntervalPoints;
  private advisersArray: readonly AdviserSnapshot[] = [];
  private logLength = -1;
  private logCache: Snapshot['commandLog'] = [];

  constructor(private readonly sim: SnapshotSources) {
    this.adviserVersions = new Uint32Array(sim.advisers.count).fill(0xffffffff);
    this.workedMinutes = new Float64Array(sim.advisers.count * 2).fill(-1);
    this.points = new IntervalPoints(sim);
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
      intervals: this.points.build(),
      commandLog: this.commandLog(),
      overflow: this.overflow(),
      breaches: this.breaches(),
      supervisor: sim.supervisor.snapshot(sim.plans),
      activity: this.activity(),
      activeEvents: sim.scenarioEvents.active(now),
      score: withScore ? latestEntries(sim.score()) : null,
      costs: { overflow: sim.overflow.cost, overtime: sim.books.overtimeCost },
      ...(sim.floorManager ? { manager: sim.floorManager.snapshot() } : {}),
      ...(sim.recruitment ? { candidates: sim.recruitment.snapshot(), hiring: sim.recruitment.hiringSnapshot() } : {}),
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
        aht: a.handled[i] > 0 ? a.handlingSeconds[i] / a.handled[i] : null,
        occupancy: occupancy(a.busyTime[i], a.idleTime[i]),
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
        ...this.dueTimes(i, now),
        callingWindowClosesIn: this.callingWindowClosesIn(i, now),
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

  private readonly due = { earliest: Infinity, overdue: 0 };

  private dueTimes(channel: number, now: number): Pick<ChannelSnapshot, 'oldestDueIn' | 'overdue'> {
    if (this.sim.router.waiting[channel] === 0) return { oldestDueIn: null, overdue: 0 };
    this.sim.router.dueOf(channel, now, this.due);
    return { oldestDueIn: Number.isFinite(this.due.earliest) ? this.due.earliest - now : null, overdue: this.due.overdue };
  }

  /** Outbound: seconds left in the legal calling window the dialer is in, or null. */
  private callingWindowClosesIn(channel: number, now: number): number | null {
    const dialer = this.sim.dialers.find((d) => d.channel.index === channel);
    if (!dialer || now >= this.sim.frame.closeTime) return null;
    const ctx = dialer.context(now);
    if (!isCallingTime(ctx)) return null;
    const window = CALLING_WINDOWS.find(([start, end]) => ctx.secondOfDay >= start && ctx.secondOfDay < end);
    return window ? window[1] - ctx.secondOfDay : null;
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
