/**
 * Engine messages in the user's language. The engine gives each activity entry
 * and each command outcome a stable `code` with `params`, plus an English
 * `text`/`reason` for logs. A code with a translation here (`activity.<code>`,
 * `command.<code>`) is shown translated; an unknown code, or one whose
 * placeholders the engine did not fill, falls back to the engine's English, so
 * a new engine message is never lost.
 */
import { dictionaries, type Lang } from './index';
import { formatNumber, formatTimeOfDay } from './format';

export type CodeParams = Readonly<Record<string, string | number>>;

/** Param names whose numbers are simulated seconds since the start (shown as HH:MM). */
const clockParams = new Set(['until', 'at', 'deadline', 'since', 'arrival']);

const pendingKeys: Readonly<Record<string, string>> = { break: 'state.break', coaching: 'state.coaching', training: 'state.training', offlineTask: 'state.offlineTask', logOut: 'action.logOut' };

export interface CodeContext {
  readonly lang: Lang;
  /** Adviser id → display name (fills `{name}` from an `adviserId`). */
  readonly nameOf?: (id: string) => string | undefined;
  /** Channel id → display name. */
  readonly channelOf?: (id: string) => string | undefined;
  /** Overflow group id → display name. */
  readonly groupOf?: (id: string) => string | undefined;
  /** Seconds since midnight at the scenario start: turns "seconds since start" params into clock times. */
  readonly dayStart?: number;
}

function fill(text: string, params: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? params[name] : whole));
}

/**
 * Params ready for a sentence: locale numbers, HH:MM times, names for adviser
 * and channel ids, state names in words, the French variant of a text param
 * (`eventFr`) in French, and a few derived notes (`{handNote}`, `{untilNote}`).
 */
export function displayParams(params: CodeParams | undefined, ctx: CodeContext, code = '', adviserId?: string): Record<string, string> {
  const dict = dictionaries[ctx.lang] as Readonly<Record<string, string>>;
  const raw = params ?? {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v === 'number') {
      out[k] = clockParams.has(k) && ctx.dayStart !== undefined ? formatTimeOfDay(ctx.dayStart + v) : formatNumber(v, ctx.lang, Number.isInteger(v) ? 0 : 1);
    } else out[k] = /^\d\d:\d\d:\d\d$/.test(v) ? v.slice(0, 5) : v;
  }
  for (const [k, v] of Object.entries(raw)) {
    if (k.endsWith('Fr') && ctx.lang === 'fr' && typeof v === 'string' && k.slice(0, -2) in raw) out[k.slice(0, -2)] = v;
  }
  const id = adviserId ?? (typeof raw.adviserId === 'string' ? raw.adviserId : undefined);
  if (id !== undefined) out.name = ctx.nameOf?.(id) ?? out.name ?? id;
  else if (out.name === undefined && typeof raw.adviser === 'string') out.name = raw.adviser;
  if (out.adviser === undefined && out.name !== undefined) out.adviser = out.name;
  for (const k of ['channel', 'channelId']) {
    if (typeof raw[k] === 'string') out[k] = String(raw[k]).split(', ').map((c) => ctx.channelOf?.(c) ?? c).join(', ');
  }
  for (const k of ['group', 'groupId']) {
    if (typeof raw[k] === 'string') out[k] = ctx.groupOf?.(String(raw[k])) ?? String(raw[k]);
  }
  if (typeof raw.state === 'string') {
    const supervisor = dict[`supervisor.${raw.state}`];
    out.state = code === 'supervisorBusy' && supervisor ? fill(supervisor, { name: out.adviser ?? '' }) : (dict[`state.${raw.state}`] ?? raw.state);
  }
  // Scenario events: the scenario's own wording (`event`, `eventFr`), else the type's name here.
  if (typeof raw.type === 'string' && out.event === undefined && dict[`event.${raw.type}`] !== undefined) out.event = dict[`event.${raw.type}`];
  if (typeof raw.planned === 'string') out.planned = dict[pendingKeys[raw.planned] ?? ''] ?? raw.planned;
  if ('hand' in raw) out.handNote = raw.hand ? dict['feed.handAnswered'] : '';
  if ('until' in raw) out.untilNote = out.until ? fill(dict['feed.untilNote'], { until: out.until }) : '';
  // Reporting up: the subject, the request kind, the manager's reason and the budget named in words.
  if (typeof raw.request === 'string' && dict[`manager.request.${raw.request}`] !== undefined) out.request = dict[`manager.request.${raw.request}`];
  if (typeof raw.subject === 'string' && dict[`manager.subject.${raw.subject}`] !== undefined) {
    out.subject = raw.subject === 'request' && out.request !== undefined ? `${dict['manager.subject.request']} (${out.request})` : dict[`manager.subject.${raw.subject}`];
  }
  if (typeof raw.subject === 'string') out.answerNote = typeof raw.answerAt === 'string' ? fill(dict['manager.answerNote'], { answerAt: out.answerAt }) : '';
  if (typeof raw.because === 'string' && dict[`manager.because.${raw.because}`] !== undefined) out.because = dict[`manager.because.${raw.because}`];
  if (typeof raw.budget === 'string' && dict[`manager.budgetName.${raw.budget}`] !== undefined) out.budget = dict[`manager.budgetName.${raw.budget}`];
  if ('enabled' in raw || typeof raw.message === 'string') out.onOff = raw.enabled === 1 || raw.enabled === 'true' || raw.message === 'incident' ? dict['bar.on'] : dict['bar.off'];
  return out;
}

/**
 * `prefix.code` translated with its params when the dictionary has it and every
 * placeholder can be filled; else `fallback` (the engine's English). Score
 * entries and missed moments use `score.entry.<code>` and `score.missed.<code>`.
 */
export function translateCode(prefix: 'activity' | 'command' | 'score.entry' | 'score.missed' | 'prep.finding', code: string | undefined, params: CodeParams | undefined, fallback: string, ctx: CodeContext, adviserId?: string): string {
  if (!code) return fallback;
  const dict = dictionaries[ctx.lang] as Readonly<Record<string, string>>;
  const template = dict[`${prefix}.${code}`];
  if (template === undefined) return fallback;
  const text = fill(template, displayParams(params, ctx, code, adviserId));
  return /\{\w+\}/.test(text) ? fallback : text;
}

/** The engine's English note on an applied command that only means "it waits for the current contact to end". */
const deferredReason = 'after the current contact';

/**
 * A command's outcome in words. A refusal: its code translated (else the
 * engine's reason). Applied: the engine answers code "applied" with an optional
 * note, translated per command type (`command.applied.<type>`) or as "after the
 * current contact"; else the engine's note, or nothing.
 */
export function commandOutcome(
  record: { readonly type: string; readonly status: 'applied' | 'rejected'; readonly code?: string; readonly params?: CodeParams; readonly reason?: string | null },
  ctx: CodeContext,
  adviserId?: string,
): string {
  const reason = record.reason ?? '';
  if (record.status === 'rejected') return translateCode('command', record.code, record.params, reason, ctx, adviserId);
  if (reason === deferredReason) return translateCode('command', 'deferred', record.params, reason, ctx, adviserId);
  if (record.code && record.code !== 'applied') return translateCode('command', record.code, record.params, reason, ctx, adviserId);
  const hasParams = record.params !== undefined && Object.keys(record.params).length > 0;
  if ((reason === '' || reason === 'scheduled') && !hasParams) return '';
  return translateCode('command', `applied.${record.type}`, record.params, reason === 'scheduled' ? '' : reason, ctx, adviserId);
}
