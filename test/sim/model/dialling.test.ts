/**
 * Dialling in isolation: a real Dialer built as simulation.ts builds it
 * (channel, scenario date, day start, the kit's streams), the real stores,
 * router, recorder, queue and books; fake service (assign, startTalk) and day
 * (becameFree) ports that record their calls. The kit's date, 2026-03-10, is a
 * Tuesday: calls are allowed 10:00–13:00 and 14:00–20:00, so the day runs
 * 10:00–12:00 unless a test needs to start before calling hours.
 */
import { describe, expect, it } from 'vitest';
import { Field } from '../../../sim/kpi/counters';
import { S } from '../../../sim/model/adviserMachine';
import { ActivityLog } from '../../../sim/model/activityLog';
import { ShiftBooks } from '../../../sim/model/books';
import { ContactState, Origin } from '../../../sim/model/contacts';
import { Dialling } from '../../../sim/model/dialling';
import { Dialer } from '../../../sim/routing/dialer';
import { buildKit, drain, logIn, total, voice, waitingContact, type ChannelInput, type KitOptions } from '../centreKit';

type Outcomes = { answered: number; noAnswer: number; busy: number; voicemail: number };
const answered: Outcomes = { answered: 1, noAnswer: 0, busy: 0, voicemail: 0 };
const noAnswer: Outcomes = { answered: 0, noAnswer: 1, busy: 0, voicemail: 0 };

function outbound(dialer: Record<string, unknown> = {}, extra: Partial<ChannelInput> = {}): ChannelInput {
  return {
    id: 'out', kind: 'outbound', handleTime: { dist: 'constant', value: 240 },
    dialer: { mode: 'progressive', ringSeconds: 20, outcomes: answered, conversion: 1, list: { size: 3 }, ...dialer },
    ...extra,
  } as ChannelInput;
}

interface Options {
  channels?: ChannelInput[];
  advisers?: KitOptions['advisers'];
  clock?: { start: string; end: string };
  campaignStarts?: [number, number][];
}

function setUp(o: Options = {}) {
  const kit = buildKit({
    channels: o.channels ?? [outbound()],
    advisers: o.advisers ?? [{ id: 'a', skills: { out: 1 } }, { id: 'b', skills: { out: 1 } }, { id: 'c', skills: {} }],
    clock: o.clock ?? { start: '10:00', end: '12:00' },
  });
  const dialers = kit.channels.filter((c) => c.kind === 'outbound').map((c) => new Dialer(c, kit.scenario.date!, kit.frame.dayStart, kit.streams));
  const activity = new ActivityLog();
  const books = new ShiftBooks({ clock: kit.clock, dayStart: kit.frame.dayStart, plans: kit.plans, activity, hourlyWage: 20 });
  const calls: string[] = [];
  const dialling = new Dialling(
    {
      clock: kit.clock, frame: kit.frame, contacts: kit.contacts, advisers: kit.advisers, router: kit.router, recorder: kit.recorder,
      queue: kit.queue, dialers, books, campaignStarts: new Map(o.campaignStarts ?? []),
    },
    {
      service: {
        assign: (adviser, slot) => {
          calls.push(`assign ${adviser} ${slot}`);
          kit.advisers.contact[adviser] = slot; // as Service.assign does
          kit.advisers.contactChannel[adviser] = kit.contacts.channel[slot];
        },
        startTalk: (adviser, slot) => calls.push(`startTalk ${adviser} ${slot}`),
      },
      day: { becameFree: (adviser) => calls.push(`becameFree ${adviser}`) },
    },
  );
  const out = kit.ch.out;
  const count = (field: number) => total(kit, out, field);
  return { kit, dialling, dialer: dialers[0], books, activity, calls, out, count };
}

