/**
 * The router in isolation: a few compiled channels, a handful of advisers put
 * in the states a test needs, contacts written straight into the store. No
 * module calls it but the test, so each answer is the router's own.
 */
import { describe, expect, it } from 'vitest';
import { E, S } from '../../../sim/model/adviserMachine';
import { ContactState } from '../../../sim/model/contacts';
import { buildKit, busy, contact, leaves, logIn, voice, waitingContact, type Kit } from '../centreKit';

const email = (extra = {}) => ({ id: 'email', kind: 'email' as const, arrivals: { perHour: 10 }, handleTime: { dist: 'constant' as const, value: 300 }, ...extra });
const chat = (extra = {}) => ({ id: 'chat', kind: 'chat' as const, arrivals: { perHour: 10 }, handleTime: { dist: 'constant' as const, value: 300 }, ...extra });

describe('Router.findAdviser', () => {
  it('gives a contact to the adviser who has been idle longest', () => {
    const kit = buildKit({ channels: [voice()], advisers: [{ id: 'a', skills: { voice: 1 } }, { id: 'b', skills: { voice: 1 } }, { id: 'c', skills: { voice: 1 } }] });
    kit.clock.now = 10;
    logIn(kit, 2);
    kit.clock.now = 20;
    logIn(kit, 0);
    kit.clock.now = 30;
    logIn(kit, 1);
    expect([kit.router.findAdviser(0, 0, kit.clock.now), kit.router.findAdviser(0, 0, kit.clock.now), kit.router.findAdviser(0, 0, kit.clock.now)]).toEqual([2, 0, 1]);
  });

  it('returns -1 and keeps nobody when the idle pool is empty', () => {
    const kit = buildKit({ channels: [voice()], advisers: [{ id: 'a', skills: { voice: 1 } }] });
    expect(kit.router.findAdviser(0, 0, kit.clock.now)).toBe(-1);
  });

  it('never chooses an adviser without the skill, however long they have been idle', () => {
    const kit = buildKit({ channels: [voice(), email()], advisers: [{ id: 'emailOnly', skills: { email: 1 } }, { id: 'both', skills: { voice: 0.5, email: 1 } }] });
    logIn(kit, 0);
    logIn(kit, 1);
    expect(kit.router.findAdviser(kit.ch.voice, 0, kit.clock.now)).toBe(1);
    expect(kit.router.findAdviser(kit.ch.voice, 0, kit.clock.now)).toBe(-1);
    // The unskilled adviser was passed over, not dropped from the pool.
    expect(kit.router.findAdviser(kit.ch.email, 0, kit.clock.now)).toBe(0);
  });

  it('takes an adviser out of the idle pool once chosen', () => {
    const kit = buildKit({ channels: [voice()], advisers: [{ id: 'a', skills: { voice: 1 } }] });
    logIn(kit, 0);
    expect(kit.router.findAdviser(0, 0, kit.clock.now)).toBe(0);
    expect(kit.router.findAdviser(0, 0, kit.clock.now)).toBe(-1);
  });

  describe('with skill tiers', () => {
    const tiered = () =>
      buildKit({
        channels: [voice('voice', { widening: [{ afterSeconds: 0, minProficiency: 0.8 }, { afterSeconds: 30, minProficiency: 0.3 }] })],
        advisers: [{ id: 'junior', skills: { voice: 0.5 } }, { id: 'senior', skills: { voice: 0.9 } }],
      });

    it('first offers a contact only to advisers at the first tier’s proficiency', () => {
      const kit = tiered();
      logIn(kit, 0);
      logIn(kit, 1);
      expect(kit.router.findAdviser(0, 0, kit.clock.now)).toBe(1); // the junior has been idle longer, but is below 0.8
    });

    it('widens to lower proficiency once the contact has waited afterSeconds', () => {
      const kit = tiered();
      logIn(kit, 0);
      expect(kit.router.findAdviser(0, 29.9, kit.clock.now)).toBe(-1);
      expect(kit.router.findAdviser(0, 30, kit.clock.now)).toBe(0);
    });

    it('lets a free junior take a queued contact only once it has waited long enough', () => {
      const kit = tiered();
      kit.advisers.transition(0, E.LOG_IN, 0);
      const slot = waitingContact(kit, 0, 100);
      expect(kit.router.takeContact(0, 129)).toBe(-1);
      expect(kit.router.waiting[0]).toBe(1);
      expect(kit.router.takeContact(0, 130)).toBe(slot);
      expect(kit.router.waiting[0]).toBe(0);
    });
  });

  describe('with blending (onlyWhen queueBelow)', () => {
    const blended = () =>
      buildKit({
        channels: [voice(), email({ onlyWhen: { channel: 'voice', queueBelow: 2 } })],
        advisers: [{ id: 'emailer', skills: { email: 1 } }],
      });

    it('holds the email queue back while the voice queue is at the bound', () => {
      const kit = blended();
      logIn(kit, 0);
      waitingContact(kit, kit.ch.voice, 0);
      waitingContact(kit, kit.ch.voice, 1);
      expect(kit.router.open(kit.ch.email)).toBe(false);
      expect(kit.router.findAdviser(kit.ch.email, 0, kit.clock.now)).toBe(-1);
    });

    it('keeps a free adviser from taking a held-back email, and lets them once voice is short', () => {
      const kit = blended();
      kit.advisers.transition(0, E.LOG_IN, 0);
      const mail = waitingContact(kit, kit.ch.email, 0);
      const v1 = waitingContact(kit, kit.ch.voice, 1);
      waitingContact(kit, kit.ch.voice, 2);
      expect(kit.router.takeContact(0, 10)).toBe(-1);
      leaves(kit, v1);
      expect(kit.router.open(kit.ch.email)).toBe(true);
      expect(kit.router.takeContact(0, 10)).toBe(mail);
    });

    it('routes an email to an idle adviser while voice is below the bound', () => {
      const kit = blended();
      logIn(kit, 0);
      waitingContact(kit, kit.ch.voice, 0);
      expect(kit.router.findAdviser(kit.ch.email, 0, kit.clock.now)).toBe(0);
    });
  });
});

