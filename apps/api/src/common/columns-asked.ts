import { getNamedType, isObjectType, Kind, type GraphQLObjectType, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { Extensions, getMetadataStorage } from 'type-graphql';
import type { EntityMetadata } from 'typeorm';

/** The field extension naming what a computed field reads of its row. */
const READS = 'reads';

/**
 * Declares which properties of its row a computed field (a field resolver) reads. A list page
 * whose query asks only for columns and for fields that declare this reads only those columns; a
 * field that declares nothing makes the page read whole rows, as before. `test/list-columns.test.ts`
 * checks every declaration against the answer read from whole rows.
 */
export const Reads = (...properties: string[]) => Extensions({ [READS]: properties });

/** The fields a selection set asks for, through inline fragments and named ones. */
function* fieldsOf(selectionSet: SelectionSetNode | undefined, info: GraphQLResolveInfo): Generator<{ name: string; selectionSet?: SelectionSetNode }> {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) yield { name: selection.name.value, selectionSet: selection.selectionSet };
    else if (selection.kind === Kind.INLINE_FRAGMENT) yield* fieldsOf(selection.selectionSet, info);
    else yield* fieldsOf(info.fragments[selection.name.value]?.selectionSet, info);
  }
}

/** The selection sets of a connection's rows: under `nodes` and under `edges { node }`. */
function* rowSelections(info: GraphQLResolveInfo): Generator<SelectionSetNode | undefined> {
  for (const listField of info.fieldNodes) {
    for (const field of fieldsOf(listField.selectionSet, info)) {
      if (field.name === 'nodes') yield field.selectionSet;
      if (field.name === 'edges') for (const edgeField of fieldsOf(field.selectionSet, info)) if (edgeField.name === 'node') yield edgeField.selectionSet;
    }
  }
}

/**
 * The properties a connection's rows must be read with for what this query asks of them (the
 * primary key and the sync stamp always), or null for all of them: when a field asked for is
 * neither a column nor declares what it reads (`@Reads`).
 */
export function propertiesAsked(info: GraphQLResolveInfo, metadata: EntityMetadata): string[] | null {
  const connection = getNamedType(info.returnType);
  const nodes = isObjectType(connection) ? connection.getFields().nodes : undefined;
  const rowType = nodes ? getNamedType(nodes.type) : undefined;
  if (!rowType || !isObjectType(rowType)) return null;
  const properties = new Set<string>(metadata.primaryColumns.map((column) => column.propertyName));
  if (metadata.findColumnWithPropertyName('syncStamp')) properties.add('syncStamp');
  for (const selectionSet of rowSelections(info)) {
    for (const { name } of fieldsOf(selectionSet, info)) {
      if (name === '__typename') continue;
      const reads = readsOf(rowType, name);
      if (reads) for (const property of reads) properties.add(property);
      else if (!isComputed(rowType.name, name) && metadata.findColumnWithPropertyName(name)) properties.add(name);
      else return null;
    }
  }
  return [...properties];
}

let computedFields: Set<string> | null = null;

/** Whether a type's field is a field resolver (which may read any property of its row), not a property. */
function isComputed(typeName: string, field: string): boolean {
  if (!computedFields) {
    const storage = getMetadataStorage();
    computedFields = new Set(
      storage.fieldResolvers.map((resolver) => {
        const target = resolver.getObjectType?.();
        const type = storage.objectTypes.find((objectType) => objectType.target === target);
        return `${type?.name}.${resolver.schemaName}`;
      }),
    );
  }
  return computedFields.has(`${typeName}.${field}`);
}

function readsOf(type: GraphQLObjectType, field: string): readonly string[] | null {
  const reads = type.getFields()[field]?.extensions?.[READS];
  return Array.isArray(reads) ? (reads as string[]) : null;
}
