/** Yellow and red levels of every alert, against the thresholds of one table; each alert names a lever and a target. */
import { describe, expect, it } from 'vitest';
import type { AdviserSnapshot, ChannelKpis, ChannelSnapshot, PlannedBreakSnapshot, Snapshot } from '../../../sim/snapshot';
import { alertLimits, alertsOf, type Alert } from '../../../src/store/alerts';
import { alertsForAdviser } from '../../../src/store/adviserAlerts';
import { grade, gradeBelow } from '../../../src/store/alertLimits';
import { alertFocus } from '../../../src/store/uiStore';

const kpis = (over: Partial<ChannelKpis> = {}): ChannelKpis =>
  ({ offered: 0, answered: 0, abandoned: 0, shortAbandoned: 0, serviceLevel: null, abandonRate: null, ...over }) as ChannelKpis;
const channel = (over: Partial<ChannelSnapshot> = {}): ChannelSnapshot =>
  ({
    id: 'voice', kind: 'voice', queueLength: 0, longestWait: 0, thresholdSeconds: 20, target: 0.8, today: kpis(), interval: kpis(),
    oldestDueIn: null, overdue: 0, callingWindowClosesIn: null, settings: { callbackOn: false }, ...over,
  }) as ChannelSnapshot;
const snapshot = (over: Partial<Snapshot> = {}): Snapshot =>
  ({ time: 3600, clockSeconds: 9 * 3600, advisers: [], channels: [], occupancy: 0.5, overflow: [], ...over }) as Snapshot;
const adviser = (over: Partial<AdviserSnapshot> = {}): AdviserSnapshot =>
  ({ id: 'a01', name: 'Ana', state: 'talking', stateSince: 3500, raisedHand: null, schedule: { shiftStart: 0, shiftEnd: 30000, breaks: [] }, ...over }) as AdviserSnapshot;
const brk = (over: Partial<PlannedBreakSnapshot> = {}): PlannedBreakSnapshot =>
  ({ at: 3000, minutes: 10, kind: 'pause', state: 'taken', startedAt: null, endedAt: null, ...over }) as PlannedBreakSnapshot;

const levels = (alerts: readonly Alert[]) => alerts.map((a) => `${a.kind}:${a.severity}`);
const ofChannel = (over: Partial<ChannelSnapshot>) => levels(alertsOf(snapshot({ channels: [channel(over)] })));

