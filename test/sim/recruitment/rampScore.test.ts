/**
 * What recruitment decisions are worth: an interview reads a candidate better
 * than the test, a hire ramps up faster with coaching or a buddy, and the score
 * prefers hiring the best candidate to hiring the worst.
 */
import { describe, expect, it } from 'vitest';
import { standardNormal } from '../../../sim/engine/distributions';
import { createStream } from '../../../sim/engine/rng';
import { candidateMerit, interviewNotes } from '../../../sim/recruitment/merit';
import { emptyRecruitment } from '../../../sim/recruitment/desk';
import { BUDDY_SLOWDOWN, rampRate, untouchedRamp } from '../../../sim/recruitment/ramp';
import { RecruitmentRun } from '../../../sim/recruitment/run';
import { validateScenario } from '../../../sim/index';
import { TEST_NOISE } from '../../../scripts/library/candidates';
import { candidate, centre, run } from './kit';

const clamp = (x: number) => Math.min(1, Math.max(0, x));

describe('interviews', () => {
  it('sharpen the signals: over many candidates the interview is closer to the truth than the test', () => {
    // 400 candidates; the test score is drawn as the scenario library draws it (merit + N(0, TEST_NOISE = 0.15)).
    // The interview's noise is 0.05 (30 min), so its mean absolute error should be about a third of the test's;
    // asking for under half leaves a wide margin (the two errors' sampling spread over 400 draws is ~5 %).
    const rng = createStream(99, 'population');
    let testError = 0;
    let interviewError = 0;
    for (let k = 0; k < 400; k++) {
      const aptitudes = { proficiency: rng.next(), learningRate: 0.5 + rng.next(), resilience: rng.next(), quality: rng.next() };
      const merit = candidateMerit(aptitudes);
      const testScore = Math.round(100 * clamp(merit + TEST_NOISE * standardNormal(rng)));
      const c = { ...candidate(1), id: `p${k}`, signals: { cvScore: 0.5, testScore }, aptitudes };
      testError += Math.abs(testScore - 100 * merit);
      interviewError += Math.abs(interviewNotes(5, c).score - 100 * merit);
    }
    expect(interviewError).toBeLessThan(0.5 * testError);
  });

  it('read the same whenever they happen, and sharper the longer they last', () => {
    const c = candidate(3);
    expect(interviewNotes(5, c)).toEqual(interviewNotes(5, c));
    const truth = 100 * candidateMerit(c.aptitudes);
    expect(Math.abs(interviewNotes(5, c, 90).score - truth)).toBeLessThanOrEqual(Math.abs(interviewNotes(5, c, 10).score - truth) + 1);
  });
});

