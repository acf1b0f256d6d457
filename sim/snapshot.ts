/**
 * Snapshots: what the UI (and tests) see of a running simulation. Plain,
 * structured-cloneable data. Between two snapshots of the same simulation, an
 * adviser or channel whose content did not change is the *same object*, so
 * consumers can compare with `===` and skip work.
 */
import type { AdviserSnapshot } from './adviserSnapshot';
import type { ManagerSnapshot } from './model/floorManager';
import type { AdviserStateName } from './model/adviserMachine';
import type { ChannelKind } from './scenario/schema';
import type { CandidateSnapshot, HiringSnapshot } from './recruitment/snapshotTypes';
import type { ScoreSnapshot } from './scoreSnapshot';

export type { AdviserStateName, CandidateSnapshot, HiringSnapshot };
export type { AdviserSchedule, AdviserSnapshot, PlannedBreakSnapshot, RaisedHand } from './adviserSnapshot';

/** What the supervisor (one person) is doing. */
export interface SupervisorSnapshot {
  readonly state: 'available' | 'listening' | 'whispering' | 'barging' | 'takingOver' | 'coaching' | 'briefing' | 'reporting' | 'interviewing';
  readonly adviserId: string | null;
  /** Simulated time at which they are free again; null when available. */
  readonly until: number | null;
}

/**
 * One line of the activity feed. `code` is stable (for translation); `params`
 * fill its placeholders; `text` is an English rendering for logs and tools.
 */
export interface ActivityEntry {
  readonly at: number;
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly text: string;
  readonly severity: 'info' | 'warning' | 'breach';
  readonly adviserId?: string;
}

/** A scenario event in progress (incident, surge, outage…). */
export interface ActiveEvent {
  readonly id: string;
  readonly type: string;
  /** The scenario's own wording, or null: the console names the event by its type. */
  readonly label: { readonly fr: string; readonly en: string } | null;
  readonly since: number;
  readonly until: number | null;
}

export type { MissedMoment, ScoreBlock, ScoreByBlock, ScoreEntry, ScoreIntervalPoint, ScoreSnapshot } from './scoreSnapshot';

export interface OverflowSnapshot {
  readonly id: string;
  readonly name: string;
  readonly open: boolean;
  readonly busy: number;
  readonly capacity: number;
  readonly handled: number;
  readonly cost: number;
}

export interface BreachSnapshot {
  /** Simulated seconds since scenario start. */
  readonly at: number;
  /** e.g. outsideCallingHours, bloctelWithoutContract (outbound); noBreakAfter6h, workSequenceOver3h (labour). */
  readonly rule: string;
  /** The outbound channel, for dialer breaches; '' otherwise. */
  readonly channelId: string;
  /** The call-list record, for dialer breaches; −1 otherwise. */
  readonly recordId: number;
  /** The adviser, for labour breaches. */
  readonly adviserId?: string;
}

export interface ChannelKpis {
  readonly offered: number;
  readonly answered: number;
  readonly abandoned: number;
  readonly shortAbandoned: number;
  readonly answeredWithinThreshold: number;
  /** answered within T ÷ (answered + abandoned − short abandons); null when nothing to measure. */
  readonly serviceLevel: number | null;
  readonly answerRate: number | null;
  readonly abandonRate: number | null;
  /** Mean queue wait of answered contacts (s). */
  readonly asa: number | null;
  /** Mean talk + hold + wrap-up per handled contact (s). */
  readonly aht: number | null;
  /** Mean talk (conversation only) per handled contact (s). */
  readonly talkTime: number | null;
  /** Share of offered contacts that had to wait (did not find a free adviser). */
  readonly pWait: number | null;
  readonly handled: number;
  /**
   * The other service-level definitions users meet, side by side (DOMAIN.md §2):
   * removedWithinThreshold (Amazon Connect style) = (answered + abandoned + callbacks requested within T) ÷ offered;
   * g1 (ContactCenters) = answered within T ÷ (offered − abandoned within T);
   * g2 (ContactCenters) = (answered within T + abandoned within T) ÷ offered.
   */
  readonly serviceLevelVariants: { readonly removedWithinThreshold: number | null; readonly g1: number | null; readonly g2: number | null };
  /** Voice: callers served by the IVR, never queued (not in offered). */
  readonly deflected: number;
  readonly callbacksOffered: number;
  /** Callers who accepted a callback and left the queue (not abandons). */
  readonly callbacksAccepted: number;
  /** Contacts sent to an overflow group, and what it cost. */
  readonly overflowed: number;
  readonly overflowCost: number;
  /** First-contact resolution: handled contacts that did not come back ÷ handled. */
  readonly fcr: number | null;
  readonly repeatContacts: number;
  readonly retrials: number;
  /** Email / callback: share answered before their due time. */
  readonly onTimeShare: number | null;
  /** Email / callback still waiting at the end of the run: carried over to the next day. */
  readonly carriedOver: number;
  /** Mean quality-grid score (0–100) of handled contacts (realistic mode), null when none graded. */
  readonly quality: number | null;
  /** Complaints: difficult contacts left without support. */
  readonly complaints: number;
  /** CSAT: mean post-contact survey answer (1–5) of the customers who answered, null when none did; and how many did. */
  readonly csat: number | null;
  readonly csatResponses: number;
  /** Difficult contacts: hands raised, answered by the supervisor in time, left unanswered. */
  readonly raisedHands: { readonly raised: number; readonly answered: number; readonly unanswered: number };
  readonly outbound: {
    readonly attempts: number;
    readonly reached: number;
    readonly unreached: number;
    readonly conversions: number;
    readonly breaches: number;
    readonly contactRate: number | null;
  };
}

