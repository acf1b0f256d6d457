/**
 * Setting a contact up, in isolation: the kit's compiled channels, contact
 * store and recorder. Draws come from fake sequence streams where their order
 * is the point, and from the channels' own seeded streams where common random
 * numbers are (same seed, same draws; one channel's draws never shift another's).
 */
import { describe, expect, it } from 'vitest';
import { Flag, Origin } from '../../../sim/model/contacts';
import { drawCustomer, drawSurvey, drawWork, setUpContact } from '../../../sim/model/contactSetup';
import { FIELD_COUNT } from '../../../sim/kpi/counters';
import { constantStream, sequenceStream } from '../engine/fakeStream';
import { buildKit, moved, voice, withStreams, type ChannelInput, type Kit } from '../centreKit';

const expo = (mean: number) => ({ dist: 'exponential' as const, mean });
const held = voice('held', { handleTime: expo(200), hold: { probability: 0.5, duration: expo(60) }, wrapUp: expo(30) } as Partial<ChannelInput>);
const other = voice('other', { handleTime: { dist: 'lognormal', mean: 300, cv: 0.6 }, wrapUp: expo(20), retrial: { share: 0.5, delay: expo(300) }, patience: expo(90) } as Partial<ChannelInput>);

function kitWith(channels: ChannelInput[], o: { seed?: number; mode?: 'ideal' | 'realistic'; warmupMinutes?: number } = {}): Kit {
  return buildKit({ channels, advisers: [{ id: 'a', skills: Object.fromEntries(channels.map((c) => [c.id, 1])) }], ...o });
}

describe('setUpContact', () => {
  it('allocates the contact with its channel, origin and arrival, and fixes its KPI rows from the arrival', () => {
    const kit = kitWith([held, other]);
    const slot = setUpContact(kit.contacts, kit.recorder, 1, Origin.retrial, 2000);
    expect([kit.contacts.channel[slot], kit.contacts.origin[slot], kit.contacts.arrival[slot], kit.contacts.ref[slot]]).toEqual([1, Origin.retrial, 2000, -1]);
    expect(kit.contacts.kpiRow[slot]).toBe(kit.counters.row(1, 1) * FIELD_COUNT); // 2000 s: the second half hour
    expect(kit.contacts.kpiTotal[slot]).toBe(kit.counters.totalRow(1) * FIELD_COUNT);
    expect(moved(kit.counters, () => kit.recorder.dialled(slot))).toEqual({ 'c1.i1.attempts': 1, 'c1.total.attempts': 1 });
  });

  it('counts a contact carried in from before the start in the first interval', () => {
    const kit = kitWith([held]);
    const slot = setUpContact(kit.contacts, kit.recorder, 0, Origin.carriedIn, -600);
    expect(moved(kit.counters, () => kit.recorder.dialled(slot))).toEqual({ 'i0.attempts': 1, 'total.attempts': 1 });
  });

  it('leaves a contact arriving in the warm-up out of the day’s totals', () => {
    const kit = kitWith([held], { warmupMinutes: 10 });
    const slot = setUpContact(kit.contacts, kit.recorder, 0, Origin.new, 300);
    expect(kit.contacts.kpiTotal[slot]).toBe(-1);
    expect(moved(kit.counters, () => kit.recorder.dialled(slot))).toEqual({ 'i0.attempts': 1 });
  });
});

describe('drawWork', () => {
  it('draws talk, the hold decision, the hold, then wrap-up, in that order, from the channel’s work stream', () => {
    const kit = kitWith([held]);
    const work = sequenceStream([0.1, 0.2, 0.3, 0.4]);
    withStreams(kit, 0, { workRng: work });
    const ch = kit.channels[0];
    const slot = setUpContact(kit.contacts, kit.recorder, 0, Origin.new, 0);
    drawWork(ch, kit.contacts, slot);
    expect(work.draws).toBe(4);
    expect(kit.contacts.talk[slot]).toBe(ch.talk(constantStream(0.1)));
    expect(kit.contacts.hold[slot]).toBe(ch.holdDuration!(constantStream(0.3))); // 0.2 < 0.5: on hold
    expect(kit.contacts.wrapUp[slot]).toBe(ch.wrapUp(constantStream(0.4)));
    expect(kit.contacts.gap[slot]).toBe(0);
  });

  it('draws no hold length when the contact is not put on hold', () => {
    const kit = kitWith([held]);
    const work = sequenceStream([0.1, 0.7, 0.4]);
    withStreams(kit, 0, { workRng: work });
    const ch = kit.channels[0];
    const slot = setUpContact(kit.contacts, kit.recorder, 0, Origin.new, 0);
    drawWork(ch, kit.contacts, slot);
    expect(work.draws).toBe(3);
    expect(kit.contacts.hold[slot]).toBe(0);
    expect(kit.contacts.wrapUp[slot]).toBe(ch.wrapUp(constantStream(0.4)));
  });

  it('messaging: the exchanges’ work, then the gaps between them', () => {
    const messaging = { id: 'msg', kind: 'messaging', handleTime: expo(60), exchanges: { dist: 'constant', value: 3 }, gap: expo(120) } as ChannelInput;
    const kit = kitWith([messaging]);
    const work = sequenceStream([0.1, 0.2, 0.3, 0.5, 0.6]);
    withStreams(kit, 0, { workRng: work });
    const ch = kit.channels[0];
    const slot = setUpContact(kit.contacts, kit.recorder, 0, Origin.new, 0);
    drawWork(ch, kit.contacts, slot);
    expect(work.draws).toBe(5);
    const t = (u: number) => ch.talk(constantStream(u));
    const g = (u: number) => ch.gap!(constantStream(u));
    expect(kit.contacts.talk[slot]).toBeCloseTo(t(0.1) + t(0.2) + t(0.3), 9);
    expect(kit.contacts.gap[slot]).toBeCloseTo(g(0.5) + g(0.6), 9);
  });

  it('in realistic mode takes the quality grade from its own stream, not the work stream', () => {
    const kit = kitWith([held], { mode: 'realistic' });
    const work = sequenceStream([0.1, 0.7, 0.4]);
    withStreams(kit, 0, { workRng: work });
    const slot = setUpContact(kit.contacts, kit.recorder, 0, Origin.new, 0);
    const expected = buildKit({ channels: [held], advisers: [{ id: 'a', skills: { held: 1 } }], mode: 'realistic' }).streams.stream('grade:held').next();
    drawWork(kit.channels[0], kit.contacts, slot);
    expect(work.draws).toBe(3);
    expect(kit.contacts.uGrade[slot]).toBe(expected);
  });

  it('same seed, same draws; another channel’s draws in between change nothing', () => {
    const work = (kit: Kit, channel: number, n: number) => Array.from({ length: n }, () => {
      const slot = setUpContact(kit.contacts, kit.recorder, channel, Origin.new, 0);
      drawWork(kit.channels[channel], kit.contacts, slot);
      drawCustomer(kit.channels[channel], kit.contacts, slot, 0);
      const out = [kit.contacts.talk[slot], kit.contacts.hold[slot], kit.contacts.wrapUp[slot], kit.contacts.patience[slot]];
      // Behaviour uniforms are drawn only for channels that need them (else the slot keeps a former contact's: unread).
      if (kit.channels[channel].needsBehaviourDraws) out.push(kit.contacts.uRetrial[slot], kit.contacts.uDeflect[slot]);
      kit.contacts.release(slot);
      return out;
    });
    for (const [mine, theirs] of [[0, 1], [1, 0]]) {
      const alone = work(kitWith([held, other], { seed: 5 }), mine, 4);
      const mixed = kitWith([held, other], { seed: 5 });
      work(mixed, theirs, 6); // the other channel's customers first
      expect(work(mixed, mine, 4)).toEqual(alone);
      expect(work(kitWith([held, other], { seed: 6 }), mine, 4)).not.toEqual(alone);
    }
  });
});

