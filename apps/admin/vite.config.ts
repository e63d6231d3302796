import react from '@vitejs/plugin-react';
import { defaultClientConditions } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { defineConfig } from 'vitest/config';

const api = 'http://localhost:4000';

export default defineConfig({
  plugins: [
    react(),
    // Brotli and gzip copies beside each file, at maximum quality once per build; the API serves
    // whichever the browser accepts (apps/api/src/common/static-delivery.ts).
    compression({ algorithms: ['brotliCompress', 'gzip'] }),
  ],
  resolve: {
    // Workspace packages are consumed from source in dev, test and build.
    conditions: ['@aftersales/source', ...defaultClientConditions],
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': api,
      '/healthz': api,
      '/exports': api,
    },
  },
  build: {
    outDir: 'dist',
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: a separate chunk stays cached across releases.
        codeSplitting: {
          groups: [{ name: 'vendor', test: /[\\/]node_modules[\\/]/, priority: 1 }],
        },
      },
    },
  },
  test: {
    environment: 'happy-dom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    // Form tests type into many fields; with the API tests running beside them on a two-core
    // machine, 5 s is too tight for the slowest, though none is slow on its own.
    testTimeout: 40_000,
  },
});
