/** The launch week offers candidates; with no recruitment command its days are exactly those of the file without them. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { runCampaign, validateScenario } from '../../../sim/index';

it('launch-week: candidates nobody hires change none of its days', () => {
  const doc = JSON.parse(readFileSync('scenarios/training/launch-week.json', 'utf8'));
  expect(doc.candidates).toHaveLength(6);
  expect(doc.hiring.positions).toBe(2);
  const { candidates: _c, hiring: _h, ...plain } = doc;
  const offered = runCampaign(validateScenario(doc, 'launch-week.json'));
  const none = runCampaign(validateScenario(plain, 'plain.json'));
  expect(offered.byDay.map((d) => d.resultHash)).toEqual(none.byDay.map((d) => d.resultHash));
  expect(offered.recruitment).toEqual({ hires: [], entries: [] });
});
