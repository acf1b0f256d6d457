/** The small scenario "new scenario" starts from: one voice line, four advisers, a morning. Valid as it stands. */
import type { JsonObject } from './docPath';
import { exportSchemaVersion } from './scenarioFormat';

export function newScenarioTemplate(): JsonObject {
  const advisers = ['Camille Martin', 'Hugo Diallo', 'Inès Bernard', 'Lucas Petit'].map((name, i) => ({
    id: `a0${i + 1}`,
    name,
    skills: { voice: 0.85 },
  }));
  return {
    schemaVersion: exportSchemaVersion,
    id: 'new-scenario',
    purpose: 'training',
    title: { fr: 'Nouveau scénario', en: 'New scenario' },
    briefing: { fr: '', en: '' },
    seed: 1,
    mode: 'realistic',
    clock: { start: '08:00', end: '12:00' },
    stats: { warmupMinutes: 0, intervalMinutes: 30, shortAbandonSeconds: 5 },
    channels: [
      {
        id: 'voice',
        kind: 'voice',
        name: { fr: 'Ligne clients', en: 'Customer line' },
        serviceLevel: { thresholdSeconds: 20, target: 0.8 },
        arrivals: { perHour: 60 },
        handleTime: { dist: 'exponential', mean: 180 },
        patience: { dist: 'exponential', mean: 180 },
      },
    ],
    team: { advisers },
  };
}