describe('Router.takeContact', () => {
  /** voice (priority 1), email (priority 5) and a second voice queue "vip" (priority 1 too). */
  const centre = (profile?: Record<string, number>) =>
    buildKit({
      channels: [voice(), email(), voice('vip')],
      advisers: [{ id: 'a', skills: { voice: 1, email: 1, vip: 1 }, ...(profile ? { routingProfile: profile } : {}) }],
    });

  it('follows the adviser’s routing profile before queue priority and age', () => {
    const kit = centre({ email: 1 });
    kit.advisers.transition(0, E.LOG_IN, 0);
    waitingContact(kit, kit.ch.voice, 0);
    const mail = waitingContact(kit, kit.ch.email, 50);
    expect(kit.router.takeContact(0, 100)).toBe(mail);
  });

  it('without a profile, serves the higher-priority queue even when another holds an older contact', () => {
    const kit = centre();
    kit.advisers.transition(0, E.LOG_IN, 0);
    waitingContact(kit, kit.ch.email, 0);
    const call = waitingContact(kit, kit.ch.voice, 50);
    expect(kit.router.takeContact(0, 100)).toBe(call);
  });

  it('between queues of equal priority, takes the oldest contact', () => {
    const kit = centre();
    kit.advisers.transition(0, E.LOG_IN, 0);
    const newer = waitingContact(kit, kit.ch.voice, 20);
    const older = waitingContact(kit, kit.ch.vip, 10);
    expect(kit.router.takeContact(0, 100)).toBe(older);
    expect(kit.router.takeContact(0, 100)).toBe(newer);
  });

  it('within one queue, serves first come first served', () => {
    const kit = centre();
    kit.advisers.transition(0, E.LOG_IN, 0);
    const first = waitingContact(kit, kit.ch.voice, 1);
    const second = waitingContact(kit, kit.ch.voice, 2);
    const third = waitingContact(kit, kit.ch.voice, 3);
    expect([kit.router.takeContact(0, 10), kit.router.takeContact(0, 10), kit.router.takeContact(0, 10), kit.router.takeContact(0, 10)]).toEqual([first, second, third, -1]);
  });

  it('falls through to a lower-priority queue when the higher ones are empty', () => {
    const kit = centre();
    kit.advisers.transition(0, E.LOG_IN, 0);
    const mail = waitingContact(kit, kit.ch.email, 0);
    expect(kit.router.takeContact(0, 10)).toBe(mail);
  });

  it('follows a profile set later once the profile is refreshed', () => {
    const kit = centre();
    kit.advisers.transition(0, E.LOG_IN, 0);
    waitingContact(kit, kit.ch.voice, 0);
    const mail = waitingContact(kit, kit.ch.email, 0);
    kit.advisers.routingProfile[0] = { email: 1 };
    kit.router.refreshProfile(0);
    expect(kit.router.takeContact(0, 10)).toBe(mail);
  });

  it('never hands an adviser a contact of a channel they lack', () => {
    const kit = buildKit({ channels: [voice(), email()], advisers: [{ id: 'a', skills: { voice: 1 } }] });
    kit.advisers.transition(0, E.LOG_IN, 0);
    waitingContact(kit, kit.ch.email, 0);
    expect(kit.router.takeContact(0, 10)).toBe(-1);
    expect(kit.router.waiting[kit.ch.email]).toBe(1);
  });
});