describe('Dialling.dial', () => {
  it('is active when the scenario has an outbound channel, and not otherwise', () => {
    expect(setUp().dialling.active).toBe(true);
    expect(setUp({ channels: [voice()], advisers: [{ id: 'a', skills: { voice: 1 } }] }).dialling.active).toBe(false);
  });

  it('gives a free skilled adviser the next record: an outbound contact offered to them, one attempt booked, the connect after the ring', () => {
    const { kit, dialling, dialer, calls, out, count } = setUp();
    logIn(kit, 0);
    kit.clock.now = 60;
    expect(dialling.dial(0)).toBe(true);
    expect(kit.advisers.state[0]).toBe(S.reserved);
    const slot = kit.advisers.contact[0];
    expect(calls).toEqual([`assign 0 ${slot}`]);
    expect(kit.contacts.channel[slot]).toBe(out);
    expect(kit.contacts.origin[slot]).toBe(Origin.outbound);
    expect(kit.contacts.state[slot]).toBe(ContactState.inService);
    expect(kit.contacts.ref[slot]).toBe(0); // the first record of the list
    expect(kit.contacts.talk[slot]).toBe(240);
    expect(count(Field.attempts)).toBe(1);
    expect(dialer.records[0].attemptsToday).toBe(1);
    expect(dialer.records[0].attemptDays).toHaveLength(1);
    expect(dialer.remaining).toBe(2);
    expect(drain(kit.queue)).toEqual([{ time: 80, kind: 'dialerConnect', a: 0, b: 0 }]);
  });

  it('in preview mode connects after the preview and the ring', () => {
    const { kit, dialling } = setUp({ channels: [outbound({ mode: 'preview', previewSeconds: 30 })] });
    logIn(kit, 0);
    dialling.dial(0);
    expect(drain(kit.queue)).toEqual([{ time: 50, kind: 'dialerConnect', a: 0, b: 0 }]);
  });

  it('the next adviser gets the next record', () => {
    const { kit, dialling } = setUp();
    logIn(kit, 0);
    logIn(kit, 1);
    dialling.dial(0);
    dialling.dial(1);
    expect([kit.contacts.ref[kit.advisers.contact[0]], kit.contacts.ref[kit.advisers.contact[1]]]).toEqual([0, 1]);
  });

  it('gives nothing to an adviser without the outbound skill', () => {
    const { kit, dialling, calls, count } = setUp();
    logIn(kit, 2);
    expect(dialling.dial(2)).toBe(false);
    expect(calls).toEqual([]);
    expect(count(Field.attempts)).toBe(0);
  });

  it('dials nothing before the campaign starts, and from its start on', () => {
    const { kit, dialling, calls, count } = setUp({ campaignStarts: [[0, 1800]] });
    logIn(kit, 0);
    kit.clock.now = 1799;
    expect(dialling.dial(0)).toBe(false);
    expect(calls).toEqual([]);
    expect(count(Field.attempts)).toBe(0);
    expect(drain(kit.queue)).toEqual([]);
    kit.clock.now = 1800;
    expect(dialling.dial(0)).toBe(true);
  });

  it('dials nothing while blending holds the campaign back (a voice queue at its limit)', () => {
    const { kit, dialling } = setUp({
      channels: [voice(), outbound({}, { onlyWhen: { channel: 'voice', queueBelow: 1 } } as Partial<ChannelInput>)],
      advisers: [{ id: 'a', skills: { out: 1 } }],
    });
    logIn(kit, 0);
    waitingContact(kit, 0, 0);
    expect(dialling.dial(0)).toBe(false);
  });

  it('outside calling hours dials nothing and schedules one wake for when they open', () => {
    const { kit, dialling, dialer, calls } = setUp({ clock: { start: '08:00', end: '12:00' } });
    logIn(kit, 0);
    logIn(kit, 1);
    kit.clock.now = 600;
    expect(dialling.dial(0)).toBe(false);
    expect(dialling.dial(1)).toBe(false); // the wake is already booked
    expect(calls).toEqual([]);
    expect(dialer.wakeAt).toBe(7200); // 10:00
    expect(drain(kit.queue)).toEqual([{ time: 7200, kind: 'dialerWake', a: 0, b: 0 }]);
  });

  it('schedules no wake for after closing', () => {
    const { kit, dialling, dialer } = setUp({ clock: { start: '07:00', end: '09:00' } });
    logIn(kit, 0);
    expect(dialling.dial(0)).toBe(false);
    expect(dialer.wakeAt).toBe(Infinity);
    expect(drain(kit.queue)).toEqual([]);
  });

  it('on the wake, every free skilled adviser whose shift is not over starts dialling', () => {
    const { kit, dialling, dialer, calls } = setUp({ clock: { start: '08:00', end: '12:00' } });
    for (const a of [0, 1, 2]) logIn(kit, a);
    dialling.dial(0);
    drain(kit.queue);
    kit.clock.now = 7200;
    dialling.onDialerWake(0);
    expect(dialer.wakeAt).toBe(Infinity);
    expect(calls.map((c) => c.split(' ').slice(0, 2).join(' '))).toEqual(['assign 0', 'assign 1']);
    expect(kit.advisers.state[2]).toBe(S.available);
  });

  it('ignores a wake superseded by a later one', () => {
    const { kit, dialling, dialer, calls } = setUp();
    logIn(kit, 0);
    dialer.wakeAt = 500;
    kit.clock.now = 400;
    dialling.onDialerWake(0);
    expect(calls).toEqual([]);
    expect(dialer.wakeAt).toBe(500);
  });

  it('with the rules overridden, dials outside calling hours and books each broken rule', () => {
    const { kit, dialling, books, activity, count } = setUp({ clock: { start: '08:00', end: '12:00' }, channels: [outbound({ overrideRules: true })] });
    logIn(kit, 0);
    kit.clock.now = 600;
    expect(dialling.dial(0)).toBe(true);
    expect(count(Field.breaches)).toBe(1);
    expect(books.breaches).toEqual([{ at: 600, rule: 'outsideCallingHours', channelId: 'out', recordId: 0 }]);
    expect(activity.entries.map((e) => e.code)).toEqual(['dialerBreach']);
  });
});

