import { defineConfig } from 'vitest/config';

// Two groups: everything else first (files in parallel), then the browser end-to-end files one at a
// time — each starts its own service and Chromium, and two at once on a 2-core CI machine time out.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts', 'src/**/*.test.ts'], exclude: ['test/e2e/**', '**/node_modules/**'] } },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
