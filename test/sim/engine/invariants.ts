import { expect } from 'vitest';
import { Simulation } from '../../../sim/simulation';

/**
 * Every contact in the system is in exactly one place: waiting in one queue,
 * or in service with one adviser, one overflow group or on one dialled call.
 */
export function expectConservation(sim: Simulation): void {
  const contacts = sim.contacts;
  const waiting = sim.router.waiting.reduce((n, w) => n + w, 0);
  let exclusive = 0;
  let concurrent = 0;
  for (let a = 0; a < sim.advisers.count; a++) {
    if (sim.advisers.contact[a] >= 0) exclusive++;
    concurrent += sim.advisers.concurrent[a];
  }
  const external = sim.overflow.groups.reduce((n, g) => n + g.busy, 0);
  expect(contacts.waitingCount, 'waiting contacts = contacts in queues').toBe(waiting);
  expect(contacts.inServiceCount, 'contacts in service = held by advisers or overflow groups').toBe(exclusive + concurrent + external);
  expect(contacts.inSystem, 'every contact in the system is waiting or in service').toBe(waiting + exclusive + concurrent + external);
}

/** Runs a simulation event by event, checking conservation after each; returns the number of checks. */
export function runCheckingEveryEvent(sim: Simulation, check: (sim: Simulation) => void = expectConservation): number {
  let checks = 0;
  while (!sim.finished) {
    sim.advanceTo(sim.loop.nextEventTime());
    check(sim);
    checks++;
  }
  return checks;
}

/** At the end of a day, every offered contact has exactly one outcome. */
export function expectEveryContactAccountedFor(sim: Simulation): void {
  expect(sim.finished).toBe(true);
  const r = sim.result();
  for (const [id, k] of Object.entries(r.kpis.byChannel)) {
    expect(k.answered + k.abandoned + k.callbacksAccepted + k.carriedOver, `${id}: offered = answered + abandoned + callbacks + carried over`).toBe(k.offered);
    expect(k.handled + k.overflowed, `${id}: every answered (or reached) contact was handled, by the team or the overflow`).toBe(k.answered + k.outbound.reached);
    expect(k.outbound.reached + k.outbound.unreached, `${id}: every dial attempt has an outcome`).toBe(k.outbound.attempts);
  }
  expect(sim.contacts.inSystem).toBe(0);
}
