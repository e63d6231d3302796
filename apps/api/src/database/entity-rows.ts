import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils.js';

/*
 * Entities from rows without typeorm's general result transformer. For a plain select of one
 * entity (no joins, no relation ids) that transformer still groups every row by its primary key
 * and walks the joins and relations of each; a page of 50 rows spent more time there than in
 * PostgreSQL. This does the per-column part the same way (typeorm's own hydration of each value
 * and its setter) and nothing else. `test/entity-rows.test.ts` checks it against `getMany`.
 */

interface ColumnReader {
  key: string;
  column: EntityMetadata['columns'][number];
}

const readersByAlias = new WeakMap<EntityMetadata, Map<string, ColumnReader[]>>();

/** The columns typeorm would hydrate for a whole-entity selection under `alias`, with their result keys. */
function columnReaders(metadata: EntityMetadata, alias: string): ColumnReader[] {
  let byAlias = readersByAlias.get(metadata);
  if (!byAlias) readersByAlias.set(metadata, (byAlias = new Map()));
  let readers = byAlias.get(alias);
  if (!readers) {
    const driver = metadata.connection.driver;
    readers = metadata.columns
      .filter((column) => !column.isVirtual && !metadata.childEntityMetadatas.some((child) => child.target === column.target))
      .map((column) => ({ key: DriverUtils.buildAlias(driver, undefined, alias, column.databaseName), column }));
    byAlias.set(alias, readers);
  }
  return readers;
}

/** Rows selected as `alias.*` (typeorm's `alias_column` keys) as entities. */
export function entitiesOfRows<T extends ObjectLiteral>(metadata: EntityMetadata, alias: string, rows: readonly Record<string, unknown>[]): T[] {
  const readers = columnReaders(metadata, alias);
  const driver = metadata.connection.driver;
  const entities: T[] = new Array(rows.length);
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!;
    const entity = metadata.create(undefined, { fromDeserializer: true }) as T;
    for (const { key, column } of readers) {
      const value = row[key];
      if (value !== undefined) column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
    }
    entities[index] = entity;
  }
  return entities;
}

/**
 * Whether `entitiesOfRows` hydrates this query's result exactly as `getMany` would: the main
 * entity alone, whole or some of its columns (`alias.property` selections).
 */
export function selectsOneEntityAlone(query: SelectQueryBuilder<ObjectLiteral>): boolean {
  const map = query.expressionMap;
  const main = map.mainAlias;
  const ofMain = (selection: string) =>
    selection === main!.name || (selection.startsWith(`${main!.name}.`) && !!main!.metadata.findColumnWithPropertyName(selection.slice(main!.name.length + 1)));
  return (
    !!main?.hasMetadata &&
    map.joinAttributes.length === 0 &&
    map.relationIdAttributes.length === 0 &&
    map.selects.length > 0 &&
    map.selects.every(({ selection }) => ofMain(selection)) &&
    main.metadata.childEntityMetadatas.length === 0 &&
    main.metadata.lazyRelations.length === 0
  );
}

/** `getMany` for a query `selectsOneEntityAlone` accepts, else `getMany` itself. */
export async function manyOf<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): Promise<T[]> {
  if (!selectsOneEntityAlone(query)) return query.getMany();
  const main = query.expressionMap.mainAlias!;
  return entitiesOfRows<T>(main.metadata, main.name, await query.getRawMany());
}

const byIdStatements = new WeakMap<EntityMetadata, string>();

/**
 * The rows of `entity` with these ids, in one statement built once per entity (the SQL typeorm's
 * query builder writes for it, soft-delete condition included), in no particular order.
 */
export async function entitiesById<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, ids: readonly string[]): Promise<T[]> {
  const metadata = manager.connection.getMetadata(entity);
  let sql = byIdStatements.get(metadata);
  if (!sql) {
    [sql] = manager.connection.createQueryBuilder(entity, 'row').where('row.id = ANY(:ids)', { ids: [] }).getQueryAndParameters();
    byIdStatements.set(metadata, sql);
  }
  if (ids.length === 0) return [];
  return entitiesOfRows<T>(metadata, 'row', await manager.query(sql, [ids]));
}