describe('ramp-up', () => {
  it('the rate grows with the learning rate, a buddy, coaching and training (each boost capped)', () => {
    const base = { learningRate: 1, buddy: false, coachingMinutes: 0, trainingMinutes: 0 };
    expect(rampRate(base)).toBe(0.05);
    expect(rampRate({ ...base, learningRate: 1.4 })).toBeGreaterThan(rampRate(base));
    expect(rampRate({ ...base, buddy: true })).toBeGreaterThan(rampRate(base));
    expect(rampRate({ ...base, coachingMinutes: 30 })).toBeGreaterThan(rampRate(base));
    expect(rampRate({ ...base, coachingMinutes: 6000 })).toBe(rampRate({ ...base, coachingMinutes: 90 }));
    expect(rampRate({ ...base, trainingMinutes: 60 })).toBeGreaterThan(rampRate(base));
    expect(untouchedRamp(0.4, 1, 0)).toBeCloseTo(0.4, 12);
    expect(untouchedRamp(0.4, 1, 2)).toBeCloseTo(1 - 0.6 * 0.95 ** 2, 12);
  });

  // Hired on day 1, on the team days 2 and 3: what they reach at the end of day 3.
  const hire = { day: 1, at: '09:00', type: 'hire', candidateId: 'c3', startDay: 2 };
  const reached = (commands: unknown[]) => {
    const r = run(centre(), [hire, ...commands]);
    return r.byDay[2].advisers.find((a) => a.id === 'hire-c3')!.skills.voice;
  };
  const alone = reached([]);

  it('is faster with coaching and with a buddy than left alone', () => {
    const coached = reached([{ day: 2, at: '08:30', type: 'coach', adviserId: 'hire-c3', minutes: 45 }]);
    const buddied = reached([{ day: 2, at: '08:30', type: 'assignBuddy', adviserId: 'hire-c3', buddyId: 'a3' }]);
    const trained = reached([{ day: 2, at: '08:30', type: 'sendToTraining', adviserId: 'hire-c3', minutes: 60 }]);
    expect(coached).toBeGreaterThan(alone);
    expect(buddied).toBeGreaterThan(alone);
    expect(trained).toBeGreaterThan(alone);
  });

  it('slows the buddy on the days after the pairing, and gives back what the slowdown took', () => {
    const r = RecruitmentRun.of(validateScenario(centre(), 'hire.json'), 7)!;
    const carry = { contacts: [], retrials: {}, advisers: { a3: { fatigue: 0, stress: 0.15, mood: 0.6, skills: { voice: 0.9, email: 0.5 }, daysWorked: 1 } } };
    // The desk paired a3 with a hire on day 2: nothing changes on day 2, day 3 starts slowed.
    r.afterDay({ state: () => ({ ...emptyRecruitment, buddies: [{ adviserId: 'hire-c3', buddyId: 'a3', day: 2 }] }) }, 2, carry, carry, carry);
    expect(r.carryIn(carry, 2)).toBe(carry);
    const slowed = r.carryIn(carry, 3);
    expect(slowed.advisers.a3.skills.voice).toBeCloseTo(0.9 * BUDDY_SLOWDOWN, 12);
    // What the day added on the slowed figure (here +0.02 of coaching kept) is kept, on top of the true one.
    const out = { ...slowed, advisers: { a3: { ...slowed.advisers.a3, skills: { voice: slowed.advisers.a3.skills.voice + 0.02, email: slowed.advisers.a3.skills.email } } } };
    const back = r.afterDay(null, 3, carry, slowed, out);
    expect(back.advisers.a3.skills.voice).toBeCloseTo(0.92, 12);
    expect(back.advisers.a3.skills.email).toBeCloseTo(0.5, 12);
  });

  it('costs the buddy a little speed while paired, not what they know', () => {
    const r = run(centre(), [hire, { day: 1, at: '09:00', type: 'hire', candidateId: 'c4', startDay: 2 }, { day: 2, at: '08:30', type: 'assignBuddy', adviserId: 'hire-c3', buddyId: 'a3' }]);
    expect(r.byDay[2].advisers.find((a) => a.id === 'a3')!.skills.voice).toBeCloseTo(0.9, 9);
  });
});

describe('the recruitment score', () => {
  const points = (commands: unknown[], code?: RegExp) => run(centre(), commands).recruitment!.entries.filter((e) => !code || code.test(e.code)).reduce((t, e) => t + e.points, 0);

  it('hiring the best scores higher than hiring the worst', () => {
    const best = [{ day: 1, at: '09:00', type: 'hire', candidateId: 'c6', startDay: 2 }, { day: 1, at: '09:01', type: 'hire', candidateId: 'c5', startDay: 2 }];
    const worst = [{ day: 1, at: '09:00', type: 'hire', candidateId: 'c1', startDay: 2 }, { day: 1, at: '09:01', type: 'hire', candidateId: 'c2', startDay: 2 }];
    expect(points(best, /^hire/)).toBe(20);
    expect(points(worst, /^hire/)).toBeLessThan(0);
    const r = run(centre(), worst);
    expect(r.recruitment!.entries.filter((e) => e.code === 'hireBetterAvailable').map((e) => e.params.better)).toEqual(['Candidate 6', 'Candidate 6']);
    expect(r.recruitment!.entries.every((e) => e.block === 'people')).toBe(true);
  });

  it('rewards a ramp-up faster than the untouched one, and gives nothing for one left alone', () => {
    const hire = { day: 1, at: '09:00', type: 'hire', candidateId: 'c3', startDay: 2 };
    const coached = [hire, { day: 2, at: '08:30', type: 'coach', adviserId: 'hire-c3', minutes: 45 }, { day: 3, at: '08:30', type: 'coach', adviserId: 'hire-c3', minutes: 45 }];
    const entry = (commands: unknown[]) => run(centre(), commands).recruitment!.entries.find((e) => e.code.startsWith('rampUp'))!;
    expect(entry([hire])).toMatchObject({ code: 'rampUpUntouched', points: 0, day: 3 });
    expect(entry(coached)).toMatchObject({ code: 'rampUpFaster' });
    expect(entry(coached).points).toBeGreaterThan(0);
  });
});
