import { registerEnumType } from 'type-graphql';

/** A GraphQL enum from one of the domain's `as const` lists. */
export function graphQLEnum<const V extends string>(values: readonly V[], name: string, description: string) {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as { [K in V]: K };
  registerEnumType(enumObject, { name, description });
  return enumObject;
}
