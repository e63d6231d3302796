import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from './request-context.js';

/**
 * A partner's list names its center in the WHERE clause, next to the row-level security policy
 * that already limits it (defence in depth). The policy alone cannot use an index: it must also
 * let head office see every row, so it is an OR that PostgreSQL checks row by row. The explicit,
 * leakproof `column = center` is what the planner turns into an index scan on repair_center_id.
 * `column` as the query builder spells it, e.g. `wo.repairCenterId` or `w.repair_center_id`.
 */
export function onlyPartnersCenter<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, context: RequestContext, column: string): SelectQueryBuilder<T> {
  const principal = context.principal;
  if (principal?.role !== 'PARTNER') return query;
  return query.andWhere(`${column} = :partnersCenter`, { partnersCenter: principal.repairCenterId });
}
