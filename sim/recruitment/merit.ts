/**
 * What a candidate is worth, and what an interview tells about it. One merit
 * figure (0–1) sums the hidden aptitudes: the generator draws the CV and test
 * signals around it with wide noise, an interview draws around it with narrow
 * noise (narrower the longer it lasts), and the score judges hires by it.
 */
import { standardNormal } from '../engine/distributions';
import { createStream } from '../engine/rng';
import type { Candidate } from './schema';

/** Weights of the aptitudes in the merit: proficiency counts most; learning rate 0.5–1.5 maps onto 0–1. */
export function candidateMerit(a: Candidate['aptitudes']): number {
  const learning = Math.min(1, Math.max(0, a.learningRate - 0.5));
  return 0.4 * a.proficiency + 0.2 * learning + 0.2 * a.resilience + 0.2 * a.quality;
}

/** Standard deviation of a 30-minute interview's reading of the merit (0–1 scale); the test's is 0.15 in the library. */
export const INTERVIEW_NOISE = 0.05;
export const INTERVIEW_DEFAULT_MINUTES = 30;

/** Note codes by interview score (0–100), best first: the console words them (candidates.note.<code>). */
const NOTES: readonly [min: number, code: string][] = [[75, 'strong'], [60, 'good'], [45, 'mixed'], [0, 'weak']];

export interface InterviewNotes {
  /** 0–100, the same scale as the test score. */
  readonly score: number;
  readonly noteCode: string;
}

/**
 * The interview's reading: merit plus noise from the candidate's own stream (so the
 * order of interviews changes nothing), its spread shrinking as √(30 / minutes).
 */
export function interviewNotes(seed: number, c: Candidate, minutes = INTERVIEW_DEFAULT_MINUTES): InterviewNotes {
  const noise = standardNormal(createStream(seed, `interview:${c.id}`)) * INTERVIEW_NOISE * Math.sqrt(INTERVIEW_DEFAULT_MINUTES / minutes);
  const score = Math.round(100 * Math.min(1, Math.max(0, candidateMerit(c.aptitudes) + noise)));
  return { score, noteCode: NOTES.find(([min]) => score >= min)![1] };
}
