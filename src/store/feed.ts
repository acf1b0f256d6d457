/**
 * The activity feed. The engine keeps its own log of what happened
 * (`snapshot.activity`: advisers' breaks, raised hands, breaches, the
 * supervisor's actions…); the page adds what only it sees: alerts as they are
 * raised, and each command's outcome (applied or refused, with the reason),
 * dropped when the engine already logged the same moment for the same adviser.
 */
import type { ActivityEntry, Snapshot } from '../../sim/snapshot';
import { alertsOf, type Alert } from './alerts';

export type FeedItem =
  | {
      readonly kind: 'command';
      readonly key: string;
      readonly clockSeconds: number;
      /** Simulated seconds since the start (to match the engine's entries). */
      readonly at: number;
      readonly type: string;
      readonly adviserId: string | null;
      readonly status: 'applied' | 'rejected';
      readonly reason: string | null;
      readonly code?: string;
      readonly params?: Readonly<Record<string, string | number>>;
    }
  | { readonly kind: 'alert'; readonly key: string; readonly clockSeconds: number; readonly alert: Alert };

/** One line of the feed as shown: an engine entry or a page item. */
export type FeedLine = { readonly kind: 'activity'; readonly key: string; readonly clockSeconds: number; readonly entry: ActivityEntry } | FeedItem;

export function feedFromSnapshot(previous: Snapshot | null, next: Snapshot): FeedItem[] {
  const items: FeedItem[] = [];
  const dayStart = next.clockSeconds - next.time;
  const from = previous && previous.commandLog.length <= next.commandLog.length ? previous.commandLog.length : 0;
  next.commandLog.slice(from).forEach((r, i) => {
    const adviserId = typeof r.command.adviserId === 'string' ? r.command.adviserId : null;
    items.push({
      kind: 'command',
      key: `c${from + i}`,
      clockSeconds: dayStart + r.at,
      at: r.at,
      type: r.type,
      adviserId,
      status: r.status,
      reason: r.reason ?? null,
      ...(r.code !== undefined ? { code: r.code } : {}),
      ...(r.params !== undefined ? { params: r.params } : {}),
    });
  });
  // A new alert, or a yellow one turning red, gets a line.
  const before = new Map(previous ? alertsOf(previous).map((a) => [a.id, a.severity]) : []);
  for (const alert of alertsOf(next)) {
    const was = before.get(alert.id);
    if (was === undefined || (was === 'warning' && alert.severity === 'alert')) {
      items.push({ kind: 'alert', key: `a${alert.id}:${alert.severity}@${Math.floor(next.time)}`, clockSeconds: next.clockSeconds, alert });
    }
  }
  return items;
}

/** Same simulated moment: commands are stamped with the time they are given, and the engine logs their effect then. */
const sameMoment = (a: number, b: number) => Math.abs(a - b) < 1e-6;

/** The adviser an engine entry is about (command entries carry it in their params). */
export function entryAdviser(e: ActivityEntry): string | null {
  return e.adviserId ?? (typeof e.params.adviserId === 'string' ? e.params.adviserId : null);
}

const isCommandEntry = (e: ActivityEntry) => e.code.startsWith('command.');

/**
 * Each engine entry's line, kept while its key and time stay the same: the
 * entries keep their identity from snapshot to snapshot, so the lines do too,
 * and a memoised line renders once, not on every snapshot.
 */
const lineOf = new WeakMap<ActivityEntry, Extract<FeedLine, { kind: 'activity' }>>();

function activityLine(entry: ActivityEntry, key: string, clockSeconds: number): FeedLine {
  const known = lineOf.get(entry);
  if (known && known.key === key && known.clockSeconds === clockSeconds) return known;
  const line = { kind: 'activity', key, clockSeconds, entry } as const;
  lineOf.set(entry, line);
  return line;
}

/**
 * The feed as shown, newest first: the engine's entries and the page's items
 * merged by time. The engine logs each applied command (`command.<type>`), so
 * the page's own line for it is dropped (one for one: same moment, same
 * adviser, same type); refusals are only known to the page and always shown.
 * A command entry whose result the engine logged too (listen-in and its
 * quality) is shown once, as the result.
 */
export function feedView(activity: readonly ActivityEntry[], items: readonly FeedItem[], dayStart: number, limit = 200): FeedLine[] {
  const lines: FeedLine[] = [];
  const seen = new Map<string, number>();
  const paired = new Set<ActivityEntry>();
  for (const item of items) {
    if (item.kind !== 'command' || item.status !== 'applied') {
      lines.push(item);
      continue;
    }
    const entry = activity.find((e) => !paired.has(e) && e.code === `command.${item.type}` && sameMoment(e.at, item.at) && entryAdviser(e) === item.adviserId);
    if (entry) paired.add(entry);
    else lines.push(item);
  }
  for (const entry of activity) {
    // "command.listenIn" and the "listenIn" result logged at the same moment: the result says more.
    if (isCommandEntry(entry) && activity.some((e) => e !== entry && !isCommandEntry(e) && sameMoment(e.at, entry.at) && entryAdviser(e) === entryAdviser(entry))) continue;
    const base = `e${entry.at}|${entry.code}|${entry.adviserId ?? ''}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    lines.push(activityLine(entry, `${base}|${n}`, dayStart + entry.at));
  }
  // Oldest first (stable: equal times keep their order), then reversed: newest on top.
  lines.sort((a, b) => a.clockSeconds - b.clockSeconds);
  return lines.reverse().slice(0, limit);
}
