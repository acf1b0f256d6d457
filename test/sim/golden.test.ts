/**
 * Golden runs: every shipped scenario, at its own seed, gives these exact
 * figures. A change here means the engine's behaviour changed: if on purpose,
 * review the new figures and update with `npx vitest run -u test/sim/golden.test.ts`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../sim/index';
import { behaviourHash, loadScenario } from './helpers';

const files = ['scenarios/training', 'scenarios/exam', 'scenarios/validation']
  .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f)))
  .filter((f) => !f.includes('large-centre')); // the 500-adviser floor scenario is covered by the bench

const round = (v: number | null) => (v === null ? null : Number(v.toFixed(6)));

describe('golden runs', () => {
  it.each(files)('%s', (file) => {
    const sim = createSimulation(loadScenario(file));
    sim.runToEnd();
    const r = sim.result();
    const byChannel = Object.fromEntries(
      Object.entries(r.kpis.byChannel).map(([id, k]) => [
        id,
        { offered: k.offered, answered: k.answered, abandoned: k.abandoned, serviceLevel: round(k.serviceLevel), asa: round(k.asa), aht: round(k.aht) },
      ]),
    );
    expect({ events: r.events, occupancy: round(r.kpis.occupancy), byChannel, behaviourHash: behaviourHash(r) }).toMatchSnapshot();
  });
});
