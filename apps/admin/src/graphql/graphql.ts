// Every admin document is written with this `graphql`: gql.tada infers its result and variables
// types from the API schema (graphql-env.d.ts, generated from apps/api/schema.graphql), so a
// schema change that breaks a page breaks the typecheck. See docs/architecture.md.
import { initGraphQLTada } from 'gql.tada';
import type { TypedDocumentNode } from 'urql';
import type { introspection } from './graphql-env';

export const graphql = initGraphQLTada<{
  introspection: introspection;
  // How the API's custom scalars arrive in JSON (apps/api/schema.graphql describes each).
  scalars: {
    DateTimeISO: string;
    LocalDate: string;
    Money: string;
    JSONObject: Record<string, unknown>;
  };
  // Pages read a fragment's fields directly; masking would add readFragment calls for no gain here.
  disableMasking: true;
}>();

export type { FragmentOf, ResultOf, VariablesOf } from 'gql.tada';

/** The schema's enum `Name` as a union of its values, e.g. `SchemaEnum<'TechnicianScoreOrder'>`. */
export type SchemaEnum<Name extends keyof introspection['types']> = introspection['types'][Name] extends { enumValues: infer Values } ? Values : never;

/**
 * A schema enum's values in the order a page shows them, e.g.
 * `enumValues<SchemaEnum<'TechnicianScoreOrder'>>()(['TOTAL_DESC', …])`: a value the schema lacks,
 * or one it has that the list misses, is a type error.
 */
export function enumValues<Value extends string>() {
  return <const Values extends readonly Value[]>(values: Values & ([Value] extends [Values[number]] ? unknown : 'missing a value of the enum')): Values => values;
}

/**
 * A typed document for the shared helpers that run any operation (action dialogs, settings forms,
 * lists, pickers): they pass variables and read results generically, the page holds the types.
 */
export type AnyDocument = TypedDocumentNode<any, any>;