describe('concurrent chat', () => {
  /** Chatters 0 and 1 (limits 5 and 2), plus an idle adviser 2 with the skill. */
  const chatCentre = (): Kit =>
    buildKit({
      channels: [chat({ maxConcurrent: 3 }), voice()],
      advisers: [
        { id: 'roomy', skills: { chat: 1 }, concurrency: { chat: 5 } },
        { id: 'narrow', skills: { chat: 1 }, concurrency: { chat: 2 } },
        { id: 'idle', skills: { chat: 1, voice: 1 } },
      ],
    });
  const holding = (kit: Kit, adviser: number, conversations: number) => {
    busy(kit, adviser);
    kit.advisers.concurrent[adviser] = conversations;
    kit.router.concurrencyChanged(adviser);
  };

  it('gives a chat to the least-loaded chatter with room before any idle adviser', () => {
    const kit = chatCentre();
    logIn(kit, 2);
    holding(kit, 0, 2); // 2 of 5: 40 %
    holding(kit, 1, 1); // 1 of 2: 50 %
    expect(kit.router.findAdviser(0, 0, kit.clock.now)).toBe(0);
  });

  it('passes over chatters at their limit, then falls back to the longest-idle adviser', () => {
    const kit = chatCentre();
    logIn(kit, 2);
    holding(kit, 0, 5);
    holding(kit, 1, 2);
    expect(kit.router.findAdviser(0, 0, kit.clock.now)).toBe(2);
  });

  it('forgets a chatter once their last conversation ends', () => {
    const kit = chatCentre();
    holding(kit, 1, 1);
    kit.advisers.concurrent[1] = 0;
    kit.router.concurrencyChanged(1);
    expect(kit.router.findAdviser(0, 0, kit.clock.now)).toBe(-1);
  });

  it('lets an adviser holding chats take only another chat, within their limit', () => {
    const kit = chatCentre();
    holding(kit, 1, 1);
    kit.advisers.skills[1][kit.ch.voice] = 1;
    kit.router.refreshProfile(1);
    waitingContact(kit, kit.ch.voice, 0); // voice has the higher priority, but is not concurrent
    const c = waitingContact(kit, kit.ch.chat, 5);
    expect(kit.router.takeContact(1, 10, true)).toBe(c);
    waitingContact(kit, kit.ch.chat, 6);
    kit.advisers.concurrent[1] = 2;
    expect(kit.router.takeContact(1, 10, true)).toBe(-1);
  });
});

