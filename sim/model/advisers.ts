/**
 * Advisers as a struct of arrays. Every state change goes through `transition`,
 * which executes the table derived from adviserMachine.ts (illegal events throw:
 * they are engine bugs, not user errors) and accrues the time spent in the
 * state being left, for occupancy.
 */
import type { TimeAccounts } from '../kpi/counters';
import { adviserEventCount, adviserEventTypes, adviserStates, adviserTransitions, inGroup, S as machineStates } from './adviserMachine';
import type { AdviserPlan } from './team';
import { accountTime, type LabourBreach } from './people';
import { ArraySlab } from '../util/growable';
import { WorkLog } from './workLog';

// Module-local copies: imported bindings can compile to getters (tsx/CJS interop),
// which showed up as a top cost of the hot path.
const S = { ...machineStates };
const TABLE = adviserTransitions;
const EVENT_COUNT = adviserEventCount;
/** Next state code, or −1 when the event is illegal (the table derived from the machine). */
const next = (state: number, event: number): number => TABLE[state * EVENT_COUNT + event];

/** Handling states → 1, available → 2, else 0 (see TimeAccounts). */
const timeClass = Uint8Array.from(adviserStates, (_, s) => (inGroup.handling[s] ? 1 : inGroup.idle[s] ? 2 : 0));
const OFF = inGroup.off;
const BREAK = S.break;
const ABSENT = S.absent;

/** What an adviser will do once free, set by a deferred command or a due break. */
export const Pending = { none: 0, break: 1, coaching: 2, training: 3, offlineTask: 4, logOut: 5 } as const;
export const pendingNames = ['', 'break', 'coaching', 'training', 'offlineTask', 'logOut'] as const;

export class AdviserStore {
  readonly count: number;
  readonly state: Uint8Array;
  readonly since: Float64Array;
  /** Bumped on every change an observer could see (snapshot identity). */
  readonly version: Uint32Array;
  /** Incremented each time the adviser becomes available: validates idle-pool entries. */
  readonly idleToken: Float64Array;
  readonly contact: Int32Array;
  readonly contactChannel: Int32Array;
  readonly contactSerial: Float64Array;
  readonly handled: Float64Array;
  readonly handlingSeconds: Float64Array;
  /** Satisfaction surveys (1–5) of this adviser's contacts today: sum of the answers and how many. */
  readonly csatSum: Float64Array;
  readonly csatCount: Float64Array;
  readonly pending: Uint8Array;
  readonly pendingSeconds: Float64Array;
  /** Identifies the current off-queue activity, so a stale end event is ignored. */
  readonly activityToken: Float64Array;
  /** True once the shift has ended: the adviser logs out when free. */
  readonly shiftOver: Uint8Array;
  /**
   * Realistic mode: receives labour-rule breaches; non-null turns on human
   * factors and working-time bookkeeping at every transition (see people.ts).
   */
  onBreach: LabourBreach | null = null;
  /** Test hook: sees every transition the engine makes (null on the hot path). */
  observer: ((adviser: number, event: number, from: number, to: number) => void) | null = null;
  /** skills[adviser][channel] = proficiency (0 = no skill). */
  readonly skills: Float64Array[];
  /** channel id → priority (1 first), per adviser; replaced by setRoutingProfile. */
  readonly routingProfile: Record<string, number>[];
  /** Concurrent conversations held (chat, messaging). */
  readonly concurrent: Int32Array;
  /** Human factors, 0–1 (see sim/model/humanFactors.ts), as of `factorsAt`. */
  readonly fatigue: Float64Array;
  readonly stress: Float64Array;
  readonly mood: Float64Array;
  readonly factorsAt: Float64Array;
  /** Proficiency gained from coaching (added to every skill), fading; and when it was last set. */
  readonly coachingBoost: Float64Array;
  readonly coachingAt: Float64Array;
  /** Last quality observed by listening in (NaN: never). */
  readonly observedQuality: Float64Array;
  readonly newHire: Uint8Array;
  /** Raised hand: deadline (Infinity when none), since, contact serial, VIP flag, supervisor support received. */
  readonly handDeadline: Float64Array;
  readonly handSince: Float64Array;
  readonly handSerial: Float64Array;
  readonly handVip: Uint8Array;
  /** Pending end of the talking phase (cancellable handle, −1 when none) and its time. */
  readonly talkEndHandle: Float64Array;
  readonly talkEndAt: Float64Array;
  /** Attended the team briefing: handles the incident's contacts faster. */
  readonly briefed: Uint8Array;
  /** In (or due for) the team briefing: the training activity is the briefing. */
  readonly briefing: Uint8Array;
  /** When the next planned break is due (Infinity: none left); kept by breaks.ts, read by routing to drain chats. */
  readonly breakDueAt: Float64Array;
  /** Shift end in simulated seconds (overtime pushes it back). */
  readonly shiftEndAt: Float64Array;
  /** Logged out to be marked absent (a sick call while on a contact). */
  readonly absentAfterLogout: Uint8Array;
  /** Called in: when they logged in (for the overtime cost), or −1. */
  readonly calledInAt: Float64Array;
  /** Working time bookkeeping for the labour rules: seconds worked since the last long break / any pause. */
  readonly workedSinceLongBreak: Float64Array;
  readonly workedSincePause: Float64Array;
  /** Labour breaches already logged in the current stretch (bit 1: 6 h, bit 2: 3 h sequence). */
  readonly labourFlags: Uint8Array;
  /**
   * Per adviser, after warm-up: seconds in handling states and in available idle,
   * up to the last state change (an observer for the dashboard: the engine never reads them).
   */
  readonly busyTime: Float64Array;
  readonly idleTime: Float64Array;
  /** Sessions, breaks and absences per adviser, for the timesheet (an observer: the engine never reads it). */
  readonly work: WorkLog;

