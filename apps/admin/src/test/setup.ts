import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… and waitFor give up after 1 s by default: too short for a page's first render when CI
// runs these beside the API tests on two cores (issue #13 saw 5 s fail under load, and 10 s failed
// once for a lazily loaded page compiled on first use while other suites ran). A passing
// wait returns as soon as its element shows, so a long limit costs only the failing tests time.
// No test passes a shorter `timeout` of its own.
configure({ asyncUtilTimeout: 20_000 });

// Without vitest globals, testing-library cannot register its own cleanup.
afterEach(() => {
  cleanup();
  localStorage.clear();
});
