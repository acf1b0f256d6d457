/**
 * The shared builder of the scenario library: small helpers the spec modules
 * compose into whole scenario files. Everything is plain data; the only
 * randomness is the advisers' names, drawn from faker's French locale with a
 * seed fixed per scenario and written into the file, so the file alone defines
 * the scenario and regenerating it gives the same bytes.
 */
import { fakerFR } from '@faker-js/faker';
import { arrivalsPerInterval } from '../../sim/scenario/forecast';
import { SCHEMA_VERSION, type ScenarioInput } from '../../sim/scenario/schema';

type Channel = ScenarioInput['channels'][number];
type Adviser = Extract<ScenarioInput['team'], { advisers: unknown }>['advisers'][number];
export type ProfileStep = readonly [from: string, perHour: number];
export type { Channel, Adviser };

/** A bilingual text. */
export const t = (fr: string, en: string) => ({ fr, en });

/** Piecewise-constant arrivals from `[from, perHour]` steps. */
export const profile = (steps: readonly ProfileStep[]) => ({ profile: steps.map(([from, perHour]) => ({ from, perHour })) });

/**
 * The planning forecast: expected contacts in each statistics interval from
 * clock.start, read off `steps` (the profile the planners believed in, which may
 * differ from the real arrivals), computed as the engine computes the default one.
 */
export function forecast(steps: readonly ProfileStep[], clock: { start: string; end: string }, intervalMinutes = 30): number[] {
  return arrivalsPerInterval(profile(steps), clock, intervalMinutes);
}