export interface ChannelSnapshot {
  readonly id: string;
  readonly kind: ChannelKind;
  readonly queueLength: number;
  /** Seconds the oldest waiting contact has waited. */
  readonly longestWait: number;
  /** Email / callback: seconds until the earliest due time among waiting contacts (negative: past due); null when none has one. */
  readonly oldestDueIn: number | null;
  /** Waiting contacts already past their due time. */
  readonly overdue: number;
  /** Outbound: seconds until the current legal calling window closes (D223-9); null outside a window or for other channels. */
  readonly callingWindowClosesIn: number | null;
  readonly thresholdSeconds: number;
  readonly target: number;
  /** Whole day so far (after warm-up). */
  readonly today: ChannelKpis;
  /** The current interval. */
  readonly interval: ChannelKpis;
  /** Settings the supervisor can change: callback offer, IVR incident message, queue priority, dialer override. */
  readonly settings: {
    readonly callbackOn: boolean;
    readonly callbackThresholdSeconds: number | null;
    readonly ivrIncidentMessage: boolean;
    readonly priority: number;
    readonly dialerOverride: boolean;
  };
}

export interface IntervalPoint {
  readonly index: number;
  /** Seconds since scenario start. */
  readonly start: number;
  readonly offered: number;
  readonly forecast: number;
  readonly serviceLevel: number | null;
  readonly answered: number;
  readonly abandoned: number;
  readonly abandonRate: number | null;
  /** Mean queue wait of answered contacts (s). */
  readonly asa: number | null;
  readonly aht: number | null;
  /** Team occupancy over the interval (all channels), including states in progress. */
  readonly occupancy: number | null;
  /**
   * Contacts waiting: now for the current interval; for a finished one, at the last
   * snapshot taken within it (null when none was).
   */
  readonly backlog: number | null;
}

export interface Snapshot {
  /** Simulated seconds since scenario start. */
  readonly time: number;
  /** Seconds since midnight (scenario clock.start + time). */
  readonly clockSeconds: number;
  readonly endTime: number;
  readonly finished: boolean;
  readonly events: number;
  readonly advisers: readonly AdviserSnapshot[];
  readonly channels: readonly ChannelSnapshot[];
  /** handling ÷ (handling + available idle), whole day so far; null before anyone worked. */
  readonly occupancy: number | null;
  /** Per channel id, one point per finished or current interval. */
  readonly intervals: Readonly<Record<string, readonly IntervalPoint[]>>;
  /** Commands applied or rejected so far, newest last. */
  readonly commandLog: readonly CommandRecord[];
  readonly overflow: readonly OverflowSnapshot[];
  /** Rules broken so far (e.g. an overridden dialer, a refused break), newest last. */
  readonly breaches: readonly BreachSnapshot[];
  readonly supervisor: SupervisorSnapshot;
  /** The most recent activity (at most 200 entries), newest last. */
  readonly activity: readonly ActivityEntry[];
  readonly activeEvents: readonly ActiveEvent[];
  /**
   * The live score, with only its latest entries (LIVE_SCORE_ENTRIES; the result has them all: a large
   * floor's day has thousands, too many to post 20 times a second). Null when the snapshot was asked for
   * without it (scripted policies: judging costs about a millisecond).
   */
  readonly score: ScoreSnapshot | null;
  /** Costs so far (€): overflow contacts, overtime, called-in advisers. */
  readonly costs: { readonly overflow: number; readonly overtime: number };
  /** The floor manager: reports, requests and their answers, grants, budget used. Only when the scenario has one. */
  readonly manager?: ManagerSnapshot;
  /** Recruitment, only when the scenario has candidates (never their true aptitudes); sim/recruitment/snapshotTypes.ts. */
  readonly candidates?: readonly CandidateSnapshot[];
  readonly hiring?: HiringSnapshot;
}

export interface CommandRecord {
  readonly at: number;
  readonly type: string;
  readonly status: 'applied' | 'rejected';
  /** English, for logs and the command line. */
  readonly reason?: string;
  /** Stable reason code and parameters, for translation (e.g. 'supervisorBusy', { until: '10:35' }). */
  readonly code?: string;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly command: Readonly<Record<string, unknown>>;
}
