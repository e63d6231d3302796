import { applyMovement, centerLocation, type OldPartWriteOffMovement } from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { readPartsSettings } from '../parts-settings.js';
import { StockMovement } from '../stock/stock-movement.entity.js';
import type { PartsWriteOff } from './parts-write-off.entity.js';
import type { WriteOffLineView } from './write-off-line.type.js';

/**
 * On closing, in the closing's transaction: the old parts each line's explanation accounts for
 * (`oldPartsWrittenOff`, read under the center's old-parts lock) leave the center's held count with
 * one OLD_PART_WRITTEN_OFF movement, the explanation as its reason; otherwise the same old parts
 * would stay "held" and come back in every later quarter. No new part moves. Returns the lines as
 * the voucher keeps them: held after the settlement.
 */
export async function settleExplainedOldParts(
  manager: EntityManager,
  writeOff: PartsWriteOff,
  lines: readonly WriteOffLineView[],
  actorName: string,
): Promise<WriteOffLineView[]> {
  const from = centerLocation(writeOff.repairCenterId);
  const settings = await readPartsSettings(manager);
  const settled: WriteOffLineView[] = [];
  for (const line of lines) {
    if (line.oldPartsWrittenOff <= 0 || line.explanation == null) {
      settled.push(line);
      continue;
    }
    const movement: OldPartWriteOffMovement = {
      kind: 'OLD_PART_WRITTEN_OFF',
      from,
      quantity: line.oldPartsWrittenOff,
      oldPartsHeld: line.oldPartsHeld,
      writeOffId: writeOff.id,
      reason: line.explanation,
    };
    // Validates the movement and refuses more than the center holds; no stock balance changes.
    applyMovement({}, movement, settings);
    await manager.save(
      manager.create(StockMovement, {
        kind: 'OLD_PART_WRITTEN_OFF',
        source: null,
        partId: line.partId,
        quantity: movement.quantity,
        fromLocation: from,
        fromCenterId: writeOff.repairCenterId,
        toLocation: null,
        toCenterId: null,
        cost: null,
        requisitionId: null,
        workOrderId: null,
        localPurchaseId: null,
        writeOffId: writeOff.id,
        appraisal: null,
        reason: movement.reason,
        actorName,
      }),
    );
    settled.push({ ...line, oldPartsHeld: line.oldPartsHeld - movement.quantity });
  }
  return settled;
}