describe('stale entries', () => {
  it('skips a queued contact that has left, and serves the next one', () => {
    const kit = buildKit({ channels: [voice()], advisers: [{ id: 'a', skills: { voice: 1 } }] });
    kit.advisers.transition(0, E.LOG_IN, 0);
    const gone = waitingContact(kit, 0, 0);
    const next = waitingContact(kit, 0, 1);
    leaves(kit, gone);
    expect(kit.router.waiting[0]).toBe(1);
    expect(kit.router.takeContact(0, 10)).toBe(next);
    expect(kit.router.takeContact(0, 10)).toBe(-1);
  });

  it('does not serve a reused slot twice: the old entry carries the old serial', () => {
    const kit = buildKit({ channels: [voice()], advisers: [{ id: 'a', skills: { voice: 1 } }] });
    kit.advisers.transition(0, E.LOG_IN, 0);
    const first = waitingContact(kit, 0, 0);
    leaves(kit, first);
    const reused = waitingContact(kit, 0, 5);
    expect(reused).toBe(first); // the store reuses the freed slot
    expect(kit.router.takeContact(0, 10)).toBe(reused);
    expect(kit.router.takeContact(0, 10)).toBe(-1);
    expect(kit.router.waiting[0]).toBe(0);
  });

  it('skips an idle entry for an adviser who has since left available', () => {
    const kit = buildKit({ channels: [voice()], advisers: [{ id: 'a', skills: { voice: 1 } }, { id: 'b', skills: { voice: 1 } }] });
    logIn(kit, 0);
    logIn(kit, 1);
    kit.advisers.transition(0, E.START_BREAK, 5);
    expect(kit.router.findAdviser(0, 0, kit.clock.now)).toBe(1);
    expect(kit.router.findAdviser(0, 0, kit.clock.now)).toBe(-1);
  });

  it('puts an adviser who became available again at the back of the pool, behind those idle longer', () => {
    const kit = buildKit({ channels: [voice()], advisers: [{ id: 'a', skills: { voice: 1 } }, { id: 'b', skills: { voice: 1 } }] });
    logIn(kit, 0);
    logIn(kit, 1);
    // a is offered a call, declines it, and is available again: a new idle token.
    kit.advisers.transition(0, E.OFFER, 5);
    kit.advisers.transition(0, E.DECLINE, 6);
    kit.router.markIdle(0);
    expect(kit.router.findAdviser(0, 0, kit.clock.now)).toBe(1);
    expect(kit.router.findAdviser(0, 0, kit.clock.now)).toBe(0);
    expect(kit.router.findAdviser(0, 0, kit.clock.now)).toBe(-1);
  });
});

describe('Router.staffed', () => {
  it('counts the logged-in advisers with the skill, whatever they are doing, and no one else', () => {
    const kit = buildKit({
      channels: [voice(), email()],
      advisers: [
        { id: 'offline', skills: { voice: 1 } },
        { id: 'available', skills: { voice: 1 } },
        { id: 'onBreak', skills: { voice: 0.2 } },
        { id: 'talking', skills: { voice: 1 } },
        { id: 'unskilled', skills: { email: 1 } },
        { id: 'absent', skills: { voice: 1 } },
      ],
    });
    logIn(kit, 1);
    kit.advisers.transition(2, E.LOG_IN, 0);
    kit.advisers.transition(2, E.START_BREAK, 0);
    busy(kit, 3);
    logIn(kit, 4);
    kit.advisers.transition(5, E.MARK_ABSENT, 0);
    expect(kit.advisers.state[5]).toBe(S.absent);
    expect(kit.router.staffed(kit.ch.voice)).toBe(3);
    expect(kit.router.staffed(kit.ch.email)).toBe(1);
  });

  it('is 0 when nobody is logged in', () => {
    const kit = buildKit({ channels: [voice()], advisers: [{ id: 'a', skills: { voice: 1 } }] });
    expect(kit.router.staffed(0)).toBe(0);
  });
});

describe('Router.forEachWaiting and head', () => {
  it('visits the contacts still waiting, oldest first, skipping those that left', () => {
    const kit = buildKit({ channels: [voice()], advisers: [{ id: 'a', skills: { voice: 1 } }] });
    const a = waitingContact(kit, 0, 1);
    const b = waitingContact(kit, 0, 2);
    const c = waitingContact(kit, 0, 3);
    const d = waitingContact(kit, 0, 4);
    leaves(kit, b);
    kit.contacts.setState(d, ContactState.inService); // answered some other way
    const seen: number[] = [];
    kit.router.forEachWaiting(0, (slot) => seen.push(slot));
    expect(seen).toEqual([a, c]);
  });

  it('head drops stale entries at the front and returns the oldest live contact, without removing it', () => {
    const kit = buildKit({ channels: [voice()], advisers: [{ id: 'a', skills: { voice: 1 } }] });
    const gone = waitingContact(kit, 0, 1);
    const live = waitingContact(kit, 0, 2);
    leaves(kit, gone);
    expect(kit.router.head(0)).toBe(live);
    expect(kit.router.head(0)).toBe(live);
    expect(kit.router.queues[0].length).toBe(1);
  });

  it('head is -1 for an empty queue', () => {
    const kit = buildKit({ channels: [voice()], advisers: [{ id: 'a', skills: { voice: 1 } }] });
    contact(kit, 0, 0); // exists, but was never queued
    expect(kit.router.head(0)).toBe(-1);
  });
});
