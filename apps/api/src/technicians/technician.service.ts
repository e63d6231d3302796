import type { GraphQLResolveInfo } from 'graphql';
import { throwIfFieldErrors, validateTechnicianCertificate } from '@aftersales/domain';
import { appError, notFound } from '../common/app-error.js';
import { AuditedRecords, applySearch } from '../common/audited-records.js';
import { isUuid } from '../common/ids.js';
import { trimmed, trimmedOrNull } from '../common/input-rules.js';
import { inSyncMode, pageOfList, type SyncPageArgs } from '../common/incremental-sync.js';
import type { RequestContext } from '../common/request-context.js';
import { recordAudit } from '../audit/audit.service.js';
import type { ProductCategory } from '../reference-data/product-categories/product-category.entity.js';
import { TechnicianRegionAssignment } from './technician-region-assignment.entity.js';
import { Technician } from './technician.entity.js';
import type { TechnicianFilter, TechnicianInput, TechnicianRegionAssignmentInput } from './technician.input.js';
import { onlyPartnersCenter } from '../common/tenant-filter.js';
import { msg } from '../i18n/message.js';

const technicians = new AuditedRecords(Technician, 'Technician', ['skills']);

function values(input: TechnicianInput) {
  const certificateNumber = trimmedOrNull(input.certificateNumber);
  throwIfFieldErrors(validateTechnicianCertificate({ certificateNumber, certificateExpiresOn: input.certificateExpiresOn ?? null }));
  return {
    code: trimmed(input.code),
    name: trimmed(input.name),
    phone: trimmed(input.phone),
    repairCenterId: input.repairCenterId ?? null,
    certificateNumber,
    certificateExpiresOn: input.certificateExpiresOn ?? null,
    skills: [...new Set(input.skillCategoryIds)].map((id) => ({ id }) as ProductCategory),
  };
}

export const technicianService = {
  /** `asked`: the GraphQL field of the list, so its rows are read with only the columns it asks for. */
  async list(context: RequestContext, page: SyncPageArgs, filter: TechnicianFilter = {}, asked?: GraphQLResolveInfo) {
    const query = applySearch(await technicians.query(context, 'technician'), ['technician.code', 'technician.name', 'technician.phone'], filter.search);
    onlyPartnersCenter(query, context, 'technician.repairCenterId');
    // A mirror must learn of a deactivation: a sync lists inactive technicians too (with `active: false`).
    if (!filter.includeInactive && !inSyncMode(page)) query.andWhere('technician.active');
    if (filter.headOfficeOnly) query.andWhere('technician.repairCenterId IS NULL');
    if (filter.repairCenterId) {
      query.andWhere('technician.repairCenterId = :center', { center: isUuid(filter.repairCenterId) ? filter.repairCenterId : null });
    }
    if (filter.skillCategoryId) {
      query.andWhere('EXISTS (SELECT 1 FROM technician_skill ts WHERE ts.technician_id = technician.id AND ts.category_id = :skill)', {
        skill: isUuid(filter.skillCategoryId) ? filter.skillCategoryId : null,
      });
    }
    return pageOfList(query.orderBy('technician.code'), page, { alias: 'technician', name: 'technicians', asked });
  },

  create: (context: RequestContext, input: TechnicianInput) => technicians.create(context, values(input)),

  update: (context: RequestContext, id: string, input: TechnicianInput) =>
    technicians.update(context, id, (technician) => void Object.assign(technician, values(input))),

  setActive: (context: RequestContext, id: string, active: boolean) => technicians.setActive(context, id, active),

  /** CS sends a technician to work in another region for a while (004 §5.2). */
  async assignToRegion(context: RequestContext, input: TechnicianRegionAssignmentInput) {
    if (input.endsOn && input.endsOn < input.startsOn) {
      throw appError('BAD_USER_INPUT', msg('apiTechnicians.assignmentMustEndAfterStart'), { endsOn: msg('apiTechnicians.endsBeforeStarts') });
    }
    if (!isUuid(input.technicianId)) throw notFound('Technician', input.technicianId);
    return context.transaction(async (manager) => {
      const technician = await manager.findOneBy(Technician, { id: input.technicianId });
      if (!technician) throw notFound('Technician', input.technicianId);
      const assignment = await manager.save(
        manager.create(TechnicianRegionAssignment, {
          technicianId: technician.id,
          repairCenterId: technician.repairCenterId,
          regionId: input.regionId,
          startsOn: input.startsOn,
          endsOn: input.endsOn ?? null,
          reason: trimmed(input.reason),
          assignedByName: context.requirePrincipal().displayName,
        }),
      );
      await recordAudit(manager, context.principal, {
        action: 'ASSIGN_REGION',
        entityType: 'Technician',
        entityId: technician.id,
        after: assignment,
        repairCenterId: technician.repairCenterId,
      });
      return assignment;
    });
  },
};
