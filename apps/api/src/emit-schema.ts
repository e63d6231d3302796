import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { buildAppSchema } from './schema.js';

/** Writes apps/api/schema.graphql, the contract the admin app and partners code against. */
const target = fileURLToPath(new URL('../schema.graphql', import.meta.url));
await buildAppSchema(target);
console.log(`wrote ${target}`);
