import { readFileSync } from 'node:fs';
import { hashString, parseScenario, type Scenario, type SimulationResult } from '../../sim/index';

export function loadScenario(path: string): Scenario {
  return parseScenario(readFileSync(path, 'utf8'), path);
}

export const DEFAULT_SCENARIO = 'scenarios/training/default-weekday-morning.json';

/**
 * The result's hash without the score and its baseline: what the engine did,
 * not how it was judged. The behaviour locks (golden runs, result hashes) use it.
 */
export function behaviourHash(result: SimulationResult): string {
  const { score: _score, resultHash: _hash, ...behaviour } = result as SimulationResult & { baseline?: unknown };
  delete (behaviour as { baseline?: unknown }).baseline;
  return hashString(JSON.stringify(behaviour));
}


/** A scenario cut to 08:00–12:00 in hour intervals, the first hour warm-up, forecast from its arrivals: a short steady day for staffing searches. */
export function shortDay(path: string): Scenario {
  const s = loadScenario(path);
  return {
    ...s,
    clock: { ...s.clock, start: '08:00', end: '12:00' },
    stats: { ...s.stats, warmupMinutes: 60, intervalMinutes: 60 },
    channels: s.channels.map((c) => ({ ...c, forecast: undefined })),
  };
}