  constructor(
    readonly plans: readonly AdviserPlan[],
    readonly channelIds: readonly string[],
    private readonly accounts: TimeAccounts,
  ) {
    const n = plans.length;
    this.count = n;
    const slab = new ArraySlab(n, 39);
    this.state = slab.u8(n).fill(S.offline);
    this.since = slab.f64(n);
    this.version = slab.u32(n);
    this.idleToken = slab.f64(n);
    this.contact = slab.i32(n).fill(-1);
    this.contactChannel = slab.i32(n).fill(-1);
    this.contactSerial = slab.f64(n);
    this.handled = slab.f64(n);
    this.handlingSeconds = slab.f64(n);
    this.csatSum = slab.f64(n);
    this.csatCount = slab.f64(n);
    this.pending = slab.u8(n);
    this.pendingSeconds = slab.f64(n);
    this.activityToken = slab.f64(n);
    this.shiftOver = slab.u8(n);
    this.skills = plans.map((p) => this.skillRow(p.skills));
    this.routingProfile = plans.map((p) => ({ ...p.routingProfile }));
    this.concurrent = slab.i32(n);
    this.limits = new Int32Array(n * channelIds.length).fill(-1);
    this.fatigue = slab.f64(n);
    this.stress = slab.f64(n).fill(0.15);
    this.mood = slab.f64(n).fill(0.6);
    this.factorsAt = slab.f64(n);
    this.coachingBoost = slab.f64(n);
    this.coachingAt = slab.f64(n);
    this.observedQuality = slab.f64(n).fill(NaN);
    this.newHire = Uint8Array.from(plans, (p) => (p.newHire ? 1 : 0));
    this.handDeadline = slab.f64(n).fill(Infinity);
    this.handSince = slab.f64(n);
    this.handSerial = slab.f64(n);
    this.handVip = slab.u8(n);
    this.workedSinceLongBreak = slab.f64(n);
    this.workedSincePause = slab.f64(n);
    this.labourFlags = slab.u8(n);
    this.talkEndHandle = slab.f64(n).fill(-1);
    this.talkEndAt = slab.f64(n);
    this.briefed = slab.u8(n);
    this.briefing = slab.u8(n);
    this.breakDueAt = slab.f64(n).fill(Infinity);
    this.shiftEndAt = Float64Array.from(plans, (p) => p.shiftEnd);
    this.absentAfterLogout = slab.u8(n);
    this.calledInAt = slab.f64(n).fill(-1);
    this.busyTime = slab.f64(n);
    this.idleTime = slab.f64(n);
    this.work = new WorkLog(n);
  }

  /** Per adviser × channel: conversations the adviser may hold at once (filled lazily: −1 unknown). */
  private readonly limits: Int32Array;

  /** How many conversations of this channel's kind the adviser may hold at once. */
  concurrencyLimit(adviser: number, channel: { index: number; id: string; maxConcurrent: number }): number {
    const k = adviser * this.channelIds.length + channel.index;
    let limit = this.limits[k];
    if (limit < 0) limit = this.limits[k] = this.plans[adviser].concurrency[channel.id] ?? channel.maxConcurrent;
    return limit;
  }

  /** Bumped whenever who is logged in, or with which skills, changes (estimated-wait caches). */
  staffingVersion = 0;
  /** Per channel: advisers logged in with the skill, as of `staffedVersion` (−1: not counted yet). */
  private staffedCount: Int32Array | null = null;
  private staffedVersion: Float64Array | null = null;