describe('drawCustomer', () => {
  it('draws patience, then retrial, resolution, callback, deflection and difficulty, in that order', () => {
    const kit = kitWith([other], { mode: 'realistic' });
    const patience = sequenceStream([0.25]);
    const behaviour = sequenceStream([0.1, 0.2, 0.3, 0.4, 0.01]);
    withStreams(kit, 0, { patienceRng: patience, behaviourRng: behaviour });
    const ch = kit.channels[0];
    const slot = setUpContact(kit.contacts, kit.recorder, 0, Origin.new, 0);
    const flags = drawCustomer(ch, kit.contacts, slot, Flag.vip);
    expect([patience.draws, behaviour.draws]).toEqual([1, 5]);
    expect(kit.contacts.patience[slot]).toBe(ch.patience!(constantStream(0.25)));
    expect([kit.contacts.uRetrial[slot], kit.contacts.uResolved[slot], kit.contacts.uCallback[slot], kit.contacts.uDeflect[slot]]).toEqual([0.1, 0.2, 0.3, 0.4]);
    expect(flags).toBe(Flag.vip | Flag.difficult); // 0.01 < 6 %
    expect(kit.contacts.flags[slot]).toBe(flags);
  });

  it('is not difficult when the last draw is over the share, and keeps the flags it was given', () => {
    const kit = kitWith([other], { mode: 'realistic' });
    withStreams(kit, 0, { behaviourRng: sequenceStream([0.1, 0.2, 0.3, 0.4, 0.5]) });
    const slot = setUpContact(kit.contacts, kit.recorder, 0, Origin.new, 0);
    expect(drawCustomer(kit.channels[0], kit.contacts, slot, Flag.incident)).toBe(Flag.incident);
  });

  it('draws nothing of behaviour for a plain channel, and gives infinite patience without a patience spec', () => {
    const kit = kitWith([voice()]);
    const patience = sequenceStream([0.5]);
    const behaviour = sequenceStream([0.5]);
    withStreams(kit, 0, { patienceRng: patience, behaviourRng: behaviour });
    const slot = setUpContact(kit.contacts, kit.recorder, 0, Origin.new, 0);
    expect(drawCustomer(kit.channels[0], kit.contacts, slot, 0)).toBe(0);
    expect([patience.draws, behaviour.draws]).toEqual([0, 0]);
    expect(kit.contacts.patience[slot]).toBe(Infinity);
  });
});

describe('drawSurvey', () => {
  it('draws whether the customer answers, then their noise: first contacts from survey:<channel>, returning ones from survey-return:<channel>', () => {
    const kit = kitWith([held]);
    const first = buildKit({ channels: [held], advisers: [{ id: 'a', skills: { held: 1 } }] }).streams;
    const expectedFirst = [first.stream('survey:held').next(), first.stream('survey:held').next()];
    const expectedReturn = [first.stream('survey-return:held').next(), first.stream('survey-return:held').next()];
    const ch = kit.channels[0];
    const draw = (origin: number) => {
      const slot = setUpContact(kit.contacts, kit.recorder, 0, origin, 0);
      drawSurvey(ch, kit.contacts, slot, origin);
      return [kit.contacts.uRespond[slot], kit.contacts.uSurvey[slot]];
    };
    expect(draw(Origin.retrial)).toEqual(expectedReturn); // a returning customer first: it shifts no first contact
    expect(draw(Origin.new)).toEqual(expectedFirst);
    expect(ch.responseRate).toBe(0.15);
  });
});
