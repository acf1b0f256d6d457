import { readFileSync } from 'node:fs';
import { parseScenario, type Scenario } from '../../sim/index';

export function loadScenario(path: string): Scenario {
  return parseScenario(readFileSync(path, 'utf8'), path);
}

export const DEFAULT_SCENARIO = 'scenarios/training/default-weekday-morning.json';
