import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from 'typeorm';
import { recordOutboxEvent } from '../src/webhooks/outbox.js';
import { startTestApp, type TestApp } from './test-app.js';

/** The transactional outbox: an event lives and dies with the change that raised it. */
let app: TestApp;
let centerA: string;
let centerB: string;

beforeAll(async () => {
  app = await startTestApp();
  const centers = (await app.dataSource.query(`SELECT id, code FROM repair_center WHERE code IN ('FZ-01', 'XM-01') ORDER BY code`)) as { id: string; code: string }[];
  [centerA, centerB] = [centers.find((c) => c.code === 'FZ-01')!.id, centers.find((c) => c.code === 'XM-01')!.id];
});
afterAll(() => app.close());

const event = (repairCenterId: string | null, entityId: string) => ({
  type: 'work_order.dispatched' as const,
  repairCenterId,
  entityType: 'WorkOrder',
  entityId,
  data: { id: entityId, code: 'WO-TEST' },
});
const eventsOf = async (entityId: string) =>
  (await app.dataSource.query(`SELECT type, repair_center_id AS "repairCenterId", data FROM outbox_event WHERE entity_id = $1`, [entityId])) as unknown[];
/** As the API's requests run: its role, a partner's center, inside a transaction. */
const asPartner = <T>(center: string, work: (manager: EntityManager) => Promise<T>) =>
  app.dataSource.transaction(async (manager) => {
    await manager.query(`SELECT set_config('role', 'aftersales_api', true), set_config('app.center_id', $1, true), set_config('app.scope', 'partner', true)`, [center]);
    return work(manager);
  });

describe('the outbox', () => {
  it('keeps the event of a committed change', async () => {
    const id = crypto.randomUUID();
    await app.dataSource.transaction((manager) => recordOutboxEvent(manager, event(centerA, id)));
    expect(await eventsOf(id)).toEqual([{ type: 'work_order.dispatched', repairCenterId: centerA, data: { id, code: 'WO-TEST' } }]);
  });

  it('has no event for a change that rolled back', async () => {
    const id = crypto.randomUUID();
    const failing = app.dataSource.transaction(async (manager) => {
      await recordOutboxEvent(manager, event(centerA, id));
      throw new Error('the change failed after raising its event');
    });
    await expect(failing).rejects.toThrow('the change failed');
    expect(await eventsOf(id)).toEqual([]);
  });

  it('refuses an event written outside a transaction, where it could outlive a failed change', async () => {
    await expect(recordOutboxEvent(app.dataSource.manager, event(centerA, crypto.randomUUID()))).rejects.toThrow(/inside the transaction/);
  });

  it('shows a partner its own center’s events only, and lets it raise none for another center', async () => {
    const own = crypto.randomUUID();
    const other = crypto.randomUUID();
    await asPartner(centerA, (manager) => recordOutboxEvent(manager, event(centerA, own)));
    await app.dataSource.transaction((manager) => recordOutboxEvent(manager, event(centerB, other)));
    const seen = await asPartner(centerA, (manager) => manager.query(`SELECT entity_id FROM outbox_event WHERE entity_id IN ($1, $2)`, [own, other]));
    expect(seen).toEqual([{ entity_id: own }]);
    await expect(asPartner(centerA, (manager) => recordOutboxEvent(manager, event(centerB, crypto.randomUUID())))).rejects.toThrow(/row-level security/);
    await expect(asPartner(centerA, (manager) => recordOutboxEvent(manager, event(null, crypto.randomUUID())))).rejects.toThrow(/row-level security/);
  });
});
