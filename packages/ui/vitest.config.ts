import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@aftersales/source'] },
  test: {
    environment: 'happy-dom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
