// `node --conditions=@aftersales/source --import ./test/support/register-swc.mjs src/main.ts`
// runs the API from its TypeScript sources, compiled by SWC as vitest compiles them (see
// swc-hooks.mjs), so tests can start real API processes without a build first.
import { register } from 'node:module';

register('./swc-hooks.mjs', import.meta.url);
