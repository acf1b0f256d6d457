import { describe, expect, it } from 'vitest';
import type { ChannelSnapshot, Snapshot } from '../../../sim/snapshot';
import { feedFromSnapshot } from '../../../src/store/feed';

const snapshot = (time: number, occupancy: number): Snapshot =>
  ({ time, clockSeconds: 28800 + time, advisers: [], channels: [] as ChannelSnapshot[], occupancy, overflow: [], commandLog: [] }) as unknown as Snapshot;

describe('alerts in the feed', () => {
  it('log an alert when it appears and again when it turns red, not while it lasts', () => {
    const calm = snapshot(3600, 0.5);
    const yellow = snapshot(3610, 0.92);
    const stillYellow = snapshot(3620, 0.93);
    const red = snapshot(3630, 0.97);
    expect(feedFromSnapshot(calm, yellow).map((i) => i.kind === 'alert' && i.alert.severity)).toEqual(['warning']);
    expect(feedFromSnapshot(yellow, stillYellow)).toEqual([]);
    expect(feedFromSnapshot(stillYellow, red).map((i) => i.kind === 'alert' && i.alert.severity)).toEqual(['alert']);
    expect(feedFromSnapshot(red, yellow)).toEqual([]);
  });
});