  /**
   * Advisers logged in (neither offline nor absent) with the channel's skill:
   * what the estimated wait divides by, and whether anyone can still answer
   * after closing. Counted once per change of staffing (O(1) between changes).
   */
  staffed(channel: number): number {
    if (this.staffedCount === null) {
      this.staffedCount = new Int32Array(this.channelIds.length);
      this.staffedVersion = new Float64Array(this.channelIds.length).fill(-1);
    }
    if (this.staffedVersion![channel] !== this.staffingVersion) {
      let n = 0;
      for (let a = 0; a < this.count; a++) {
        if (this.skills[a][channel] > 0 && !OFF[this.state[a]]) n++;
      }
      this.staffedCount[channel] = n;
      this.staffedVersion![channel] = this.staffingVersion;
    }
    return this.staffedCount[channel];
  }

  skillRow(skills: Record<string, number>): Float64Array {
    return Float64Array.from(this.channelIds, (id) => skills[id] ?? 0);
  }

  /** Applies a machine event; throws on an illegal one (an engine bug). */
  transition(adviser: number, event: number, now: number): void {
    const from = this.state[adviser];
    const to = next(from, event);
    if (to < 0) this.illegal(adviser, event, from);
    if (this.observer !== null) this.observer(adviser, event, from, to);
    this.enter(adviser, from, to, now);
  }

  /** An illegal event: an engine bug (kept out of `transition`, which stays small). */
  private illegal(adviser: number, event: number, from: number): never {
    throw new Error(`adviser ${this.plans[adviser].id}: ${adviserEventTypes[event]} is illegal in state ${adviserStates[from]}`);
  }

  /** Leaves `from` (accruing its time) and enters `to` at `now`. */
  private enter(adviser: number, from: number, to: number, now: number): void {
    if (OFF[from] || OFF[to]) {
      this.staffingVersion++;
      this.work.floorChange(adviser, OFF[from] === 1, OFF[to] === 1, to === ABSENT, now);
    }
    if ((from === BREAK) !== (to === BREAK)) this.work.breakChange(adviser, now);
    const cls = timeClass[from];
    if (cls !== 0) this.accrue(adviser, cls, now);
    if (this.onBreach !== null) accountTime(this, adviser, from, this.since[adviser], now, this.onBreach);
    if (OFF[to] && !OFF[from]) this.work.leftFloor(adviser, this.fatigue[adviser], this.stress[adviser], this.mood[adviser]);
    this.state[adviser] = to;
    this.since[adviser] = now;
    this.version[adviser]++;
    if (to === S.available) this.idleToken[adviser]++;
  }

  /** Books [since, now) of handling (1) or idle (2) time: the team's accounts and the adviser's own. */
  private accrue(adviser: number, cls: number, now: number): void {
    const from = this.since[adviser];
    this.accounts.accrue(cls as 1 | 2, from, now);
    const counted = now - Math.max(from, this.accounts.warmupEnd);
    if (counted > 0) (cls === 1 ? this.busyTime : this.idleTime)[adviser] += counted;
  }

  /** Two events at the same instant (e.g. OFFER then ACCEPT): one accrual, same checks. */
  transition2(adviser: number, first: number, second: number, now: number): void {
    const from = this.state[adviser];
    const middle = next(from, first);
    const to = middle < 0 ? -1 : next(middle, second);
    if (to < 0 || this.observer !== null) {
      this.transition(adviser, first, now); // the slow path reports and checks each step
      this.transition(adviser, second, now);
      return;
    }
    this.enter(adviser, from, to, now);
  }

  /** True when the event is legal in the adviser's current state. */
  can(adviser: number, event: number): boolean {
    return next(this.state[adviser], event) >= 0;
  }

  /** Closes the books at `now` (end of run) without changing state. */
  accrueUntil(now: number): void {
    for (let a = 0; a < this.count; a++) {
      const cls = timeClass[this.state[a]];
      if (cls !== 0) this.accrue(a, cls, now);
      if (this.onBreach !== null) accountTime(this, a, this.state[a], this.since[a], now, this.onBreach);
      this.since[a] = now;
      // Time in state and human factors moved: a snapshot taken before must not be reused.
      this.version[a]++;
    }
  }

  /** Brings human factors up to `now` without changing state (before a decision that depends on them). */
  refreshFactors(adviser: number, now: number): void {
    if (this.onBreach !== null) accountTime(this, adviser, this.state[adviser], this.since[adviser], now, this.onBreach);
  }
}
