/**
 * The words the open space shows, as pure functions of a snapshot and a
 * language (no PixiJS, no DOM): the wallboard line, what the supervisor is
 * doing, a marker's tooltip and the static layer's labels.
 */
import type { AdviserSnapshot, Snapshot } from '../../sim/snapshot';
import { translate, type Lang, type MessageKey, type Params } from '../i18n';
import { formatDuration, formatPercent } from '../i18n/format';
import { supervisorText } from '../store/supervisorText';
import type { StaticLabels } from './staticLayer';

export interface BoardLine {
  readonly text: string;
  /** Shown in the alarm colour: the first channel's SL below target, or a wait past its threshold. */
  readonly alert: boolean;
}

/** The wallboard: the first channel's SL today, everything waiting, the longest wait. Null before any channel. */
export function wallboardLine(s: Pick<Snapshot, 'channels'>, lang: Lang): BoardLine | null {
  const c = s.channels[0];
  if (!c) return null;
  let queue = 0;
  let wait = 0;
  for (const ch of s.channels) {
    queue += ch.queueLength;
    wait = Math.max(wait, ch.longestWait);
  }
  const text = translate(lang, 'floor.wallboard', { sl: formatPercent(c.today.serviceLevel, lang), queue, wait: formatDuration(wait) });
  return { text, alert: (c.today.serviceLevel !== null && c.today.serviceLevel < c.target) || wait > c.thresholdSeconds };
}

/** Beside the supervisor's desk: what they are doing ("busy" when not available). Null when the snapshot has no supervisor. */
export function supervisorLine(s: Pick<Snapshot, 'supervisor' | 'advisers' | 'clockSeconds' | 'time'>, lang: Lang): BoardLine | null {
  if (!s.supervisor) return null;
  const t = (key: MessageKey, params?: Params) => translate(lang, key, params);
  return { text: supervisorText(s.supervisor, s.advisers, s.clockSeconds - s.time, t), alert: s.supervisor.state !== 'available' };
}

export function tooltipText(a: AdviserSnapshot, time: number, lang: Lang): string {
  return translate(lang, 'floor.tooltip', { name: a.name, state: translate(lang, `state.${a.state}`), duration: formatDuration(time - a.stateSince) });
}

export function staticLabels(lang: Lang): StaticLabels {
  return {
    team: (n) => translate(lang, 'floor.team', { n }),
    neighbours: translate(lang, 'floor.neighbours'),
    supervisor: translate(lang, 'floor.supervisor'),
  };
}
