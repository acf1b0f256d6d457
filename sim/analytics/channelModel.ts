/**
 * A scenario channel seen as a queue: its mean handling time (talk + hold
 * share × hold + wrap-up) and mean patience, the inputs of Erlang C and A.
 * Shared by the editor's staffing preview and the required-staff table.
 */
import type { Distribution } from '../scenario/distribution';
import type { Channel } from '../scenario/schema';

/** The distribution's mean in seconds. */
export function meanOf(d: Distribution): number {
  switch (d.dist) {
    case 'constant':
      return d.value;
    case 'empirical': {
      const w = d.weights ?? d.values.map(() => 1);
      const total = w.reduce((a, b) => a + b, 0);
      return d.values.reduce((sum, v, i) => sum + v * w[i], 0) / total;
    }
    default:
      return d.mean;
  }
}

/** Mean handling time, seconds: talk + hold (probability × mean) + wrap-up. */
export function channelAhtSeconds(ch: Channel): number {
  return meanOf(ch.handleTime) + meanOf(ch.wrapUp) + (ch.hold ? ch.hold.probability * meanOf(ch.hold.duration) : 0);
}

/** Mean patience in seconds, or null when the channel's customers never abandon. */
export function channelPatienceSeconds(ch: Channel): number | null {
  const patience = ch.patience ? meanOf(ch.patience) : null;
  return patience !== null && patience > 0 ? patience : null;
}
