import { describe, expect, it } from 'vitest';
import type { CommandRecord } from '../../../sim/snapshot';
import { centreSettings } from '../../../src/store/centreSettings';
import type { ChannelSummary } from '../../../src/worker/protocol';

const channel = (id: string, kind: ChannelSummary['kind'], over: Partial<ChannelSummary> = {}): ChannelSummary =>
  ({ id, kind, thresholdSeconds: 20, target: 0.8, forecast: 0, forecastByInterval: [], ...over }) as ChannelSummary;
const record = (type: string, command: Record<string, unknown>, status: 'applied' | 'rejected' = 'applied'): CommandRecord => ({ at: 0, type, status, command: { type, ...command } });

describe('centre settings', () => {
  const channels = [channel('voice', 'voice', { callbackOffer: true, priority: 2 }), channel('chat', 'chat'), channel('out', 'outbound')];

  it("start from the scenario's values", () => {
    expect(centreSettings(channels, [])).toEqual({
      callbackOffer: { voice: true },
      ivrMessage: { voice: 'none' },
      priority: { voice: 2, chat: null, out: null },
      dialerOverride: { out: false },
    });
  });

  it('follow the applied commands in order, ignoring refused ones', () => {
    const s = centreSettings(channels, [
      record('setCallbackOffer', { channelId: 'voice', enabled: false }),
      record('setIvrMessage', { channelId: 'voice', message: 'incident' }),
      record('setQueuePriority', { channelId: 'chat', priority: 1 }),
      record('overrideDialerRules', { channelId: 'out', enabled: true }),
      record('overrideDialerRules', { channelId: 'out', enabled: false }, 'rejected'),
      record('setCallbackOffer', { channelId: 'chat', enabled: true }),
    ]);
    expect(s.callbackOffer).toEqual({ voice: false });
    expect(s.ivrMessage.voice).toBe('incident');
    expect(s.priority.chat).toBe(1);
    expect(s.dialerOverride.out).toBe(true);
  });
});
