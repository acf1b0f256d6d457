/**
 * A finished sweep as the lab shows it: per variant, the KPIs' mean and 95 %
 * interval for the day and per interval (sim/kpi/labSummary.ts), the advisers on
 * shift per interval and channel, and the Erlang C / A prediction for that
 * staffing (sim/analytics/erlangOverlay.ts).
 */
import { erlangOverlay, overlayCaveats, type ChannelOverlay, type OverlayCaveat } from '../../sim/analytics/erlangOverlay';
import { summariseLab, type LabReplication, type LabSummary } from '../../sim/kpi/labSummary';
import { onShiftPerInterval } from '../../sim/scenario/roster';
import { toSeconds } from '../../sim/scenario/schema';
import type { Variant } from '../../sim/scenario/variants';
import type { LabDimension, LabPlan } from './plan';

export interface LabVariantResult {
  readonly variant: Variant;
  readonly value: number;
  readonly summary: LabSummary;
  /** Voice-like channels only. */
  readonly overlay: readonly ChannelOverlay[];
  /** Channel id → advisers on shift with its skill, per interval. */
  readonly onShift: Readonly<Record<string, readonly number[]>>;
}

export interface LabResults {
  readonly dimension: LabDimension;
  readonly replications: number;
  readonly seeds: readonly number[];
  readonly scenarioId: string;
  readonly channels: readonly { readonly id: string; readonly kind: string }[];
  /** Seconds since midnight of each interval's start. */
  readonly intervalStarts: readonly number[];
  readonly variants: readonly LabVariantResult[];
  readonly caveats: readonly OverlayCaveat[];
}

type Planned = Extract<LabPlan, { ok: true }>;

export function labResults(plan: Planned, raw: readonly (readonly LabReplication[])[]): LabResults {
  const base = plan.settings.scenario;
  const channels = base.channels.map((c) => ({ id: c.id, kind: c.kind }));
  const ids = channels.map((c) => c.id);
  const step = base.stats.intervalMinutes * 60;
  const first = plan.variants[0]?.run.scenario ?? base;
  const intervalStarts = onShiftPerInterval(first).map((_, k) => toSeconds(base.clock.start) + k * step);
  const variants = plan.variants.map((v, i): LabVariantResult => ({
    variant: v.variant,
    value: v.value,
    summary: summariseLab(ids, raw[i]),
    overlay: erlangOverlay(v.run.scenario),
    onShift: Object.fromEntries(ids.map((id) => [id, onShiftPerInterval(v.run.scenario, (e) => (e.skills[id] ?? 0) > 0)])),
  }));
  return {
    dimension: plan.settings.dimension,
    replications: plan.seeds.length,
    seeds: plan.seeds,
    scenarioId: base.id,
    channels,
    intervalStarts,
    variants,
    caveats: overlayCaveats(first),
  };
}
