/** A multi-day run's score: the days' blocks on their raw scale, plus campaign-level entries. */
import { describe, expect, it } from 'vitest';
import { campaignScore, type CampaignEntry } from '../../../sim/kpi/campaignScore';

const weights = { resources: 0.4, people: 0.3, improvement: 0.3 };
const entry = (points: number, block: CampaignEntry['block'] = 'people'): CampaignEntry => ({ day: 2, at: 0, block, points, code: 'test', params: {}, text: 'test' });

describe('campaign score', () => {
  it('gives the days’ blocks back when every day scored the same, and null with no open day', () => {
    const day = { resources: 62.5, people: 40, improvement: 71 };
    const s = campaignScore([day, day, day], [], weights);
    expect(s.byBlock).toEqual(day);
    expect(s.total).toBeCloseTo(0.4 * 62.5 + 0.3 * 40 + 0.3 * 71, 1);
    expect(campaignScore([], [], weights).total).toBeNull();
  });

  it('is the days’ mean, block by block, when nothing but the days is judged', () => {
    const s = campaignScore([{ resources: 90, people: 40, improvement: 50 }, { resources: 50, people: 60, improvement: 50 }], [], weights);
    expect(s.byBlock).toEqual({ resources: 70, people: 50, improvement: 50 });
  });

  it('moves only its block, every cost costs (no floor), and shows each entry on the block’s scale', () => {
    const day = { resources: 60, people: 60, improvement: 60 };
    const base = campaignScore([day], [], weights);
    const good = campaignScore([day], [entry(8)], weights);
    const bad = campaignScore([day], [entry(-8)], weights);
    const worse = campaignScore([day], [entry(-8), entry(-200)], weights);
    expect(good.byBlock!.people).toBeGreaterThan(60);
    expect(bad.byBlock!.people).toBeLessThan(60);
    expect(worse.byBlock!.people).toBeLessThan(bad.byBlock!.people);
    expect(worse.byBlock!.people).toBeGreaterThan(0);
    expect(good.byBlock!.resources).toBe(base.byBlock!.resources);
    expect(good.entries[0].points).toBeCloseTo(good.byBlock!.people - 60, 0);
  });
});
