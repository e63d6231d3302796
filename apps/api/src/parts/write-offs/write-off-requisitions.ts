import { quarterRange, REQUISITION_LIFECYCLE } from '@aftersales/domain';
import type { RequestContext } from '../../common/request-context.js';
import { PartsRequisition } from '../requisitions/parts-requisition.entity.js';
import type { PartsWriteOff } from './parts-write-off.entity.js';

/*
 * The write-off's link to the requisition module's records, apart from write-off.service.ts so
 * that builds without the requisition module (as parts-links.resolver.ts is apart from its resolver).
 */

/** RECEIVED requisitions of the center received in the quarter (the ones its close closes); once CLOSED, those it closed. */
export async function requisitionsOfWriteOff(context: RequestContext, writeOff: PartsWriteOff): Promise<PartsRequisition[]> {
  const manager = await context.manager();
  const query = manager.createQueryBuilder(PartsRequisition, 'r').orderBy('r.received_at', 'ASC').addOrderBy('r.code', 'ASC');
  if (writeOff.status === 'CLOSED') return query.where('r.write_off_id = :id', { id: writeOff.id }).getMany();
  const { first, last } = quarterRange(writeOff.quarter);
  const { timeZone } = await context.loaders.calendarSettings();
  return query
    .where(`r.repair_center_id = :center AND r.status = ANY(:closable)`, { center: writeOff.repairCenterId, closable: REQUISITION_LIFECYCLE.commands.close.from })
    .andWhere('(r.received_at AT TIME ZONE :zone)::date BETWEEN :first AND :last', { zone: timeZone, first, last })
    .getMany();
}