describe('Dialling.onDialerConnect', () => {
  it('answered: reached (and converted), the talk starts', () => {
    const { kit, dialling, dialer, calls, count } = setUp();
    logIn(kit, 0);
    dialling.dial(0);
    const slot = kit.advisers.contact[0];
    kit.clock.now = 20;
    dialling.onDialerConnect(0);
    expect(kit.advisers.state[0]).toBe(S.talking);
    expect(calls).toEqual([`assign 0 ${slot}`, `startTalk 0 ${slot}`]);
    expect([count(Field.reached), count(Field.conversions), count(Field.unreached)]).toEqual([1, 1, 0]);
    expect(kit.contacts.answeredAt[slot]).toBe(20);
    expect(kit.contacts.uResolved[slot]).toBe(0);
    expect(dialer.records[0].closed).toBe(true);
  });

  it('answered without a sale: reached, no conversion, the refusal is booked on the record', () => {
    const { kit, dialling, dialer, count } = setUp({ channels: [outbound({ conversion: 0 })] });
    logIn(kit, 0);
    dialling.dial(0);
    dialling.onDialerConnect(0);
    expect([count(Field.reached), count(Field.conversions)]).toEqual([1, 0]);
    expect(dialer.records[0].refusalDay).not.toBeNull();
  });

  it('not answered: unreached, the contact released, the adviser free again through the day port, a retry booked', () => {
    const { kit, dialling, dialer, calls, count } = setUp({ channels: [outbound({ outcomes: noAnswer })] });
    logIn(kit, 0);
    dialling.dial(0);
    const slot = kit.advisers.contact[0];
    kit.clock.now = 20;
    dialling.onDialerConnect(0);
    expect(calls).toEqual([`assign 0 ${slot}`, 'becameFree 0']);
    expect(kit.advisers.state[0]).toBe(S.available);
    expect([kit.advisers.contact[0], kit.advisers.contactChannel[0]]).toEqual([-1, -1]);
    expect([count(Field.reached), count(Field.unreached)]).toEqual([0, 1]);
    expect(kit.contacts.inSystem).toBe(0);
    expect(dialer.records[0].nextTry).toBe(20 + 120 * 60);
    expect(dialer.remaining).toBe(3);
  });
});
