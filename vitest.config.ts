import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A private TMPDIR and XDG_STATE_HOME, checked for leftovers at the end.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Sandboxes are real processes; two cores are shared by every file.
    fileParallelism: true,
    maxWorkers: 2,
    pool: 'forks',
  },
});
