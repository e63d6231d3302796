import { defineConfig, mergeConfig } from 'vite';
import adminConfig from './vite.config';

/**
 * The API explorer (GraphiQL, explorer.html), built on its own after the admin app into
 * dist/explorer, which the API serves at /explorer. A build of its own keeps GraphiQL and its
 * editor out of the admin's shared vendor chunk, which every admin page loads.
 */
export default mergeConfig(
  { ...adminConfig, test: undefined },
  defineConfig({
    base: '/explorer/',
    build: {
      outDir: 'dist/explorer',
      emptyOutDir: true,
      // GraphiQL with CodeMirror and its GraphQL language service is one 1.3 MB vendor chunk (415 kB
      // compressed), loaded only by the explorer.
      chunkSizeWarningLimit: 1500,
      rolldownOptions: { input: 'explorer.html' },
    },
  }),
);
