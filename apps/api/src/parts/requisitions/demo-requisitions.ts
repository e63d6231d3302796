import { centerLocation, type RequisitionApprover, type RequisitionStatus } from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { Part } from '../../reference-data/parts/part.entity.js';
import { RepairCenter } from '../../repair-centers/repair-center.entity.js';
import { WorkOrder } from '../../work-orders/work-order.entity.js';
import { readPartsSettings } from '../parts-settings.js';
import { stockIn, stockOut } from '../stock/stock-ledger.js';
import { nextPartsCode } from './parts-codes.js';
import { PartsRequisitionLine } from './parts-requisition-line.entity.js';
import { PartsRequisition } from './parts-requisition.entity.js';
import { PartsShipment } from './parts-shipment.entity.js';
import { RequisitionApproval } from './requisition-approval.entity.js';
import { storeNextApprovers } from './requisition-next-approver.js';

const DAY = 24 * 60 * 60_000;
const AGENT = '李客服';
const MANAGER = '陈部长';
const DIRECTOR = '黄总监';
const COMMERCE = '张商务';

interface DemoRequisition {
  status: RequisitionStatus;
  daysAgo: number;
  purpose: 'REPAIR' | 'STOCKING';
  center: string | null;
  workOrder?: WorkOrder;
  requestedBy: string;
  lines: { partNumber: string; quantity: number; approved?: number; shipped?: number; received?: number }[];
  signedBy?: RequisitionApprover[];
  backorder?: { productionOrderNumber: string; expectedInDays: number };
  note?: string;
}

/**
 * Demo 三包 requisitions in the states the pages show (demo-data.ts's work orders are their
 * repairs): a center's draft, one waiting for the CS leader, a stocking one waiting for the
 * director, one partly shipped and back-ordered, one shipped to a center and one it received.
 * Shipped pieces leave the manufacturing unit's stock through the stock core, so the ledger adds up.
 */
