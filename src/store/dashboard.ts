/**
 * The dashboard's tables, derived from a snapshot: one row per interval of a
 * channel (volume against forecast, SL, ASA, AHT, abandons, occupancy, backlog),
 * one row per adviser (handled, AHT, occupancy, adherence, quality, human
 * factors), and the service-level variants side by side. Pure.
 */
import type { AdviserSnapshot, ChannelKpis, IntervalPoint } from '../../sim/snapshot';
import { adherence } from './schedule';

export interface IntervalRow extends IntervalPoint {
  /** Seconds since midnight the interval starts. */
  readonly clockSeconds: number;
  /** (offered − forecast) ÷ forecast for a finished interval; null without a forecast or while it runs (it is partial). */
  readonly forecastGap: number | null;
  /** The interval in progress (its figures still move). */
  readonly current: boolean;
}

export function intervalRows(points: readonly IntervalPoint[], dayStart: number): IntervalRow[] {
  return points.map((p, i) => {
    const current = i === points.length - 1;
    return { ...p, clockSeconds: dayStart + p.start, forecastGap: !current && p.forecast > 0 ? (p.offered - p.forecast) / p.forecast : null, current };
  });
}

export interface AdviserRow {
  readonly id: string;
  readonly name: string;
  readonly state: AdviserSnapshot['state'];
  readonly handled: number;
  readonly aht: number | null;
  readonly occupancy: number | null;
  readonly adherence: number | null;
  readonly quality: number | null;
  /** Mean post-contact survey score (1–5); null before the first answer. */
  readonly csat: number | null;
  readonly mood: number;
  readonly stress: number;
  readonly fatigue: number;
}

export type AdviserSortKey = 'name' | 'handled' | 'aht' | 'occupancy' | 'adherence' | 'quality' | 'csat' | 'mood' | 'stress' | 'fatigue';

export function adviserRow(a: AdviserSnapshot, now: number): AdviserRow {
  return {
    id: a.id,
    name: a.name,
    state: a.state,
    handled: a.handled,
    aht: a.aht ?? (a.handled > 0 ? a.handlingSeconds / a.handled : null),
    occupancy: a.occupancy ?? null,
    adherence: a.schedule ? adherence(a.schedule, now) : null,
    quality: a.observedQuality,
    csat: a.csat ?? null,
    mood: a.mood,
    stress: a.stress,
    fatigue: a.fatigue,
  };
}

/** Rows sorted by a column; nulls last whatever the direction; ties keep the floor's order. */
export function adviserRows(advisers: readonly AdviserSnapshot[], now: number, sort: AdviserSortKey = 'name', descending = false): AdviserRow[] {
  const rows = advisers.map((a) => adviserRow(a, now));
  const sign = descending ? -1 : 1;
  return rows
    .map((row, i) => ({ row, i }))
    .sort((x, y) => {
      const a = x.row[sort];
      const b = y.row[sort];
      if (a === b) return x.i - y.i;
      if (a === null) return 1;
      if (b === null) return -1;
      return (typeof a === 'string' ? a.localeCompare(b as string) : a - (b as number)) * sign || x.i - y.i;
    })
    .map((x) => x.row);
}

export type ServiceLevelVariant = 'serviceLevel' | 'removedWithinThreshold' | 'g1' | 'g2';
export const serviceLevelVariantOrder: readonly ServiceLevelVariant[] = ['serviceLevel', 'removedWithinThreshold', 'g1', 'g2'];

/** The main SL and its variants (DOMAIN.md §2), today and this interval. */
export function serviceLevelVariants(today: ChannelKpis, interval: ChannelKpis): { variant: ServiceLevelVariant; today: number | null; interval: number | null }[] {
  const pick = (k: ChannelKpis, v: ServiceLevelVariant) => (v === 'serviceLevel' ? k.serviceLevel : (k.serviceLevelVariants?.[v] ?? null));
  return serviceLevelVariantOrder.map((variant) => ({ variant, today: pick(today, variant), interval: pick(interval, variant) }));
}
