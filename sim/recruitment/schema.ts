/**
 * Recruitment in a scenario file (competence block 2.1): the candidates a
 * multi-day run offers and the positions to fill. Each candidate carries the
 * hidden truth (`aptitudes`, never shown before the hire) and what the
 * supervisor sees (a CV, noisy signals). Both are written into the file by the
 * scenario library, so a file alone gives the same run. Optional: a file
 * without them reads exactly as before.
 */
import { z } from 'zod';
import { clockTime } from '../scenario/clock';

const unit = z.number().min(0).max(1);

export const candidateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a candidate id is lower-case letters, digits and "-"'),
    name: z.string().min(1),
    cv: z
      .object({ summary: z.string(), yearsExperience: z.number().nonnegative().max(50), previousJob: z.string() })
      .strict(),
    /** What the supervisor sees before any interview: a CV reading and a short test, both noisy. */
    signals: z.object({ cvScore: unit, testScore: z.number().min(0).max(100) }).strict(),
    /** The hidden truth: never in the console's snapshot before the hire. */
    aptitudes: z
      .object({
        /** Proficiency once trained (the start proficiency is a share of it). */
        proficiency: unit,
        /** Ramp-up speed multiplier (1: the usual new hire). */
        learningRate: z.number().min(0.2).max(3),
        resilience: unit,
        quality: unit,
      })
      .strict(),
  })
  .strict();
export type Candidate = z.infer<typeof candidateSchema>;

export const hiringSchema = z
  .object({
    /** How many candidates may be hired over the run. */
    positions: z.number().int().min(1).max(20),
    /** The shift a hire works every open day from their start day. */
    shift: z.object({ start: clockTime, end: clockTime }).strict(),
    /** Channel ids a hire is trained on (default: every channel but outbound ones). */
    skills: z.array(z.string().min(1)).min(1).optional(),
  })
  .strict();
export type Hiring = z.infer<typeof hiringSchema>;

/** Spread into the scenario schema. */
export const recruitmentOptions = {
  candidates: z.array(candidateSchema).min(1).max(40).optional(),
  hiring: hiringSchema.optional(),
};
