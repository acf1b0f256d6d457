/**
 * The centre's settings the action bar shows as on/off: callback offer and IVR
 * message per voice channel, queue priority per channel, dialer override per
 * outbound channel. The snapshot does not carry them, so they are the
 * scenario's values updated by the applied commands, in order. Pure.
 */
import type { CommandRecord } from '../../sim/snapshot';
import type { ChannelSummary } from '../worker/protocol';

export interface CentreSettings {
  readonly callbackOffer: Readonly<Record<string, boolean>>;
  readonly ivrMessage: Readonly<Record<string, 'none' | 'incident'>>;
  /** null: the scenario set none. */
  readonly priority: Readonly<Record<string, number | null>>;
  readonly dialerOverride: Readonly<Record<string, boolean>>;
}

export function centreSettings(channels: readonly ChannelSummary[], log: readonly CommandRecord[]): CentreSettings {
  const callbackOffer: Record<string, boolean> = {};
  const ivrMessage: Record<string, 'none' | 'incident'> = {};
  const priority: Record<string, number | null> = {};
  const dialerOverride: Record<string, boolean> = {};
  for (const c of channels) {
    if (c.kind === 'voice') {
      callbackOffer[c.id] = c.callbackOffer ?? false;
      ivrMessage[c.id] = 'none';
    }
    if (c.kind === 'outbound') dialerOverride[c.id] = false;
    priority[c.id] = c.priority ?? null;
  }
  for (const r of log) {
    if (r.status !== 'applied' || r.reason === 'scheduled') continue;
    const cmd = r.command;
    const id = typeof cmd.channelId === 'string' ? cmd.channelId : '';
    if (r.type === 'setCallbackOffer' && id in callbackOffer) callbackOffer[id] = cmd.enabled === true;
    else if (r.type === 'setIvrMessage' && id in ivrMessage) ivrMessage[id] = cmd.message === 'incident' ? 'incident' : 'none';
    else if (r.type === 'setQueuePriority' && id in priority && typeof cmd.priority === 'number') priority[id] = cmd.priority;
    else if (r.type === 'overrideDialerRules' && id in dialerOverride) dialerOverride[id] = cmd.enabled === true;
  }
  return { callbackOffer, ivrMessage, priority, dialerOverride };
}