describe('alert levels', () => {
  it('grade a value against its yellow and red thresholds', () => {
    expect(grade(0.04, alertLimits.abandons)).toBeNull();
    expect(grade(0.05, alertLimits.abandons)).toBe('warning');
    expect(grade(0.1, alertLimits.abandons)).toBe('alert');
    expect(gradeBelow(1000, alertLimits.outboundWindow)).toBe('warning');
    expect(gradeBelow(600, alertLimits.outboundWindow)).toBe('alert');
    expect(gradeBelow(1801, alertLimits.outboundWindow)).toBeNull();
  });

  it('judge the interval service level yellow below target, red 10 points below', () => {
    const at = (sl: number) => ofChannel({ interval: kpis({ answered: 20, serviceLevel: sl }) });
    expect(at(0.85)).toEqual([]);
    expect(at(0.75)).toEqual(['serviceLevel:warning']);
    expect(at(0.65)).toEqual(['serviceLevel:alert']);
  });

  it('judge the longest wait in multiples of the SL threshold, on real-time queues only', () => {
    expect(ofChannel({ queueLength: 1, longestWait: 39 })).toEqual([]);
    expect(ofChannel({ queueLength: 1, longestWait: 45 })).toEqual(['longestWait:warning']);
    expect(ofChannel({ queueLength: 1, longestWait: 61 })).toEqual(['longestWait:alert']);
    expect(ofChannel({ kind: 'email', queueLength: 1, longestWait: 6000 })).toEqual([]);
  });

  it('judge the abandon rate once enough contacts were offered', () => {
    expect(ofChannel({ today: kpis({ offered: 10, abandonRate: 0.5 }) })).toEqual([]);
    expect(ofChannel({ today: kpis({ offered: 40, abandonRate: 0.06 }) })).toEqual(['abandons:warning']);
    expect(ofChannel({ today: kpis({ offered: 40, abandonRate: 0.12 }) })).toEqual(['abandons:alert']);
  });

  it('warn before emails are due and alert once one is past due', () => {
    expect(ofChannel({ kind: 'email', id: 'email', oldestDueIn: 4000 })).toEqual([]);
    expect(ofChannel({ kind: 'email', id: 'email', oldestDueIn: 900 })).toEqual(['emailDue:warning']);
    const [late] = alertsOf(snapshot({ channels: [channel({ kind: 'email', id: 'email', oldestDueIn: -60, overdue: 3 })] }));
    expect([late.severity, late.count, late.lever, late.channelId]).toEqual(['alert', 3, 'setQueuePriority', 'email']);
  });

  it('warn as the outbound calling window closes', () => {
    expect(ofChannel({ kind: 'outbound', callingWindowClosesIn: 1500 })).toEqual(['outboundWindow:warning']);
    expect(ofChannel({ kind: 'outbound', callingWindowClosesIn: 300 })).toEqual(['outboundWindow:alert']);
    expect(ofChannel({ kind: 'outbound', callingWindowClosesIn: null })).toEqual([]);
  });

  it('judge team occupancy after the first half hour', () => {
    expect(levels(alertsOf(snapshot({ occupancy: 0.92 })))).toEqual(['occupancy:warning']);
    expect(levels(alertsOf(snapshot({ occupancy: 0.97 })))).toEqual(['occupancy:alert']);
    expect(levels(alertsOf(snapshot({ occupancy: 0.97, time: 600 })))).toEqual([]);
  });

  it('flag hold, wrap-up and away too long, yellow then red', () => {
    const now = 3600;
    expect(levels(alertsForAdviser(adviser({ state: 'hold', stateSince: now - 60 }), now))).toEqual([]);
    expect(levels(alertsForAdviser(adviser({ state: 'hold', stateSince: now - 150 }), now))).toEqual(['longHold:warning']);
    expect(levels(alertsForAdviser(adviser({ state: 'wrapUp', stateSince: now - 300 }), now))).toEqual(['longWrapUp:alert']);
    const away = alertsForAdviser(adviser({ state: 'offlineTask', stateSince: now - 2800 }), now);
    expect(levels(away)).toEqual(['longAway:warning']);
    expect(away[0].lever).toBe('assignOfflineTask');
  });

  it('flag a break due and a break overrun', () => {
    const now = 3600;
    expect(levels(alertsForAdviser(adviser({ schedule: { shiftStart: 0, shiftEnd: 9e4, breaks: [brk({ at: now - 400 })] } }), now))).toEqual(['breakDue:warning']);
    expect(levels(alertsForAdviser(adviser({ schedule: { shiftStart: 0, shiftEnd: 9e4, breaks: [brk({ at: now - 1000 })] } }), now))).toEqual(['breakDue:alert']);
    // Nobody asks an absent or logged-out adviser to take their break.
    for (const state of ['absent', 'offline'] as const) {
      expect(levels(alertsForAdviser(adviser({ state, schedule: { shiftStart: 0, shiftEnd: 9e4, breaks: [brk({ at: now - 1000 })] } }), now))).toEqual([]);
    }
    const onBreak = adviser({ state: 'break', schedule: { shiftStart: 0, shiftEnd: 9e4, breaks: [brk({ at: now - 1000, startedAt: now - 1000 })] } });
    expect(levels(alertsForAdviser(onBreak, now))).toEqual(['breakOverrun:alert']);
    expect(levels(alertsForAdviser(adviser({ schedule: { shiftStart: 0, shiftEnd: 9e4, breaks: [brk({ state: 'planned', at: now + 60 })] } }), now))).toEqual([]);
  });

  it('flag a raised hand, red close to its deadline', () => {
    const hand = (deadline: number) => adviser({ raisedHand: { since: 3500, deadline, contactId: 7, vip: false } });
    expect(levels(alertsForAdviser(hand(3700), 3600))).toEqual(['raisedHand:warning']);
    const [red] = alertsForAdviser(hand(3620), 3600);
    expect([red.severity, red.value, red.lever, red.adviserId]).toEqual(['alert', 20, 'whisper', 'a01']);
  });

  it('cap adviser alerts, red ones first', () => {
    const advisers = Array.from({ length: 12 }, (_, i) => adviser({ id: `a${i}`, state: 'hold', stateSince: i < 6 ? 3450 : 3000 }));
    const alerts = alertsOf(snapshot({ advisers }));
    expect(alerts).toHaveLength(8);
    expect(alerts.slice(0, 6).every((a) => a.severity === 'alert')).toBe(true);
  });

  it('link to the adviser or the queue, and always name a lever', () => {
    const s = snapshot({ channels: [channel({ queueLength: 1, longestWait: 100 })], advisers: [adviser({ state: 'hold', stateSince: 3000 })] });
    const [queue, person] = alertsOf(s);
    expect(alertFocus(queue)).toEqual({ channelId: 'voice', highlightChannelId: 'voice' });
    expect(alertFocus(person)).toEqual({ selectedAdviserId: 'a01', cardOpen: true });
    expect(queue.lever).toBe('setCallbackOffer');
    for (const a of alertsOf(s)) expect(a.lever).toMatch(/^[a-z][A-Za-z]+$/);
  });
});
