/**
 * Recruitment (competence block 2.1): the scenario's candidates and hiring are
 * checked on load; the recruitment commands are refused with a code when they
 * cannot apply; a hire changes the run from its start day and not before; a run
 * replays to the same hash.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, validateScenario, type ScenarioInput } from '../../../sim/index';
import { candidate, centre, outcomes, run } from './kit';

const problems = (input: ScenarioInput): string => {
  try {
    validateScenario(input, 'hire.json');
    return '';
  } catch (e) {
    return (e as Error).message;
  }
};

describe('recruitment in the scenario file', () => {
  it('accepts the kit and refuses what cannot work, with the path and the reason', () => {
    expect(problems(centre())).toBe('');
    expect(problems(centre({ days: undefined }))).toMatch(/\$\.candidates: candidates and hiring need a multi-day scenario/);
    expect(problems(centre({ candidates: [candidate(1), candidate(1)] }))).toMatch(/\$\.candidates\[1\]\.id: duplicate candidate id "c1"/);
    expect(problems(centre({ candidates: [candidate(1)] }))).toMatch(/\$\.hiring\.positions: 2 positions for 1 candidates/);
    expect(problems(centre({ hiring: undefined }))).toMatch(/\$\.hiring: candidates need "hiring"/);
    expect(problems(centre({ candidates: undefined }))).toMatch(/\$\.candidates: "hiring" needs candidates/);
    expect(problems(centre({ hiring: { positions: 1, shift: { start: '08:00', end: '12:00' }, skills: ['chat'] } }))).toMatch(/\$\.hiring\.skills\[0\]: unknown channel "chat"/);
    expect(problems(centre({ hiring: { positions: 1, shift: { start: '12:00', end: '08:00' } } }))).toMatch(/\$\.hiring\.shift\.end: shift end must be after shift start/);
    const clash = centre();
    (clash.team as { advisers: { id: string }[] }).advisers[0].id = 'hire-c1';
    expect(problems(clash)).toMatch(/a hire's adviser id "hire-c1" is already a team member's/);
    const bad = { ...candidate(2), aptitudes: { ...candidate(2).aptitudes, proficiency: 1.5 } };
    expect(problems(centre({ candidates: [candidate(1), bad] }))).toMatch(/\$\.candidates\[1\]\.aptitudes\.proficiency/);
  });
});

describe('recruitment commands', () => {
  it('are refused in a scenario without candidates', () => {
    const r = run(centre({ candidates: undefined, hiring: undefined }), [
      { day: 1, at: '09:00', type: 'shortlist', candidateId: 'c1' },
      { day: 1, at: '09:05', type: 'hire', candidateId: 'c1', startDay: 2 },
    ]);
    expect(r.commands.map((c) => [c.type, c.status, c.code])).toEqual([['shortlist', 'rejected', 'noCandidates'], ['hire', 'rejected', 'noCandidates']]);
    expect(r.recruitment).toBeUndefined();
    // A one-day run (the live console's) refuses them too.
    const one = { ...centre({ candidates: undefined, hiring: undefined, days: undefined }) };
    const sim = createSimulation(validateScenario(one, 'one.json'), { commands: [{ at: '09:00', type: 'interview', candidateId: 'c1' }] });
    sim.runToEnd();
    expect(sim.result().commands.map((c) => c.code)).toEqual(['noCandidates']);
    expect(sim.snapshot().candidates).toBeUndefined();
  });

  it('refuse a start day that is not a later open day, a second hire of a candidate, and hires past the positions', () => {
    const r = run(centre(), [
      { day: 1, at: '09:00', type: 'hire', candidateId: 'c1', startDay: 1 },
      { day: 1, at: '09:01', type: 'hire', candidateId: 'c1', startDay: 4 },
      { day: 1, at: '09:02', type: 'hire', candidateId: 'nobody', startDay: 2 },
      { day: 1, at: '09:03', type: 'hire', candidateId: 'c1', startDay: 2 },
      { day: 1, at: '09:04', type: 'hire', candidateId: 'c1', startDay: 3 },
      { day: 2, at: '09:00', type: 'hire', candidateId: 'c2', startDay: 2 },
      { day: 2, at: '09:01', type: 'hire', candidateId: 'c2', startDay: 3 },
      { day: 2, at: '09:02', type: 'hire', candidateId: 'c3', startDay: 3 },
      { day: 2, at: '09:03', type: 'shortlist', candidateId: 'c3' },
      { day: 2, at: '09:04', type: 'shortlist', candidateId: 'c3' },
    ]);
    expect(outcomes(r, 'hire')).toEqual([
      [1, 'rejected', 'startDayNotLater'], [1, 'rejected', 'startDayPastEnd'], [1, 'rejected', 'unknownCandidate'],
      [1, 'applied', 'applied'], [1, 'rejected', 'alreadyHired'],
      [2, 'rejected', 'startDayNotLater'], [2, 'applied', 'applied'], [2, 'rejected', 'positionsFilled'],
    ]);
    expect(outcomes(r, 'shortlist')).toEqual([[2, 'applied', 'applied'], [2, 'rejected', 'alreadyShortlisted']]);
    expect(r.recruitment!.hires.map((h) => [h.adviserId, h.startDay, h.day])).toEqual([['hire-c1', 2, 1], ['hire-c2', 3, 2]]);
  });

  it('refuse a closed start day', () => {
    // Friday 15 May 2026, then the weekend (closed by default).
    const r = run(centre({ date: '2026-05-15' }), [{ day: 1, at: '09:00', type: 'hire', candidateId: 'c1', startDay: 2 }]);
    expect(outcomes(r, 'hire')).toEqual([[1, 'rejected', 'startDayClosed']]);
  });

  it('interview needs the supervisor in person and keeps them busy for its minutes', () => {
    const r = run(centre(), [
      { day: 1, at: '09:00', type: 'coach', adviserId: 'a1', minutes: 20 },
      { day: 1, at: '09:05', type: 'interview', candidateId: 'c2' },
      { day: 1, at: '10:00', type: 'interview', candidateId: 'c3', minutes: 45 },
      { day: 1, at: '10:30', type: 'recognise', adviserId: 'a2' },
      { day: 1, at: '10:50', type: 'recognise', adviserId: 'a2' },
      { day: 1, at: '11:00', type: 'interview', candidateId: 'c3' },
      { day: 2, at: '09:00', type: 'interview', candidateId: 'c9' },
    ]);
    expect(outcomes(r, 'interview')).toEqual([[1, 'rejected', 'supervisorBusy'], [1, 'applied', 'applied'], [1, 'rejected', 'alreadyInterviewed'], [2, 'rejected', 'unknownCandidate']]);
    expect(outcomes(r, 'recognise')).toEqual([[1, 'rejected', 'supervisorBusy'], [1, 'applied', 'applied']]);
    const interview = r.commands.find((c) => c.type === 'interview' && c.status === 'applied')!;
    expect(interview.params).toMatchObject({ candidate: 'Candidate 3', note: expect.any(String) });
    expect(Number(interview.params!.score)).toBeGreaterThanOrEqual(0);
  });

  it('assignBuddy pairs a present new hire with an experienced adviser', () => {
    const r = run(centre(), [
      { day: 1, at: '09:00', type: 'hire', candidateId: 'c4', startDay: 2 },
      { day: 1, at: '09:01', type: 'assignBuddy', adviserId: 'hire-c4', buddyId: 'a1' },
      { day: 2, at: '09:00', type: 'assignBuddy', adviserId: 'a2', buddyId: 'a1' },
      { day: 2, at: '09:01', type: 'assignBuddy', adviserId: 'hire-c4', buddyId: 'hire-c4' },
      { day: 2, at: '09:02', type: 'assignBuddy', adviserId: 'hire-c4', buddyId: 'a1' },
      { day: 2, at: '09:03', type: 'assignBuddy', adviserId: 'hire-c4', buddyId: 'a2' },
    ]);
    expect(outcomes(r, 'assignBuddy')).toEqual([
      [1, 'rejected', 'unknownAdviser'], [2, 'rejected', 'notNewHire'], [2, 'rejected', 'buddyNotExperienced'], [2, 'applied', 'applied'], [2, 'rejected', 'alreadyHasBuddy'],
    ]);
  });
});

describe('a hire in the run', () => {
  const hire = { day: 1, at: '10:00', type: 'hire', candidateId: 'c5', startDay: 3 };
  const without = run(centre());
  const withHire = run(centre(), [hire]);

  it('changes the days from its start day and not before', () => {
    // Day 2 is untouched; day 1 differs only by its command log (the hire is recorded there).
    expect(withHire.byDay[1].resultHash).toBe(without.byDay[1].resultHash);
    expect(withHire.byDay[0].kpis).toEqual(without.byDay[0].kpis);
    expect(withHire.byDay[0].advisers).toEqual(without.byDay[0].advisers);
    const ids = (r: typeof without, d: number) => r.byDay[d].advisers.map((a) => a.id);
    expect(ids(withHire, 0)).not.toContain('hire-c5');
    expect(ids(withHire, 1)).not.toContain('hire-c5');
    expect(ids(withHire, 2)).toContain('hire-c5');
    expect(withHire.byDay[2].resultHash).not.toBe(without.byDay[2].resultHash);
    const joined = withHire.byDay[2].advisers.find((a) => a.id === 'hire-c5')!;
    expect(Object.keys(joined.skills)).toEqual(['voice']);
  });

  it('joins a generated team too, which keeps its ids', () => {
    const generated = centre({ team: { generate: { count: 3, skills: { voice: 0.8, email: 0.5 }, shift: { start: '08:00', end: '12:00' } } } });
    const plain = run(generated);
    const hired = run(generated, [{ ...hire, startDay: 2 }]);
    expect(hired.byDay[0].advisers).toEqual(plain.byDay[0].advisers);
    expect(hired.byDay[1].advisers.map((a) => a.id)).toEqual([...plain.byDay[1].advisers.map((a) => a.id), 'hire-c5']);
  });

  it('is on the team under hire-<id> and later days may address them', () => {
    const r = run(centre(), [{ ...hire, startDay: 2 }, { day: 3, at: '09:00', type: 'coach', adviserId: 'hire-c5', minutes: 20 }]);
    expect(outcomes(r, 'coach')).toEqual([[3, 'applied', expect.stringMatching(/^(applied|deferred)$/)]]);
  });

  it('replays to the same hash, recruitment included', () => {
    const again = run(centre(), [hire]);
    expect(again.resultHash).toBe(withHire.resultHash);
    expect(again.recruitment).toEqual(withHire.recruitment);
    expect(withHire.resultHash).not.toBe(without.resultHash);
  });

  it('the live day shows the candidates without their aptitudes', () => {
    const sim = createSimulation(validateScenario(centre(), 'hire.json'), { commands: [{ at: '09:00', type: 'shortlist', candidateId: 'c2' }, { at: '09:10', type: 'interview', candidateId: 'c2' }, { at: '10:00', type: 'hire', candidateId: 'c2', startDay: 3 }] });
    sim.advanceTo(3 * 3600);
    const c2 = sim.snapshot().candidates!.find((c) => c.id === 'c2')!;
    expect(c2).toMatchObject({ shortlisted: true, hired: { startDay: 3 }, interview: { score: expect.any(Number), noteCode: expect.any(String) } });
    expect(JSON.stringify(sim.snapshot().candidates)).not.toMatch(/aptitude|learningRate|resilience/);
  });
});
