import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Sandboxes are real processes; two cores are shared by every file.
    fileParallelism: true,
    maxWorkers: 2,
    pool: 'forks',
  },
});
