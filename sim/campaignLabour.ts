/**
 * Labour rules across days (DOMAIN.md §7), checked on what happened: 11 hours of daily
 * rest between two working days (Code du travail L3131-1) and at most 10 hours of work a
 * day (L3121-18). The planned rota is checked on load (sim/scenario/campaignCheck.ts: a
 * rota that breaks them is refused); here overtime and call-ins can still break them,
 * and each time is logged as a breach.
 */
export const DAILY_REST_SECONDS = 11 * 3600;
export const DAILY_MAX_SECONDS = 10 * 3600;

/** One adviser's day on the floor, seconds on that day's clock. */
export interface DayShiftTimes {
  readonly firstLogin: number;
  readonly lastLogout: number;
  /** Logged-in time (breaks on the floor included, as the timesheet counts it). */
  readonly worked: number;
}

export interface LabourBreachAcrossDays {
  readonly day: number;
  readonly adviserId: string;
  readonly rule: 'dailyRest11h' | 'dailyMax10h' | 'weeklyMax48h' | 'weeklyRest35h';
  /** Hours of rest before the day (or the week's longest rest), or hours worked that day (or that week). */
  readonly hours: number;
}

/** Breaches of day `day`, given the previous working day's times `nights` calendar days earlier. */
export function labourAcrossDays(day: number, today: ReadonlyMap<string, DayShiftTimes>, before: ReadonlyMap<string, DayShiftTimes>, nights: number): LabourBreachAcrossDays[] {
  const out: LabourBreachAcrossDays[] = [];
  const hours = (s: number) => Math.round((s / 3600) * 100) / 100;
  for (const [adviserId, t] of today) {
    const prev = before.get(adviserId);
    if (prev && Number.isFinite(nights)) {
      const rest = nights * 86400 - prev.lastLogout + t.firstLogin;
      if (rest < DAILY_REST_SECONDS) out.push({ day, adviserId, rule: 'dailyRest11h', hours: hours(rest) });
    }
    if (t.worked > DAILY_MAX_SECONDS) out.push({ day, adviserId, rule: 'dailyMax10h', hours: hours(t.worked) });
  }
  return out;
}
