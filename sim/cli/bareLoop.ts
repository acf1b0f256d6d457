/**
 * The benchmark's yardstick: an M/M/c queue as a minimal discrete-event loop —
 * a typed-array binary heap of (time, kind), a counter of free servers and a
 * ring buffer of waiting arrival times; no model, no KPIs beyond a wait sum.
 * The engine's throughput is reported as a ratio to this loop run in the same
 * process, which cancels out most of the machine's noise. It draws its
 * exponentials exactly as the engine does (a seeded alea stream and the
 * deterministic log of detMath.ts), so the ratio measures the engine's
 * modelling, not its choice of random numbers.
 */
import type { RandomStream } from '../engine/rng';
import { log } from '../engine/detMath';

export interface BareLoopResult {
  readonly customers: number;
  readonly events: number;
  readonly wallMs: number;
  readonly meanWait: number;
}

export function bareMmcLoop(opts: { servers: number; arrivalRate: number; meanService: number; customers: number; rng: RandomStream }): BareLoopResult {
  const { servers, arrivalRate, meanService, customers, rng } = opts;
  const capacity = servers + 16;
  const heapTime = new Float64Array(capacity);
  const heapKind = new Uint8Array(capacity); // 0 arrival, 1 departure
  let size = 0;
  const push = (t: number, k: number) => {
    let i = size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heapTime[p] <= t) break;
      heapTime[i] = heapTime[p];
      heapKind[i] = heapKind[p];
      i = p;
    }
    heapTime[i] = t;
    heapKind[i] = k;
  };
  const popInto = (): number => {
    const kind = heapKind[0];
    const t = heapTime[--size];
    const k = heapKind[size];
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= size) break;
      if (c + 1 < size && heapTime[c + 1] < heapTime[c]) c++;
      if (heapTime[c] >= t) break;
      heapTime[i] = heapTime[c];
      heapKind[i] = heapKind[c];
      i = c;
    }
    heapTime[i] = t;
    heapKind[i] = k;
    return kind;
  };
  let ring = new Float64Array(1024);
  let head = 0;
  let count = 0;
  const exp = (mean: number) => -mean * log(1 - rng.next());

  const t0 = performance.now();
  let free = servers;
  let arrived = 0;
  let events = 0;
  let waitSum = 0;
  push(exp(1 / arrivalRate), 0);
  while (size > 0) {
    const now = heapTime[0];
    const kind = popInto();
    events++;
    if (kind === 0) {
      arrived++;
      if (arrived < customers) push(now + exp(1 / arrivalRate), 0);
      if (free > 0) {
        free--;
        push(now + exp(meanService), 1);
      } else {
        if (count === ring.length) {
          const bigger = new Float64Array(ring.length * 2);
          for (let k = 0; k < count; k++) bigger[k] = ring[(head + k) % ring.length];
          ring = bigger;
          head = 0;
        }
        ring[(head + count++) % ring.length] = now;
      }
    } else if (count > 0) {
      waitSum += now - ring[head];
      head = (head + 1) % ring.length;
      count--;
      push(now + exp(meanService), 1);
    } else free++;
  }
  return { customers: arrived, events, wallMs: performance.now() - t0, meanWait: waitSum / arrived };
}