export async function loadDemoRequisitions(manager: EntityManager, now = new Date()): Promise<void> {
  const centers = new Map((await manager.find(RepairCenter)).map((center) => [center.code, center.id]));
  const parts = new Map((await manager.find(Part)).map((part) => [part.partNumber, part]));
  // 三包 parts only for units in warranty at the call; the demo's calls are relative to today.
  const inWarranty = await manager.find(WorkOrder, { where: { warrantyStatus: 'IN_WARRANTY' }, order: { calledAt: 'ASC' } });
  const centerOrder = inWarranty.find((order) => order.repairCenterId === centers.get('FZ-01'));
  const headOfficeOrder = inWarranty.find((order) => order.repairCenterId === null);

  const specs: DemoRequisition[] = [
    { status: 'DRAFT', daysAgo: 0, purpose: 'STOCKING', center: 'FZ-01', requestedBy: '鼓楼维修中心', lines: [{ partNumber: 'BRG-6308', quantity: 10 }], note: '季度备件储备' },
    { status: 'SUBMITTED', daysAgo: 1, purpose: 'STOCKING', center: 'XM-01', requestedBy: AGENT, lines: [{ partNumber: 'GAS-BG', quantity: 20 }], signedBy: ['CS_MANAGER'], note: '厦门中心易损件储备' },
    { status: 'RECEIVED', daysAgo: 20, purpose: 'STOCKING', center: 'FZ-01', requestedBy: '鼓楼维修中心', lines: [{ partNumber: 'SEAL-QJ', quantity: 6, shipped: 6, received: 6 }], signedBy: ['CS_MANAGER', 'DIRECTOR'] },
  ];
  if (centerOrder) {
    specs.push(
      { status: 'SUBMITTED', daysAgo: 1, purpose: 'REPAIR', center: 'FZ-01', workOrder: centerOrder, requestedBy: '鼓楼维修中心', lines: [{ partNumber: 'SEAL-QJ', quantity: 2 }] },
      { status: 'SHIPPED', daysAgo: 4, purpose: 'REPAIR', center: 'FZ-01', workOrder: centerOrder, requestedBy: AGENT, lines: [{ partNumber: 'SEAL-QJ', quantity: 1, shipped: 1 }], signedBy: ['CS_MANAGER'] },
    );
  }
  if (headOfficeOrder) {
    specs.push({
      status: 'BACKORDERED', daysAgo: 2, purpose: 'REPAIR', center: null, workOrder: headOfficeOrder, requestedBy: AGENT,
      lines: [{ partNumber: 'AVR-50', quantity: 2, shipped: 1 }],
      signedBy: ['CS_MANAGER'], backorder: { productionOrderNumber: 'SC-2026-0417', expectedInDays: 10 },
    });
  }

  const actor = { name: COMMERCE };
  for (const [number, spec] of specs.sort((a, b) => b.daysAgo - a.daysAgo).entries()) {
    const createdAt = new Date(now.getTime() - spec.daysAgo * DAY);
    const at = (hours: number) => new Date(createdAt.getTime() + hours * 60 * 60_000);
    const repairCenterId = spec.center ? centers.get(spec.center)! : null;
    const submitted = spec.status !== 'DRAFT';
    const approved = ['APPROVED', 'BACKORDERED', 'SHIPPED', 'RECEIVED'].includes(spec.status);
    const backordered = (line: DemoRequisition['lines'][number]) => spec.backorder != null && (line.shipped ?? 0) < (line.approved ?? line.quantity);
    const requisition = await manager.save(
      manager.create(PartsRequisition, {
        code: await nextPartsCode(manager, 'LY', createdAt.getUTCFullYear()),
        version: 1,
        status: spec.status,
        purpose: spec.purpose,
        repairCenterId,
        destination: 'CENTER',
        destinationAddress: null,
        workOrderId: spec.workOrder?.id ?? null,
        complaintId: null,
        serialNumber: spec.workOrder?.serialNumber ?? null,
        note: spec.note ?? null,
        requestedByName: spec.requestedBy,
        submittedAt: submitted ? at(1) : null,
        approvedAt: approved ? at(3) : null,
        shippedAt: ['SHIPPED', 'RECEIVED'].includes(spec.status) ? at(26) : null,
        receivedAt: spec.status === 'RECEIVED' ? at(72) : null,
        receivedByName: spec.status === 'RECEIVED' ? '鼓楼维修中心' : null,
        createdAt,
      }),
    );
    const lines = await manager.save(
      spec.lines.map((line, index) => {
        const part = parts.get(line.partNumber)!;
        return manager.create(PartsRequisitionLine, {
          requisitionId: requisition.id,
          repairCenterId,
          lineNo: index + 1,
          partId: part.id,
          spec: part.spec,
          requestedQuantity: line.quantity,
          quantity: line.approved ?? line.quantity,
          unitCost: part.unitCost,
          wearPart: part.wearPart,
          shippedQuantity: line.shipped ?? 0,
          receivedQuantity: line.received ?? null,
          productionOrderNumber: backordered(line) ? spec.backorder!.productionOrderNumber : null,
          expectedOn: backordered(line) ? new Date(now.getTime() + spec.backorder!.expectedInDays * DAY).toISOString().slice(0, 10) : null,
        });
      }),
    );
    for (const [index, role] of (spec.signedBy ?? []).entries()) {
      await manager.insert(RequisitionApproval, {
        requisitionId: requisition.id,
        repairCenterId,
        approverRole: role,
        decision: 'APPROVED',
        decidedByName: role === 'CS_MANAGER' ? MANAGER : DIRECTOR,
        note: null,
        decidedAt: at(2 + index),
      });
    }
    await storeNextApprovers(manager, await readPartsSettings(manager), [requisition.id]);
    const shipped = lines.filter((line) => line.shippedQuantity > 0);
    if (shipped.length === 0) continue;
    const to = repairCenterId ? centerLocation(repairCenterId) : 'HEAD_OFFICE';
    for (const line of shipped) {
      // Production delivers what is shipped, so the demo never depends on stock loaded elsewhere.
      await stockIn(manager, actor, { location: 'FACTORY', partId: line.partId, quantity: line.shippedQuantity, unitCostFen: line.unitCost, source: 'RECEIPT', reason: '演示数据 生产入库' });
      await stockOut(manager, actor, { kind: 'SHIP', from: 'FACTORY', to, partId: line.partId, quantity: line.shippedQuantity, requisitionId: requisition.id });
      if (line.receivedQuantity) {
        await stockIn(manager, { name: '鼓楼维修中心' }, { location: to, partId: line.partId, quantity: line.receivedQuantity, unitCostFen: line.unitCost, source: 'RECEIPT', requisitionId: requisition.id });
      }
    }
    await manager.insert(PartsShipment, {
      requisitionId: requisition.id,
      repairCenterId,
      carrier: '顺丰速运',
      trackingNumber: `SF78001234${String(number).padStart(2, '0')}`,
      lines: shipped.map((line) => ({ lineId: line.id, partId: line.partId, quantity: line.shippedQuantity })),
      shippedByName: COMMERCE,
      shippedAt: at(26),
    });
  }
}
