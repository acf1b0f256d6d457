/**
 * The floor manager (chef de plateau), opt-in: who the supervisor reports up to
 * (incidents, rule breaches, targets at risk, the end-of-day and end-of-week
 * reports) and who may grant what the supervisor may not decide alone (overflow
 * past its budget, overtime, calling staff in). A scenario without it runs
 * exactly as before. Behaviour: sim/model/floorManager.ts; scoring:
 * sim/kpi/judge/manager.ts.
 */
import { z } from 'zod';

const count = z.number().nonnegative();

export const floorManagerSchema = z
  .object({
    /** Minutes within which an incident, a rule breach or a target at risk should be reported (default 15; late up to twice this). */
    reportWithinMinutes: z.number().positive().max(240).optional(),
    /** Minutes the manager takes to answer a request (default 5). */
    answerAfterMinutes: z.number().nonnegative().max(240).optional(),
    /** What the supervisor may spend alone in a day; an item left out is not limited. */
    budget: z
      .object({
        /** Minutes of overflow groups open (all groups together) before opening one needs the manager. */
        overflowMinutes: count.optional(),
        /** Minutes of overtime asked (accepted asks) before asking more needs the manager. */
        overtimeMinutes: count.optional(),
        /** Advisers called in before calling another needs the manager. */
        callIns: z.number().int().nonnegative().optional(),
      })
      .strict()
      .optional(),
    /** This day is the last of a week or campaign: an end-of-week report is expected too (the multi-day runner sets it). */
    endOfWeek: z.boolean().optional(),
  })
  .strict();

export type FloorManagerSpec = z.infer<typeof floorManagerSchema>;

/** The spec with its defaults filled in. */
export interface FloorManagerSettings {
  readonly reportWithinMinutes: number;
  readonly answerAfterMinutes: number;
  readonly budget: { readonly overflowMinutes?: number; readonly overtimeMinutes?: number; readonly callIns?: number };
  readonly endOfWeek: boolean;
}

export const DEFAULT_REPORT_WITHIN_MINUTES = 15;
export const DEFAULT_ANSWER_AFTER_MINUTES = 5;

export function floorManagerSettings(spec: FloorManagerSpec | undefined): FloorManagerSettings | null {
  if (!spec) return null;
  return {
    reportWithinMinutes: spec.reportWithinMinutes ?? DEFAULT_REPORT_WITHIN_MINUTES,
    answerAfterMinutes: spec.answerAfterMinutes ?? DEFAULT_ANSWER_AFTER_MINUTES,
    budget: { ...(spec.budget ?? {}) },
    endOfWeek: spec.endOfWeek === true,
  };
}

export const reportSubjects = ['incident', 'ruleBreach', 'targetAtRisk', 'request', 'endOfDay', 'endOfWeek'] as const;
export type ReportSubject = (typeof reportSubjects)[number];
export const managerRequests = ['overflow', 'overtime', 'callIn'] as const;
export type ManagerRequest = (typeof managerRequests)[number];
