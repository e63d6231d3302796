import type { Lifecycle } from '@aftersales/domain';
import { graphQLEnum } from './graphql-enum.js';

/** `recordInvestigation` → `RECORD_INVESTIGATION`: the GraphQL spelling of a domain command. */
export function constantCase(command: string): string {
  return command.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/**
 * The GraphQL enum of a lifecycle's commands (an aggregate's `allowedActions`), so the admin's
 * buttons are drawn from the command table and a new command shows in the schema.
 */
export function commandEnum<K extends string>(lifecycle: Lifecycle<string, K, never>, name: string, description: string) {
  const commands = Object.keys(lifecycle.commands) as K[];
  const enumObject = graphQLEnum(commands.map(constantCase), name, description);
  return { enumObject, valuesOf: (allowed: readonly K[]) => allowed.map(constantCase) };
}
