/**
 * The activity feed: supervisor commands (applied or rejected, with the engine's
 * reason) and alerts as they are raised. Derived from consecutive snapshots.
 */
import type { Snapshot } from '../../sim/snapshot';
import { alertsOf, type Alert } from './alerts';

export type FeedItem =
  | { readonly kind: 'command'; readonly key: string; readonly clockSeconds: number; readonly type: string; readonly adviserId: string | null; readonly status: 'applied' | 'rejected'; readonly reason: string | null }
  | { readonly kind: 'alert'; readonly key: string; readonly clockSeconds: number; readonly alert: Alert };

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
      type: r.type,
      adviserId,
      status: r.status,
      reason: r.reason ?? null,
    });
  });
  const before = new Set(previous ? alertsOf(previous).map((a) => a.id) : []);
  for (const alert of alertsOf(next)) {
    if (!before.has(alert.id)) items.push({ kind: 'alert', key: `a${alert.id}@${Math.floor(next.time)}`, clockSeconds: next.clockSeconds, alert });
  }
  return items;
}
