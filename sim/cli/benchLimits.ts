/**
 * The bench's view of the load limits: how long refusing the enormous
 * scenario takes (it must be well under a second), and how long the largest
 * scenario the limits let through takes to run headless (one run, the bound a
 * trainee or a sweep can meet).
 */
import { createSimulation, LIMITS, parseScenario, ScenarioError } from '../index';

const scenarioText = (advisers: number, perHour: number) =>
  JSON.stringify({
    schemaVersion: 2,
    id: 'bench-limits',
    title: { fr: 'limites', en: 'limits' },
    seed: 1,
    clock: { start: '00:00', end: '12:00' },
    channels: [{ id: 'voice', kind: 'voice', arrivals: { perHour }, handleTime: { dist: 'exponential', mean: 180 }, patience: { dist: 'exponential', mean: 200 } }],
    team: { generate: { count: advisers, skills: { voice: 1 } } },
  });

export function measureLimits(round: (x: number, digits?: number) => number) {
  // The enormous scenario: 5 000 advisers, 100 million calls an hour.
  const enormous = scenarioText(5000, 100_000_000);
  const t0 = performance.now();
  let refused = false;
  try {
    parseScenario(enormous, 'enormous.json');
  } catch (e) {
    refused = e instanceof ScenarioError;
  }
  const refuseEnormousMs = performance.now() - t0;
  if (!refused) throw new Error('the enormous scenario was not refused');

  const perHour = LIMITS.expectedContacts / 12;
  const t1 = performance.now();
  const sim = createSimulation(parseScenario(scenarioText(LIMITS.advisers, perHour), 'at-limits.json'));
  sim.runToEnd();
  const offered = sim.result().kpis.byChannel.voice.offered;
  return {
    refuseEnormousMs: round(refuseEnormousMs, 2),
    atLimits: { advisers: LIMITS.advisers, expectedContacts: LIMITS.expectedContacts, offered, wallMs: round(performance.now() - t1, 0) },
  };
}
