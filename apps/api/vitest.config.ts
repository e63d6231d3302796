import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

const conditions = ['@aftersales/source', ...defaultServerConditions];

export default defineConfig({
  // esbuild emits no decorator metadata; SWC does, as tsc would for the build.
  plugins: [
    swc.vite({
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        keepClassNames: true,
        target: 'es2022',
      },
    }),
  ],
  resolve: {
    conditions,
    // graphql 16 ships CJS and ESM builds without an exports map; Vite would pick the ESM one for
    // our code while Node gives type-graphql the CJS one, and two copies of graphql break schemas.
    alias: [
      { find: /^graphql$/, replacement: 'graphql/index.js' },
      // The global setup is resolved without the custom condition; point it at the source too.
      { find: /^@aftersales\/domain$/, replacement: fileURLToPath(new URL('../../packages/domain/src/index.ts', import.meta.url)) },
    ],
  },
  ssr: { resolve: { conditions } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
