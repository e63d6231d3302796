import { centerLocation, toLocalDate, type StockLocation } from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { BusinessCalendarSettings } from '../../reference-data/business-calendar/business-calendar.entity.js';
import { Part } from '../../reference-data/parts/part.entity.js';
import { RepairCenter } from '../../repair-centers/repair-center.entity.js';
import { WorkOrder } from '../../work-orders/work-order.entity.js';
import { PartUsage } from './part-usage.entity.js';
import { stockIn, stockOut } from './stock-ledger.js';
import type { StockMovement } from './stock-movement.entity.js';

const DAY = 24 * 60 * 60_000;
const STOREKEEPER = { name: '张商务' };
const FZ01_DESK = { name: '鼓楼维修中心' };

/**
 * Dates a movement just written back to `at`, with the lots it created, so the demo ledger reads
 * as weeks of work. Operations run oldest first, so the lots keep their FIFO order.
 */
async function dated(manager: EntityManager, movement: StockMovement, at: Date): Promise<void> {
  await manager.query('UPDATE stock_movement SET at = $2 WHERE id = $1', [movement.id, at]);
  await manager.query('UPDATE stock_lot SET received_at = $1 WHERE received_at = now()', [at]);
}

/**
 * Demo stock relative to today: production receipts into the FACTORY at two costs (so FIFO
 * shows), opening stock at head office, a transfer to FZ-01 and one replacement of a mechanical
 * seal there against its pump work order, whose old seal FZ-01 now holds.
 */
export async function loadDemoStock(manager: EntityManager, now = new Date()): Promise<void> {
  const parts = new Map((await manager.find(Part)).map((part) => [part.partNumber, part]));
  const centers = new Map((await manager.find(RepairCenter)).map((center) => [center.code, center]));
  const fz01 = centerLocation(centers.get('FZ-01')!.id);
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
  const part = (number: string) => parts.get(number)!;

  const receive = async (location: StockLocation, number: string, quantity: number, unitCostFen: number, days: number, reason: string) =>
    dated(
      manager,
      await stockIn(manager, STOREKEEPER, {
        location,
        partId: part(number).id,
        quantity,
        unitCostFen,
        source: location === 'FACTORY' ? 'RECEIPT' : 'OPENING',
        reason,
      }),
      daysAgo(days),
    );

  await receive('HEAD_OFFICE', 'BRG-6308', 4, 4_200, 90, '演示数据 期初盘点');
  await receive('HEAD_OFFICE', 'SEAL-QJ', 6, 3_800, 90, '演示数据 期初盘点');
  await receive('FACTORY', 'BRG-6308', 20, 4_200, 80, '演示数据 生产入库 SC-0801');
  await receive('FACTORY', 'WND-132M', 6, 62_000, 75, '演示数据 生产入库 SC-0802');
  await receive('FACTORY', 'AVR-50', 3, 88_000, 70, '演示数据 生产入库 SC-0803');
  await receive('FACTORY', 'SEAL-QJ', 40, 3_600, 60, '演示数据 生产入库 SC-0901');
  await receive('FACTORY', 'GAS-BG', 25, 2_500, 50, '演示数据 生产入库 SC-0902');
  // The same bearing a month later at a higher cost: an issue now takes the older lot first.
  await receive('FACTORY', 'BRG-6308', 30, 4_500, 20, '演示数据 生产入库 SC-1101');

  for (const [number, quantity] of [['BRG-6308', 8], ['SEAL-QJ', 6]] as const) {
    const transfer = await stockOut(manager, STOREKEEPER, {
      kind: 'TRANSFER',
      from: 'FACTORY',
      to: fz01,
      partId: part(number).id,
      quantity,
      reason: '演示数据 中心备货',
    });
    await dated(manager, transfer, daysAgo(40));
  }

  const pumpOrder = await manager.findOne(WorkOrder, {
    where: { repairCenterId: centers.get('FZ-01')!.id, faultCode: 'E04', status: 'COMPLETED' },
    order: { calledAt: 'ASC' },
  });
  if (!pumpOrder) return;
  const usedAt = new Date(Math.min(pumpOrder.calledAt.getTime() + 2 * 60 * 60_000, now.getTime()));
  const issue = await stockOut(manager, FZ01_DESK, {
    kind: 'OUT',
    from: fz01,
    partId: part('SEAL-QJ').id,
    quantity: 1,
    workOrderId: pumpOrder.id,
    reasonCode: 'REPLACEMENT',
  });
  await dated(manager, issue, usedAt);
  const { timeZone } = await manager.findOneByOrFail(BusinessCalendarSettings, { id: 1 });
  await manager.insert(PartUsage, {
    workOrderId: pumpOrder.id,
    serialNumber: pumpOrder.serialNumber,
    partId: part('SEAL-QJ').id,
    quantity: 1,
    location: fz01,
    repairCenterId: pumpOrder.repairCenterId,
    usedOn: toLocalDate(usedAt, timeZone),
    stockMovementId: issue.id,
    recordedByName: FZ01_DESK.name,
  });
}
