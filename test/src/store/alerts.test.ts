import { describe, expect, it } from 'vitest';
import type { AdviserSnapshot, ChannelKpis, ChannelSnapshot, Snapshot } from '../../../sim/snapshot';
import { alertsOf } from '../../../src/store/alerts';

/** Only the fields alerts read; the engine's KPI record has more (cast on purpose). */
const kpis = (over: Partial<ChannelKpis> = {}): ChannelKpis =>
  ({
    offered: 0, answered: 0, abandoned: 0, shortAbandoned: 0, answeredWithinThreshold: 0, serviceLevel: null, answerRate: null,
    abandonRate: null, asa: null, aht: null, talkTime: null, pWait: null, handled: 0, ...over,
  }) as ChannelKpis;
const channel = (over: Partial<ChannelSnapshot> = {}): ChannelSnapshot =>
  ({ id: 'voice', kind: 'voice', queueLength: 0, longestWait: 0, thresholdSeconds: 20, target: 0.8, today: kpis(), interval: kpis(), ...over }) as ChannelSnapshot;
const snapshot = (over: Partial<Snapshot> = {}): Snapshot =>
  ({ time: 3600, clockSeconds: 8 * 3600 + 3600, endTime: 18000, finished: false, events: 0, advisers: [], channels: [channel()], occupancy: 0.8, intervals: {}, commandLog: [], ...over }) as Snapshot;

describe('alerts', () => {
  it('stay quiet on a calm floor', () => {
    expect(alertsOf(snapshot())).toEqual([]);
  });

  it('flag a service level below target once enough contacts count', () => {
    const s = snapshot({ channels: [channel({ interval: kpis({ answered: 20, abandoned: 0, serviceLevel: 0.6 }) })] });
    const [a] = alertsOf(s);
    expect(a.kind).toBe('serviceLevel');
    expect(a.severity).toBe('alert');
    expect(a.limit).toBe(0.8);
  });

  it('flag a customer waiting three times the threshold', () => {
    const s = snapshot({ channels: [channel({ queueLength: 2, longestWait: 75 })] });
    expect(alertsOf(s).map((a) => a.kind)).toEqual(['longestWait']);
  });

  it('flag high occupancy and a long hold', () => {
    const s = snapshot({
      occupancy: 0.95,
      advisers: [{ id: 'a01', name: 'Ana', initials: 'A', state: 'hold', stateSince: 3000, skills: {}, channelId: 'voice', contactId: 1, handled: 1, handlingSeconds: 1, pending: null } as AdviserSnapshot],
    });
    expect(alertsOf(s).map((a) => a.kind).sort()).toEqual(['longHold', 'occupancy']);
  });
});
