/** Distributions of durations (seconds) and counts, as written in scenario files. */
import { z } from 'zod';

const positive = z.number().positive();
const nonNegative = z.number().nonnegative();

/** Durations in seconds. */
export const distributionSchema = z.discriminatedUnion('dist', [
  z.object({ dist: z.literal('exponential'), mean: positive }).strict(),
  z.object({ dist: z.literal('lognormal'), mean: positive, cv: positive }).strict(),
  z.object({ dist: z.literal('gamma'), mean: positive, cv: positive }).strict(),
  z.object({ dist: z.literal('constant'), value: nonNegative }).strict(),
  z
    .object({
      dist: z.literal('empirical'),
      values: z.array(nonNegative).min(1),
      weights: z.array(nonNegative).optional(),
    })
    .strict()
    .refine((d) => !d.weights || d.weights.length === d.values.length, {
      message: 'weights must have one entry per value',
      path: ['weights'],
    })
    .refine((d) => !d.weights || d.weights.some((w) => w > 0), {
      message: 'at least one weight must be positive',
      path: ['weights'],
    }),
]);
export type Distribution = z.infer<typeof distributionSchema>;
