/**
 * The bench's scenarios load (they are measured past the load limits on purpose,
 * so a new loader check must not stop `npm run bench` without a test saying so).
 */
import { describe, expect, it } from 'vitest';
import { dayScenario, mmcScenario, multichannelScenario } from '../../../sim/cli/bench';

describe('the bench', () => {
  it('builds every scenario it measures, the million-customer queue included', () => {
    expect(mmcScenario(1_000_000).channels[0].arrivals).toBeDefined();
    expect(dayScenario(500).team).toBeDefined();
    expect(multichannelScenario(500).channels.length).toBeGreaterThan(1);
  });
});
