import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Statistical validation replicates whole days; give them room on a 2-core machine.
    testTimeout: 120_000,
    pool: 'forks',
  },
});
