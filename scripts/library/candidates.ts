/**
 * Candidates for a library scenario's recruitment: French names and short CVs
 * from faker's French locale with a fixed seed, hidden aptitudes, and the noisy
 * signals a supervisor sees (a CV reading and a short test drawn around the
 * candidate's merit, sim/recruitment/merit.ts). Written into the file, so the
 * file alone gives the run; regenerating gives the same bytes (no Math here,
 * only faker's seeded draws and exact arithmetic).
 */
import { fakerFR } from '@faker-js/faker';
import { candidateMerit } from '../../sim/recruitment/merit';
import type { Candidate } from '../../sim/recruitment/schema';

const JOBS = [
  'Vente en magasin', 'Caisse en grande surface', 'Accueil en agence', 'Téléconseil (assurance)', 'Restauration rapide',
  'Assistanat administratif', 'Préparation de commandes', 'Conseil bancaire', 'Animation commerciale', 'Reprise d’études',
];
const TRAITS = [
  'à l’aise au téléphone', 'rigoureux·se à l’écrit', 'patient·e avec les clients difficiles', 'cherche un poste stable',
  'bon relationnel', 'découvre la relation client', 'habitué·e aux objectifs chiffrés', 'disponible rapidement',
];

/** Noise of the CV reading and of the test (0–1 scale): much wider than an interview's (INTERVIEW_NOISE). */
export const CV_NOISE = 0.2;
export const TEST_NOISE = 0.15;

const round2 = (x: number) => Math.round(100 * x) / 100;
const clamp = (x: number) => Math.min(1, Math.max(0, x));

/** A standard normal from twelve seeded uniforms (Irwin–Hall): exact arithmetic, the same bytes everywhere. */
function normal(): number {
  let s = 0;
  for (let k = 0; k < 12; k++) s += fakerFR.number.float({ min: 0, max: 1 });
  return s - 6;
}

const experience = (years: number) => (years === 0 ? 'Premier emploi' : `${years} an${years > 1 ? 's' : ''} d’expérience`);

/** `n` candidates c01, c02…, named apart from `avoid` (the team's names), from a seed fixed by the spec. */
export function candidates(seed: number, n: number, avoid: readonly string[] = []): Candidate[] {
  fakerFR.seed(seed);
  const used = new Set(avoid);
  return Array.from({ length: n }, (_, i) => {
    let name = '';
    do name = `${fakerFR.person.firstName()} ${fakerFR.person.lastName()}`; while (used.has(name));
    used.add(name);
    const aptitudes = {
      proficiency: round2(fakerFR.number.float({ min: 0.45, max: 0.95 })),
      learningRate: round2(fakerFR.number.float({ min: 0.5, max: 1.5 })),
      resilience: round2(fakerFR.number.float({ min: 0.2, max: 0.95 })),
      quality: round2(fakerFR.number.float({ min: 0.3, max: 0.95 })),
    };
    const merit = candidateMerit(aptitudes);
    const yearsExperience = fakerFR.number.int({ min: 0, max: 12 });
    const previousJob = fakerFR.helpers.arrayElement(JOBS);
    const traits = fakerFR.helpers.arrayElements(TRAITS, 2).join(', ');
    const city = fakerFR.location.city();
    return {
      id: `c${String(i + 1).padStart(2, '0')}`,
      name,
      cv: { summary: `${experience(yearsExperience)}, ${previousJob.toLowerCase()} à ${city} ; ${traits}.`, yearsExperience, previousJob },
      signals: { cvScore: round2(clamp(merit + CV_NOISE * normal())), testScore: Math.round(100 * clamp(merit + TEST_NOISE * normal())) },
      aptitudes,
    };
  });
}
