import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… and waitFor give up after 1 s by default: too short for a page's first render when CI
// runs these beside the API tests on two cores.
configure({ asyncUtilTimeout: 5_000 });

// Without vitest globals, testing-library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  localStorage.clear();
});
