import { describe, expect, it } from 'vitest';
import type { AdviserSnapshot, ChannelSnapshot, Snapshot } from '../../../sim/snapshot';
import { staticLabels, supervisorLine, tooltipText, wallboardLine } from '../../../src/floor/floorText';

/** Only the fields the floor reads; the engine's records have more (cast on purpose). */
const channel = (queueLength: number, longestWait: number, serviceLevel: number | null): ChannelSnapshot =>
  ({ id: 'voice', queueLength, longestWait, target: 0.8, thresholdSeconds: 20, today: { serviceLevel } }) as unknown as ChannelSnapshot;
const hugo = { id: 'a03', name: 'Hugo Dubois', state: 'talking', stateSince: 100 } as unknown as AdviserSnapshot;

describe('words on the floor', () => {
  it('puts SL, everything waiting and the longest wait on the wallboard, in alarm when below target or late', () => {
    expect(wallboardLine({ channels: [channel(2, 12, 0.85), channel(3, 15, null)] }, 'en')).toEqual({ text: 'SL 85.0%  ·  queue 5  ·  wait 0:15', alert: false });
    expect(wallboardLine({ channels: [channel(0, 0, 0.7)] }, 'en')?.alert).toBe(true);
    expect(wallboardLine({ channels: [channel(1, 45, 0.9)] }, 'en')?.alert).toBe(true);
    expect(wallboardLine({ channels: [] }, 'en')).toBeNull();
  });

  it('says what the supervisor is doing, busy unless available', () => {
    const base = { advisers: [hugo], clockSeconds: 9 * 3600, time: 3600 } as Pick<Snapshot, 'advisers' | 'clockSeconds' | 'time'>;
    expect(supervisorLine({ ...base, supervisor: { state: 'available', adviserId: null, until: null } }, 'en')).toEqual({ text: 'Available', alert: false });
    expect(supervisorLine({ ...base, supervisor: { state: 'coaching', adviserId: 'a03', until: 4500 } }, 'en')).toEqual({ text: 'With Hugo Dubois until 09:15', alert: true });
  });

  it('names the adviser under the pointer with their state and time in it', () => {
    expect(tooltipText(hugo, 175, 'en')).toBe('Hugo Dubois — Talking for 1:15');
  });

  it('labels the static layer in the language asked for', () => {
    expect(staticLabels('en').team(3)).toBe('Team 3');
    expect(staticLabels('fr').team(3)).not.toBe('Team 3');
  });
});
