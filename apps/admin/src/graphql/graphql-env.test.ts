import { describe, expect, it } from 'vitest';
import schemaSource from '../../../api/schema.graphql?raw';
import { graphqlEnvSource } from '../../scripts/graphql-env.mjs';
import committed from './graphql-env.d.ts?raw';

describe('graphql-env.d.ts', () => {
  it('matches apps/api/schema.graphql (regenerate with `pnpm --filter @aftersales/admin graphql-env`)', () => {
    expect(committed).toBe(graphqlEnvSource(schemaSource));
  });
});
