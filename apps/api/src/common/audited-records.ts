import type { DeepPartial, EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { notFound } from './app-error.js';
import { isUuid } from './ids.js';
import type { RequestContext } from './request-context.js';

type Identified = ObjectLiteral & { id: string };

/**
 * Create / update / (de)activate for records whose every change is audited in the same
 * transaction. Services describe the change; this does the locking and the trail.
 */
export class AuditedRecords<T extends Identified> {
  constructor(
    private readonly entity: EntityTarget<T>,
    /** The name shown in the audit log and in NOT_FOUND messages. */
    readonly entityType: string,
    /** Many-to-many relations whose ids belong in the audit snapshot. */
    private readonly auditedRelations: string[] = [],
  ) {}

  async create(
    context: RequestContext,
    values: DeepPartial<T>,
    afterSave?: (manager: EntityManager, record: T) => Promise<void>,
  ): Promise<T> {
    return context.transaction(async (manager) => {
      const record = await manager.save(this.entity, manager.create(this.entity, values));
      await afterSave?.(manager, record);
      await recordAudit(manager, context.principal, {
        action: 'CREATE',
        entityType: this.entityType,
        entityId: record.id,
        after: await this.reloadForAudit(manager, record.id),
      });
      return record;
    });
  }

  /** Locks the row, applies `change`, saves and audits before/after. */
  async update(
    context: RequestContext,
    id: string,
    change: (record: T, manager: EntityManager) => void | Promise<void>,
    action = 'UPDATE',
  ): Promise<T> {
    return context.transaction(async (manager) => {
      const record = await this.lockedOrFail(manager, id);
      const before = await this.reloadForAudit(manager, id);
      await change(record, manager);
      const saved = await manager.save(this.entity, record);
      await recordAudit(manager, context.principal, {
        action,
        entityType: this.entityType,
        entityId: id,
        before,
        after: await this.reloadForAudit(manager, id),
      });
      return saved;
    });
  }

  setActive(context: RequestContext, id: string, active: boolean): Promise<T> {
    return this.update(context, id, (record) => void Object.assign(record, { active }), active ? 'ACTIVATE' : 'DEACTIVATE');
  }

  async findOrFail(context: RequestContext, id: string): Promise<T> {
    if (!isUuid(id)) throw notFound(this.entityType, id);
    const manager = await context.manager();
    const record = await manager.findOne(this.entity, { where: { id } as never });
    if (!record) throw notFound(this.entityType, id);
    return record;
  }

  async query(context: RequestContext, alias: string): Promise<SelectQueryBuilder<T>> {
    const manager = await context.manager();
    return manager.createQueryBuilder(this.entity, alias);
  }

  private async lockedOrFail(manager: EntityManager, id: string): Promise<T> {
    if (!isUuid(id)) throw notFound(this.entityType, id);
    const record = await manager.findOne(this.entity, { where: { id } as never, lock: { mode: 'pessimistic_write' } });
    if (!record) throw notFound(this.entityType, id);
    return record;
  }

  private async reloadForAudit(manager: EntityManager, id: string): Promise<Record<string, unknown> | null> {
    return snapshot(await manager.findOne(this.entity, { where: { id } as never, relations: Object.fromEntries(this.auditedRelations.map((name) => [name, true])) as never }));
  }
}

/** `code ILIKE %term% OR name ILIKE %term%` over the given columns. */
export function applySearch<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  columns: string[],
  search: string | null | undefined,
): SelectQueryBuilder<T> {
  const term = search?.trim();
  if (!term) return query;
  const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return query.andWhere(`(${columns.map((column) => `${column} ILIKE :pattern`).join(' OR ')})`, { pattern });
}
