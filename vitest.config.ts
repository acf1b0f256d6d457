import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Statistical validation replicates whole days; give them room on a 2-core machine.
    testTimeout: 120_000,
    pool: 'forks',
    // One fork per core (vitest's default leaves one core out): many files spend their time waiting on
    // command-line child processes, so two forks keep a 2-core machine busy (measured: 306 s → 241 s).
    maxWorkers: availableParallelism(),
  },
});
