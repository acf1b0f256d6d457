/**
 * Service books the satisfaction survey when a handled contact ends, for a customer
 * who answers it: on the contact's channel (the recorder) and for the adviser, with the
 * score from what the contact went through (sim/kpi/csat.ts).
 */
import { describe, expect, it } from 'vitest';
import { Field } from '../../../sim/kpi/counters';
import { surveyScore } from '../../../sim/kpi/csat';
import { Origin } from '../../../sim/model/contacts';
import { Service } from '../../../sim/model/service';
import { buildKit, logIn, runEvents, total, voice, waitingContact, type ChannelInput, type ContactInput } from '../centreKit';

function setUp(channel: ChannelInput = voice()) {
  const kit = buildKit({ channels: [channel], advisers: [{ id: 'a', skills: { [channel.id]: 1 } }] });
  const service = new Service(
    { clock: kit.clock, frame: kit.frame, channels: kit.channels, contacts: kit.contacts, advisers: kit.advisers, router: kit.router, recorder: kit.recorder, queue: kit.queue, conditions: { slowdown: 1 } },
    { day: { becameFree: () => {} }, hands: { clearIfRaised: () => {} } },
  );
  const handlers = { talkEnd: (a: number) => service.onTalkEnd(a), wrapEnd: (a: number) => service.onWrapEnd(a) };
  /** A contact queued at 0, answered at `answerAt`, run to its end. */
  const handle = (answerAt: number, c: ContactInput = {}, origin: number = Origin.new) => {
    logIn(kit, 0);
    const slot = waitingContact(kit, 0, 0, { talk: 100, ...c });
    kit.contacts.origin[slot] = origin;
    kit.router.takeContact(0, answerAt);
    kit.clock.now = answerAt;
    service.answer(slot, 0);
    runEvents(kit, handlers, Infinity);
  };
  const csat = () => [total(kit, 0, Field.csatSum), total(kit, 0, Field.csatCount), kit.advisers.csatSum[0], kit.advisers.csatCount[0]];
  return { kit, handle, csat };
}

const base = { wait: 0, thresholdSeconds: 20, resolved: true, repeat: false, quality: null, complaint: false, noise: 0.5 };

describe('Service: the satisfaction survey', () => {
  it('a customer who answers (draw below the 15 % rate) is surveyed, on the channel and for the adviser', () => {
    const { handle, csat } = setUp();
    handle(0, { uRespond: 0.1, uSurvey: 0.5 });
    const score = surveyScore(base);
    expect(csat()).toEqual([score, 1, score, 1]);
  });

  it('a customer who does not answer leaves no survey', () => {
    const { handle, csat } = setUp();
    handle(0, { uRespond: 0.2 });
    expect(csat()).toEqual([0, 0, 0, 0]);
  });

  it('scores with the contact’s wait, its resolution and whether it was a repeat', () => {
    const { handle, csat } = setUp(voice('voice', { fcr: 0.5 } as Partial<ChannelInput>));
    handle(90, { uRespond: 0.1, uSurvey: 0.7, uResolved: 0.9 }, Origin.repeat); // waited 90 s, not resolved
    const score = surveyScore({ ...base, wait: 90, resolved: false, repeat: true, noise: 0.7 });
    expect(score).toBeLessThan(surveyScore({ ...base, noise: 0.7 }));
    expect(csat()).toEqual([score, 1, score, 1]);
  });

  it('follows the channel’s own response rate', () => {
    const { handle, csat } = setUp(voice('voice', { survey: { responseRate: 0.05 } } as Partial<ChannelInput>));
    handle(0, { uRespond: 0.1 });
    expect(csat()[1]).toBe(0);
  });
});
