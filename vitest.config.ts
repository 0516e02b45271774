import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/remove-temp-dirs.ts'],
    // End-to-end tests spawn the real CLI on real files; the machine may be busy.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
