/**
 * Main-thread cost of each snapshot (store update + React + floor render),
 * kept in a ring buffer and published as `window.__perf` for the perf test.
 */
import { RingBuffer } from '../store/ringBuffer';

export interface PerfSummary {
  readonly samples: number;
  readonly advisers: number;
  readonly meanMs: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
}

export class PerfMeter {
  private readonly samples = new RingBuffer<number>(600);
  private advisers = 0;

  record(ms: number, advisers: number): void {
    if (advisers !== this.advisers) this.samples.clear();
    this.advisers = advisers;
    this.samples.push(ms);
  }

  reset(): void {
    this.samples.clear();
  }

  summary(): PerfSummary {
    const values = this.samples.toArray().sort((a, b) => a - b);
    const n = values.length;
    const pick = (q: number) => (n === 0 ? 0 : values[Math.min(n - 1, Math.floor(q * n))]);
    return {
      samples: n,
      advisers: this.advisers,
      meanMs: n === 0 ? 0 : values.reduce((s, v) => s + v, 0) / n,
      p50Ms: pick(0.5),
      p95Ms: pick(0.95),
      maxMs: n === 0 ? 0 : values[n - 1],
    };
  }
}
