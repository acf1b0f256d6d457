/** A small multi-day centre with candidates: three short days (08:00–12:00), a few ms each. */
import { runCampaign, validateScenario, type CampaignResult, type ScenarioInput } from '../../../sim/index';

const adviser = (k: number, skills: Record<string, number>) => ({ id: `a${k}`, name: `Adviser ${k}`, skills, shift: { start: '08:00', end: '12:00' } });

/** Candidate k: merit rises with k (c1 worst … c6 best); the signals say the opposite of the truth for c5 and c6, so reading them alone misleads. */
export function candidate(k: number) {
  const a = 0.3 + 0.1 * k;
  return {
    id: `c${k}`, name: `Candidate ${k}`,
    cv: { summary: `Profile ${k}`, yearsExperience: k, previousJob: 'retail' },
    signals: { cvScore: k >= 5 ? 0.3 : a, testScore: k >= 5 ? 35 : Math.round(100 * a) },
    aptitudes: { proficiency: Math.min(1, a), learningRate: 0.5 + 0.15 * k, resilience: Math.min(1, a), quality: Math.min(1, a) },
  };
}

export function centre(extra: Partial<ScenarioInput> = {}): ScenarioInput {
  return {
    schemaVersion: 2, id: 'hire-kit', title: { fr: 'Recrutement', en: 'Recruitment' }, seed: 7,
    date: '2026-05-04', days: 3, clock: { start: '08:00', end: '12:00' },
    channels: [
      { id: 'voice', kind: 'voice', arrivals: { perHour: 40 }, handleTime: { dist: 'exponential', mean: 240 }, patience: { dist: 'exponential', mean: 120 } },
      { id: 'email', kind: 'email', arrivals: { perHour: 10 }, handleTime: { dist: 'exponential', mean: 600 }, due: { hours: 24 } },
    ],
    team: { advisers: [adviser(1, { voice: 0.8 }), adviser(2, { voice: 0.7, email: 0.6 }), adviser(3, { voice: 0.9, email: 0.5 })] },
    candidates: [1, 2, 3, 4, 5, 6].map(candidate),
    hiring: { positions: 2, shift: { start: '08:00', end: '12:00' }, skills: ['voice'] },
    ...extra,
  } as ScenarioInput;
}

export const run = (input: ScenarioInput, commands?: unknown[]): CampaignResult => runCampaign(validateScenario(input, 'hire.json'), { commands });

/** The command records of a run with this type, as [day, status, code]. */
export const outcomes = (r: CampaignResult, type: string) => r.commands.filter((c) => c.type === type).map((c) => [c.day, c.status, c.code ?? null]);
