import { describe, expect, it } from 'vitest';
import type { AdviserSnapshot, SupervisorSnapshot } from '../../../sim/snapshot';
import { commandTypes } from '../../../sim/index';
import { needsSupervisor } from '../../../sim/commands';
import {
  adviserActions, availability, centreAvailability, commandFor, defaultMinutes, supervisorActions, withSkill, workWarnings,
} from '../../../src/store/actionRules';

const adviser = (over: Partial<AdviserSnapshot> = {}): AdviserSnapshot =>
  ({
    id: 'a01', name: 'Ana', initials: 'A', state: 'available', stateSince: 0, skills: { voice: 0.8 }, channelId: null, contactId: null,
    handled: 0, handlingSeconds: 0, pending: null, concurrent: 0, raisedHand: null, fatigue: 0, stress: 0.15, mood: 0.6,
    observedQuality: null, newHire: false, workedSinceLongBreak: 0, workedSincePause: 0, ...over,
  }) as AdviserSnapshot;
const free: SupervisorSnapshot = { state: 'available', adviserId: null, until: null };
const busy: SupervisorSnapshot = { state: 'coaching', adviserId: 'a02', until: 9000 };

describe('action rules', () => {
  it('know exactly the commands that need the supervisor in person', () => {
    expect([...supervisorActions].sort()).toEqual([...needsSupervisor].sort());
  });

  it('offer only commands the engine knows', () => {
    for (const a of adviserActions) expect(commandTypes, a).toContain(a);
  });

  it('offer listen-in, whisper, barge and take-over only on a live contact', () => {
    const hand = { since: 0, deadline: 90, contactId: 1, vip: false };
    for (const action of ['listenIn', 'whisper', 'barge', 'takeOver'] as const) {
      expect(availability(action, adviser({ state: 'available' }), free)).toEqual({ ok: false, why: 'noContact' });
      expect(availability(action, adviser({ state: 'wrapUp' }), free).ok).toBe(false);
      expect(availability(action, adviser({ state: 'talking', raisedHand: hand }), free).ok).toBe(true);
      expect(availability(action, adviser({ state: 'hold', raisedHand: hand }), free).ok).toBe(true);
    }
  });

  it('offer whisper, barge and take-over only to answer a raised hand; listen-in on any live contact', () => {
    for (const action of ['whisper', 'barge', 'takeOver'] as const) {
      expect(availability(action, adviser({ state: 'talking' }), free)).toEqual({ ok: false, why: 'noRaisedHand' });
    }
    expect(availability('listenIn', adviser({ state: 'talking' }), free).ok).toBe(true);
  });

  it('hold back what needs the supervisor while they are busy, and nothing else', () => {
    expect(availability('coach', adviser(), busy)).toEqual({ ok: false, why: 'supervisorBusy' });
    expect(availability('whisper', adviser({ state: 'talking', raisedHand: { since: 0, deadline: 90, contactId: 1, vip: false } }), busy)).toEqual({ ok: false, why: 'supervisorBusy' });
    expect(availability('sendToBreak', adviser(), busy).ok).toBe(true);
    expect(centreAvailability('teamBriefing', busy).ok).toBe(false);
    expect(centreAvailability('teamBriefing', free).ok).toBe(true);
    expect(centreAvailability('openOverflow', busy).ok).toBe(true);
  });

  it('say first what is wrong with the adviser, then with the supervisor', () => {
    expect(availability('whisper', adviser(), busy)).toEqual({ ok: false, why: 'noContact' });
  });

  it('do not send an adviser away twice', () => {
    expect(availability('sendToBreak', adviser({ state: 'break' }), free)).toEqual({ ok: false, why: 'away' });
    expect(availability('sendToTraining', adviser({ state: 'talking', pending: 'break' }), free)).toEqual({ ok: false, why: 'pending' });
    expect(availability('coach', adviser({ state: 'offline' }), free)).toEqual({ ok: false, why: 'loggedOut' });
  });

  it('call in or log in only an adviser who is off, and log out only one who is on', () => {
    expect(availability('callInAdviser', adviser({ state: 'absent' }), free).ok).toBe(true);
    expect(availability('callInAdviser', adviser(), free)).toEqual({ ok: false, why: 'onShift' });
    expect(availability('logIn', adviser({ state: 'offline' }), free).ok).toBe(true);
    expect(availability('logIn', adviser(), free)).toEqual({ ok: false, why: 'loggedIn' });
    expect(availability('logOut', adviser({ state: 'offline' }), free).ok).toBe(false);
    expect(availability('logOut', adviser({ state: 'talking', pending: 'logOut' }), free)).toEqual({ ok: false, why: 'pending' });
  });

  it('leave admin data and skills always available (the engine decides)', () => {
    for (const action of ['recordAbsence', 'recordLateness', 'setSkills', 'moveToChannel', 'delayBreak', 'cancelBreak'] as const) {
      expect(availability(action, adviser(), busy).ok, action).toBe(true);
    }
  });

  it('build commands with their minutes, reason, channel or skills', () => {
    expect(commandFor('sendToBreak', 'a01')).toEqual({ type: 'sendToBreak', adviserId: 'a01', minutes: defaultMinutes.sendToBreak });
    expect(commandFor('coach', 'a01', { minutes: 20 })).toEqual({ type: 'coach', adviserId: 'a01', minutes: 20 });
    expect(commandFor('recordAbsence', 'a01', { reason: 'sick' })).toEqual({ type: 'recordAbsence', adviserId: 'a01', reason: 'sick' });
    expect(commandFor('recordAbsence', 'a01')).toEqual({ type: 'recordAbsence', adviserId: 'a01' });
    expect(commandFor('moveToChannel', 'a01', { channelId: 'chat' })).toEqual({ type: 'moveToChannel', adviserId: 'a01', channelId: 'chat' });
    expect(commandFor('whisper', 'a01')).toEqual({ type: 'whisper', adviserId: 'a01' });
  });

  it('add a dropped skill at 50 %, keeping the others, and ignore one already held', () => {
    expect(withSkill({ voice: 0.8 }, 'chat')).toEqual({ voice: 0.8, chat: 0.5 });
    expect(withSkill({ voice: 0.8 }, 'voice')).toBeNull();
    expect(withSkill({ voice: 0.8, chat: 0 }, 'chat')).toEqual({ voice: 0.8, chat: 0.5 });
  });

  it('warn from 3 h without a pause and 6 h without a long break', () => {
    expect(workWarnings({ workedSincePause: 179, workedSinceLongBreak: 359 })).toEqual({ pause: false, longBreak: false });
    expect(workWarnings({ workedSincePause: 180, workedSinceLongBreak: 360 })).toEqual({ pause: true, longBreak: true });
  });
});
