/**
 * One state colour code for the whole console (floor, list, legend, card).
 * Colours come from Paul Tol's colour-blind-safe schemes, and every state also
 * has an icon, so colour is never the only cue.
 */
import type { AdviserSnapshot, AdviserStateName } from '../../sim/snapshot';
import type { IconName } from './icons';

/** Display categories: several engine states share one colour. */
export type StateCategory = 'available' | 'handling' | 'hold' | 'wrapUp' | 'away' | 'offline' | 'development';

export const palette = {
  available: '#228833',
  handling: '#4477AA',
  hold: '#66CCEE',
  wrapUp: '#AA3377',
  away: '#9AA0A6',
  offline: '#5F6670',
  development: '#009988',
  raisedHand: '#DDAA33',
  alert: '#CC3311',
} as const;

export interface StateStyle {
  readonly category: StateCategory;
  readonly colour: string;
  /** Text colour that stays readable on `colour`. */
  readonly ink: string;
  readonly icon: IconName;
  /** The adviser has left the desk: the floor shows an empty chair. */
  readonly away: boolean;
}

const style = (category: StateCategory, icon: IconName, away = false): StateStyle => ({
  category,
  colour: palette[category],
  ink: category === 'hold' || category === 'away' ? '#10151c' : '#ffffff',
  icon,
  away,
});

export const stateStyles: Readonly<Record<AdviserStateName, StateStyle>> = {
  available: style('available', 'available'),
  reserved: style('handling', 'ringing'),
  talking: style('handling', 'talking'),
  hold: style('hold', 'hold'),
  wrapUp: style('wrapUp', 'wrapUp'),
  break: style('away', 'break', true),
  offlineTask: style('away', 'offlineTask'),
  offline: style('offline', 'offline', true),
  absent: style('offline', 'absent', true),
  coaching: style('development', 'coaching'),
  training: style('development', 'training', true),
};

/** States in the order the legend and the counters show them. */
export const legendOrder: readonly AdviserStateName[] = [
  'available', 'reserved', 'talking', 'hold', 'wrapUp', 'coaching', 'training', 'offlineTask', 'break', 'absent', 'offline',
];

/** What the floor's raised-hand bubble shows: none, a hand, or a VIP hand (in the alert colour). */
export function handMark(adviser: AdviserSnapshot): 'none' | 'hand' | 'vip' {
  const hand = (adviser as { raisedHand?: unknown }).raisedHand;
  if (hand === null || typeof hand !== 'object') return 'none';
  return (hand as { vip?: boolean }).vip ? 'vip' : 'hand';
}

/** "#4477AA" → 0x4477aa, for PixiJS tints. */
export function hexToNumber(hex: string): number {
  return parseInt(hex.slice(1), 16);
}