/** A string's 32-bit FNV-1a hash: the per-scenario seed for the names. */
function nameSeed(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** An adviser as a spec writes them: everything but the id and the name. */
export type AdviserDraft = Omit<Adviser, 'id' | 'name'>;

/**
 * A named team: ids a01, a02… and distinct French names drawn with a seed
 * fixed by the scenario id (so adding a scenario renames nobody elsewhere).
 */
export function team(scenarioId: string, drafts: readonly AdviserDraft[]): { advisers: Adviser[] } {
  fakerFR.seed(nameSeed(scenarioId));
  const used = new Set<string>();
  const advisers = drafts.map((draft, i) => {
    let name = '';
    do name = `${fakerFR.person.firstName()} ${fakerFR.person.lastName()}`; while (used.has(name));
    used.add(name);
    return { id: `a${String(i + 1).padStart(2, '0')}`, name, ...draft };
  });
  return { advisers };
}

/** The adviser of a built team with this id (for briefings that name people). */
export function nameOf(built: { advisers: readonly Adviser[] }, id: string): string {
  const a = built.advisers.find((x) => x.id === id);
  if (!a) throw new Error(`no adviser ${id}`);
  return a.name;
}

/** `n` copies of a draft. */
export const times = (n: number, draft: AdviserDraft): AdviserDraft[] => Array.from({ length: n }, () => ({ ...draft }));

/** "HH:MM" plus whole minutes (may pass 24:00 on a night shift's clock). */
export function later(clock: string, minutes: number): string {
  const [h, m] = clock.split(':').map(Number);
  const total = h * 60 + m + minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * `n` advisers on one shift with a planned break pattern, staggered `stagger`
 * minutes apart so the team never leaves the floor at once.
 */
export function staggered(n: number, draft: AdviserDraft, breaks: readonly { at: string; minutes: number; kind?: 'pause' | 'lunch' }[], stagger = 10): AdviserDraft[] {
  return Array.from({ length: n }, (_, k) => ({
    ...draft,
    breaks: breaks.map((b) => ({ at: later(b.at, k * stagger), minutes: b.minutes, kind: b.kind ?? 'pause' })),
  }));
}

/** The usual customer line of a French B2C centre: lognormal talk, a hold for some, wrap-up, exponential patience. */
export function voiceLine(options: {
  steps: readonly ProfileStep[];
  aht?: number;
  patience?: number;
  name?: { fr: string; en: string };
  extra?: Partial<Channel>;
}): Channel {
  return {
    id: 'voice',
    kind: 'voice',
    name: options.name ?? t('Ligne clients', 'Customer line'),
    serviceLevel: { thresholdSeconds: 20, target: 0.8 },
    arrivals: profile(options.steps),
    handleTime: { dist: 'lognormal', mean: options.aht ?? 180, cv: 0.8 },
    hold: { probability: 0.15, duration: { dist: 'exponential', mean: 45 } },
    wrapUp: { dist: 'gamma', mean: 30, cv: 0.5 },
    patience: { dist: 'exponential', mean: options.patience ?? 240 },
    ...options.extra,
  };
}

/** The callback queue that a voice line's callback offer feeds. */
export function callbackQueue(): Channel {
  return {
    id: 'callback',
    kind: 'callback',
    name: t('Rappels', 'Callbacks'),
    serviceLevel: { thresholdSeconds: 3600, target: 0.9 },
    handleTime: { dist: 'lognormal', mean: 240, cv: 0.6 },
    wrapUp: { dist: 'constant', value: 40 },
  };
}

/** The callback offer on a voice line. */
export const callbackOffer = (offerWhenWaitOverSeconds = 90) => ({
  callback: { channel: 'callback', offerWhenWaitOverSeconds, acceptShare: 0.45, dueWithinMinutes: 60 },
});

export function emailQueue(options: { perHour: number | readonly ProfileStep[]; backlog?: { count: number; meanAgeHours: number }; extra?: Partial<Channel> }): Channel {
  return {
    id: 'email',
    kind: 'email',
    name: t('E-mails', 'Emails'),
    serviceLevel: { thresholdSeconds: 8 * 3600, target: 0.9 },
    arrivals: typeof options.perHour === 'number' ? { perHour: options.perHour } : profile(options.perHour),
    handleTime: { dist: 'lognormal', mean: 420, cv: 0.5 },
    due: { businessHours: 8 },
    ...(options.backlog ? { backlog: { count: options.backlog.count, ageHours: { dist: 'gamma', mean: options.backlog.meanAgeHours, cv: 0.4 } } } : {}),
    fcr: 0.9,
    repeatDelay: { dist: 'exponential', mean: 7200 },
    ...options.extra,
  };
}

export function chatQueue(steps: readonly ProfileStep[]): Channel {
  return {
    id: 'chat',
    kind: 'chat',
    name: t('Chat', 'Chat'),
    serviceLevel: { thresholdSeconds: 60, target: 0.8 },
    arrivals: profile(steps),
    handleTime: { dist: 'lognormal', mean: 420, cv: 0.6 },
    patience: { dist: 'exponential', mean: 180 },
    maxConcurrent: 3,
    concurrencyStretch: 0.3,
  };
}

/** An outsourcer that waiting contacts can overflow to, at a price. */
export function outsourcer(channels: string[], options: { capacity?: number; afterWaitSeconds?: number; costPerContact?: number } = {}) {
  return {
    id: 'outsourcer',
    name: 'Prestataire Atlantique',
    channels,
    capacity: options.capacity ?? 4,
    afterWaitSeconds: options.afterWaitSeconds ?? 45,
    costPerContact: options.costPerContact ?? 6.5,
    handleTimeFactor: 1.2,
    fcr: 0.65,
  };
}

export const STATS = { warmupMinutes: 0, intervalMinutes: 30, shortAbandonSeconds: 5 };

/** A library scenario: where it is written and how it is built. */
export interface LibraryEntry {
  readonly file: string;
  build(): ScenarioInput;
}

/** The file's text: two-space JSON with a final newline, like every shipped scenario. */
export const fileText = (scenario: ScenarioInput): string => JSON.stringify(scenario, null, 2) + '\n';

export interface ScenarioSpec {
  readonly id: string;
  readonly purpose: 'training' | 'exam' | 'validation';
  readonly title: { fr: string; en: string };
  readonly briefing: { fr: string; en: string };
  readonly seed: number;
  readonly date?: string;
  /** Multi-day runs: the days and how the calendar and the weekdays shape them. */
  readonly multiDay?: Pick<ScenarioInput, 'days' | 'calendar' | 'weekdayProfile' | 'dayToDaySpread'>;
  readonly clock: { start: string; end: string };
  readonly channels: Channel[];
  /** What the planners believed, per channel, where it differs from the real arrivals. */
  readonly forecastSteps?: Record<string, readonly ProfileStep[]>;
  readonly team: ScenarioInput['team'];
  /** Multi-day runs: candidates to hire from and the positions (scripts/library/candidates.ts). */
  readonly recruitment?: Pick<ScenarioInput, 'candidates' | 'hiring'>;
  readonly overflow?: ScenarioInput['overflow'];
  /** The floor manager the supervisor reports to (reports, budgets, grants). */
  readonly floorManager?: ScenarioInput['floorManager'];
  readonly events: NonNullable<ScenarioInput['events']>;
  readonly weights: { resources: number; people: number; improvement: number };
  readonly costs?: ScenarioInput['costs'];
  /** A preparation phase before the day (the commands at the clock start are the plan). */
  readonly preparation?: ScenarioInput['preparation'];
}

function stepsOf(channel: Channel, clock: { start: string }): readonly ProfileStep[] | null {
  const a = channel.arrivals;
  if (!a) return null;
  return 'perHour' in a ? [[clock.start, a.perHour]] : a.profile.map((s) => [s.from, s.perHour] as const);
}

/** The scenario file, its fields in the order a reader wants them. */
export function scenario(spec: ScenarioSpec): ScenarioInput {
  const channels = spec.channels.map((c) => {
    const steps = spec.forecastSteps?.[c.id] ?? stepsOf(c, spec.clock);
    if (!steps) return c;
    const { id, kind, name, serviceLevel, arrivals, ...rest } = c;
    return { id, kind, name, serviceLevel, arrivals, forecast: forecast(steps, spec.clock, STATS.intervalMinutes), ...rest } as Channel;
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    id: spec.id,
    purpose: spec.purpose,
    title: spec.title,
    briefing: spec.briefing,
    seed: spec.seed,
    mode: 'realistic',
    ...(spec.date ? { date: spec.date } : {}),
    ...spec.multiDay,
    clock: spec.clock,
    stats: STATS,
    channels,
    team: spec.team,
    ...spec.recruitment,
    ...(spec.overflow ? { overflow: spec.overflow } : {}),
    ...(spec.floorManager ? { floorManager: spec.floorManager } : {}),
    events: spec.events,
    scoring: { weights: spec.weights },
    ...(spec.costs ? { costs: spec.costs } : {}),
    ...(spec.preparation ? { preparation: spec.preparation } : {}),
  } as ScenarioInput;
}
