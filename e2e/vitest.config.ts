import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.e2e.test.ts'],
    globalSetup: ['./tests/start-product.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // One browser and one server: files run one after another.
    fileParallelism: false,
  },
});
