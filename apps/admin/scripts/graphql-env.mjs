// Writes src/graphql/graphql-env.d.ts, the API schema (apps/api/schema.graphql) as a type that
// gql.tada infers every admin document's result and variables from. gql.tada's own CLI reads the
// tsconfig through the TypeScript 5 JavaScript API, which TypeScript 7 no longer has, so this calls
// the library functions that CLI uses. src/graphql/graphql-env.test.ts checks the file is current.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { minifyIntrospection, outputIntrospectionFile } from '@gql.tada/internal';
import { buildSchema, introspectionFromSchema } from 'graphql';

/** The contents graphql-env.d.ts should have for the schema `sdl`. */
export function graphqlEnvSource(sdl) {
  const introspection = introspectionFromSchema(buildSchema(sdl), { oneOf: true });
  return outputIntrospectionFile(minifyIntrospection(introspection), { fileType: '.d.ts', shouldPreprocess: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const schemaFile = fileURLToPath(new URL('../../api/schema.graphql', import.meta.url));
  const envFile = fileURLToPath(new URL('../src/graphql/graphql-env.d.ts', import.meta.url));
  const source = graphqlEnvSource(await readFile(schemaFile, 'utf8'));
  const current = await readFile(envFile, 'utf8').catch(() => null);
  if (current !== source) await writeFile(envFile, source);
  console.log(`${current === source ? 'unchanged' : 'wrote'} ${envFile}`);
}
