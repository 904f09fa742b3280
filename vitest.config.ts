import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    // The property tests run many random edit sequences; give them room on a 2-core CI box.
    testTimeout: 30_000,
  },
});
