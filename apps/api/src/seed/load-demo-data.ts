import { DEFAULT_BUSINESS_CALENDAR, todayIn } from '@aftersales/domain';
import type { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '../auth/principal.js';
import { CenterStatusChange } from '../repair-centers/center-status-change.entity.js';
import { Technician } from '../technicians/technician.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { hashPassword } from '../auth/passwords.js';
import { CalendarDay } from '../reference-data/business-calendar/business-calendar.entity.js';
import { Part } from '../reference-data/parts/part.entity.js';
import { ProductCategory } from '../reference-data/product-categories/product-category.entity.js';
import { ProductModel } from '../reference-data/product-models/product-model.entity.js';
import { ProductUnit } from '../reference-data/product-units/product-unit.entity.js';
import { Region } from '../reference-data/regions/region.entity.js';
import { RepairCenter } from '../repair-centers/repair-center.entity.js';
import { User } from '../users/user.entity.js';
import { ApiKey } from '../api-keys/api-key.entity.js';
import { hashApiKey, parseApiKey } from '../api-keys/api-key-secret.js';
import { STARTUP_LOCK_KEY } from '../database/startup-lock.js';
import * as demo from './demo-data.js';
import { loadDemoWorkOrders } from '../work-orders/demo-work-orders.js';
import { loadDemoScores } from '../technician-scores/demo-scores.js';
import { loadDemoStock } from '../parts/stock/demo-stock.js';
import { loadDemoRequisitions } from '../parts/requisitions/demo-requisitions.js';
import { loadDemoMaintenanceContracts } from '../maintenance-contracts/demo-maintenance-contracts.js';
import { storedReason } from '../repair-centers/center-status-history.js';

/**
 * Loads the demo world into an empty database, in one transaction. Returns false if data exists.
 * Its dates are relative to `now` (unit purchases, agreements, certificates, calls, stock).
 */
export async function loadDemoData(dataSource: DataSource, now: Date = new Date()): Promise<boolean> {
  const passwordHash = await hashPassword(demo.DEMO_PASSWORD);
  return dataSource.transaction(async (manager) => {
    // Until this transaction ends, another process starting at the same time waits here and then
    // finds the users this one loaded.
    await manager.query('SELECT pg_advisory_xact_lock($1)', [STARTUP_LOCK_KEY]);
    if ((await manager.count(User)) > 0) return false;
    const byCode = <T extends { code: string; id: string }>(rows: T[]) => new Map(rows.map((row) => [row.code, row.id]));
    const today = todayIn(DEFAULT_BUSINESS_CALENDAR.timeZone, now);

    const regions = byCode(await manager.save(Region, demo.demoRegions.map((r) => manager.create(Region, r))));
    const categories = byCode(
      await manager.save(ProductCategory, demo.demoCategories.map((c) => manager.create(ProductCategory, c))),
    );
    const models = byCode(
      await manager.save(
        ProductModel,
        demo.demoModels.map(({ category, ...model }) => manager.create(ProductModel, { ...model, categoryId: categories.get(category)! })),
      ),
    );
    await manager.save(
      ProductUnit,
      demo.demoUnits(today).map(({ model, ...unit }) => manager.create(ProductUnit, { ...unit, modelId: models.get(model)! })),
    );
    await manager.save(
      Part,
      demo.demoParts.map(({ models: fits, ...part }) =>
        manager.create(Part, { ...part, compatibleModels: fits.map((code) => ({ id: models.get(code)! }) as ProductModel) }),
      ),
    );
    const centers = byCode(
      await manager.save(
        RepairCenter,
        demo.demoRepairCenters(today).map(({ region, categories: served, ...center }) =>
          manager.create(RepairCenter, {
            ...center,
            regionId: regions.get(region)!,
            recordedStatus: 'ACTIVE',
            categories: served.map((code) => ({ id: categories.get(code)! }) as ProductCategory),
          }),
        ),
      ),
    );
    await manager.insert(
      CenterStatusChange,
      [...centers.values()].map((repairCenterId) => ({
        repairCenterId,
        fromStatus: null,
        toStatus: 'ACTIVE' as const,
        ...storedReason({ code: 'AUTHORIZED' }),
        actorName: SYSTEM_ACTOR.name,
      })),
    );
    await manager.save(
      Technician,
      demo.demoTechnicians(today).map(({ center, skills, ...technician }) =>
        manager.create(Technician, {
          ...technician,
          repairCenterId: center ? centers.get(center)! : null,
          skills: skills.map((code) => ({ id: categories.get(code)! }) as ProductCategory),
        }),
      ),
    );
    await manager.save(
      User,
      demo.demoUsers.map(({ center, ...user }) =>
        manager.create(User, { ...user, passwordHash, repairCenterId: center ? centers.get(center)! : null }),
      ),
    );
    await manager.insert(ApiKey, {
      name: demo.demoApiKey.name,
      prefix: parseApiKey(demo.demoApiKey.key)!.prefix,
      secretHash: hashApiKey(demo.demoApiKey.key),
      repairCenterId: centers.get(demo.demoApiKey.center)!,
      createdByName: SYSTEM_ACTOR.name,
    });
    await manager.save(CalendarDay, demo.demoCalendarDays.map((day) => manager.create(CalendarDay, day)));
    await loadDemoMaintenanceContracts(manager, today, now);
    await loadDemoWorkOrders(manager, now);
    await loadDemoScores(manager, today, DEFAULT_BUSINESS_CALENDAR.timeZone);
    await loadDemoStock(manager, now);
    await loadDemoRequisitions(manager, now);
    await recordAudit(manager, null, {
      action: 'SEED',
      entityType: 'DemoData',
      entityId: 'demo',
      after: { regions: regions.size, models: models.size, repairCenters: centers.size, users: demo.demoUsers.length },
    });
    return true;
  });
}
