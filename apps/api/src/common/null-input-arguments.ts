import { defaultFieldResolver, type GraphQLSchema, isInputObjectType, isObjectType } from 'graphql';

/**
 * An explicit `null` for an optional input-object argument (`regions(filter: null)`) means the same
 * as leaving it out: what clients building requests from optional variables expect. Resolvers and
 * services then only meet `undefined` (where their `filter = {}` defaults apply), never `null`.
 *
 * Done once on the built schema, for every field with such an argument, rather than in each
 * resolver; the wrapper is synchronous and only on those fields, so it costs nothing elsewhere.
 */
export function treatNullInputObjectArgumentsAsAbsent(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const optionalObjects = field.args.filter((argument) => isInputObjectType(argument.type)).map((argument) => argument.name);
      if (!optionalObjects.length) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args: Record<string, unknown>, context, info) => {
        if (!optionalObjects.some((name) => args[name] === null)) return resolve(source, args, context, info);
        const present = Object.fromEntries(Object.entries(args).filter(([name, value]) => !(value === null && optionalObjects.includes(name))));
        return resolve(source, present, context, info);
      };
    }
  }
  return schema;
}
