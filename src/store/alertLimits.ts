/**
 * Alert thresholds, in one table the tooltips quote: each KPI has a yellow
 * (warning) and a red (alert) level, as real supervision consoles do; and the
 * shape of an alert. Pure data.
 */

/** How a threshold reads: a share (0–1), seconds, a multiple of the SL threshold, or points below target. */
export type LimitUnit = 'share' | 'seconds' | 'factor' | 'points';

export interface Limit {
  readonly unit: LimitUnit;
  readonly warning: number;
  readonly alert: number;
}

export const alertLimits = {
  /** Interval service level: yellow below target, red this many points (share) below it. */
  serviceLevel: { unit: 'points', warning: 0, alert: 0.1 },
  /** Real-time queues: longest wait at this many times the SL threshold. */
  longestWait: { unit: 'factor', warning: 2, alert: 3 },
  /** Abandon rate today. */
  abandons: { unit: 'share', warning: 0.05, alert: 0.1 },
  /** Team occupancy today. */
  occupancy: { unit: 'share', warning: 0.9, alert: 0.95 },
  /** Email / callback: yellow when the earliest due time is this close (s), red once one is past due. */
  emailDue: { unit: 'seconds', warning: 1800, alert: 0 },
  /** A planned break whose time came, not yet begun (s past its planned time). */
  breakDue: { unit: 'seconds', warning: 300, alert: 900 },
  /** One customer on hold. */
  longHold: { unit: 'seconds', warning: 120, alert: 240 },
  longWrapUp: { unit: 'seconds', warning: 120, alert: 240 },
  /** Coaching, training or an offline task lasting this long. */
  longAway: { unit: 'seconds', warning: 2700, alert: 3600 },
  /** Still on a break this long after its planned length. */
  breakOverrun: { unit: 'seconds', warning: 120, alert: 300 },
  /** A raised hand: yellow as soon as it is up (0 s), red with this many seconds left before the adviser goes on alone. */
  raisedHand: { unit: 'seconds', warning: 0, alert: 30 },
  /** Outbound: the legal calling window closes in this many seconds (D223-9). */
  outboundWindow: { unit: 'seconds', warning: 1800, alert: 600 },
} as const satisfies Record<string, Limit>;

export type AlertKind = keyof typeof alertLimits;
export const alertKinds = Object.keys(alertLimits) as AlertKind[];

/** When a KPI is judged at all (too few contacts say nothing), and how many adviser alerts at most. */
export const alertMinimums = {
  /** Interval SL is only judged once this many contacts count towards it. */
  serviceLevelContacts: 10,
  /** The abandon rate once this many contacts were offered today. */
  abandonsOffered: 20,
  /** Occupancy after this many simulated seconds. */
  occupancyAfter: 1800,
  /** At most this many adviser-level alerts (a large floor must not flood the panel); the red ones first. */
  adviserAlerts: 8,
} as const;

/** Red when `value` reaches the alert level, yellow at the warning level, else null (higher is worse). */
export function grade(value: number, limit: Pick<Limit, 'warning' | 'alert'>): 'warning' | 'alert' | null {
  if (value >= limit.alert) return 'alert';
  if (value >= limit.warning) return 'warning';
  return null;
}

/** The same for a value where lower is worse (time left, service level). */
export function gradeBelow(value: number, limit: Pick<Limit, 'warning' | 'alert'>): 'warning' | 'alert' | null {
  if (value <= limit.alert) return 'alert';
  if (value <= limit.warning) return 'warning';
  return null;
}

export type Severity = 'warning' | 'alert';

export interface Alert {
  /** Stable while the condition lasts (used to tell new alerts from old ones). */
  readonly id: string;
  readonly kind: AlertKind;
  readonly severity: Severity;
  readonly channelId?: string;
  readonly adviserId?: string;
  readonly adviserName?: string;
  /** The measured value that triggered the alert (a share 0–1 or seconds). */
  readonly value: number;
  /** The limit it crossed (same unit). */
  readonly limit: number;
  /** The command the supervisor can use about it (a command type, e.g. 'openOverflow'). */
  readonly lever: string;
  /** A count the sentence quotes (emails past due), when there is one. */
  readonly count?: number;
}
