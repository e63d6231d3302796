import { todayIn } from '@aftersales/domain';
import DataLoader from 'dataloader';
import { In, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { ProductCategory } from '../reference-data/product-categories/product-category.entity.js';
import { ProductModel } from '../reference-data/product-models/product-model.entity.js';
import { Region } from '../reference-data/regions/region.entity.js';
import { CenterAssessment, TechnicianAssessment } from '../repair-centers/center-assessment.entity.js';
import { CenterStatusChange } from '../repair-centers/center-status-change.entity.js';
import { RepairCenter } from '../repair-centers/repair-center.entity.js';
import { readComplaintSettings, readRepairCenterSettings } from '../settings/settings.service.js';
import { readTechnicianScoreSettings } from '../technician-scores/score-settings.js';
import { TechnicianScoreAdjustment } from '../technician-scores/technician-score.entity.js';
import { businessCalendarService } from '../reference-data/business-calendar/business-calendar.service.js';
import { ProductUnit } from '../reference-data/product-units/product-unit.entity.js';
import { CapaRequest } from '../complaints/capa/capa-request.entity.js';
import { ComplaintEvent } from '../complaints/complaint-event.entity.js';
import { VisitRequest } from '../complaints/visits/visit-request.entity.js';
import { ComplaintPenalty } from '../complaints/ledger/complaint-penalty.entity.js';
import { TechnicianRegionAssignment } from '../technicians/technician-region-assignment.entity.js';
import { Technician } from '../technicians/technician.entity.js';
import { Complaint } from '../complaints/complaint.entity.js';
import { Part } from '../reference-data/parts/part.entity.js';
import { Survey } from '../surveys/survey.entity.js';
import { complaintTechnicianLoader } from '../work-orders/complaint-technician.loader.js';
import { surveyComplaintSeverityLoader } from '../surveys/survey-complaint-severity.loader.js';
import { oldPartsHeldLoader } from '../parts/stock/old-parts-held.js';
import { PartsWriteOff } from '../parts/write-offs/parts-write-off.entity.js';
import { readWorkOrderSettings } from '../work-orders/work-order-settings.js';
import { WorkOrder } from '../work-orders/work-order.entity.js';
import { readPartsSettings } from '../parts/parts-settings.js';
import { LocalPurchase } from '../parts/local-purchases/local-purchase.entity.js';
import { PartsRequisitionLine } from '../parts/requisitions/parts-requisition-line.entity.js';
import { PartsRequisition } from '../parts/requisitions/parts-requisition.entity.js';
import { PartsShipment } from '../parts/requisitions/parts-shipment.entity.js';
import { RequisitionApproval } from '../parts/requisitions/requisition-approval.entity.js';
import { MaintenanceContract } from '../maintenance-contracts/maintenance-contract.entity.js';
import { productUnitBySerialLoader, serialsOfContractLoader } from '../maintenance-contracts/maintenance-contract.loaders.js';
import { readMaintenanceContractSettings } from '../maintenance-contracts/maintenance-contract-settings.js';
import { readApiKeySettings } from '../api-keys/api-key-settings.js';
import { requestsLast30DaysLoader } from '../api-keys/api-key-usage.loader.js';
import { entitiesById } from '../database/entity-rows.js';
import { isUuid } from './ids.js';
import { once, type Once } from './once.js';
import type { RequestContext } from './request-context.js';

type Row = ObjectLiteral & { id: string };

function byId<T extends Row>(context: RequestContext, entity: EntityTarget<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const manager = await context.manager();
    const rows = await entitiesById(manager, entity, ids.filter(isUuid));
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** All rows whose `foreignKey` is the key, in the given order. */
function childrenOf<T extends Row>(
  context: RequestContext,
  entity: EntityTarget<T>,
  foreignKey: keyof T & string,
  order: Partial<Record<keyof T & string, 'ASC' | 'DESC'>>,
) {
  return new DataLoader<string, T[]>(async (keys) => {
    const manager = await context.manager();
    const rows = await manager.find(entity, { where: { [foreignKey]: In([...keys]) } as never, order: order as never });
    return keys.map((key) => rows.filter((row) => row[foreignKey] === key));
  });
}

/** The far side of a many-to-many join table, for many owners in one query. */
function linked<T extends Row>(
  context: RequestContext,
  joinTable: string,
  ownerColumn: string,
  targetColumn: string,
  entity: EntityTarget<T>,
) {
  return new DataLoader<string, T[]>(async (ownerIds) => {
    const manager = await context.manager();
    const links: { owner: string; target: string }[] = await manager.query(
      `SELECT ${ownerColumn} AS owner, ${targetColumn} AS target FROM ${joinTable} WHERE ${ownerColumn} = ANY($1)`,
      [[...ownerIds]],
    );
    const targets = await manager.find(entity, {
      where: { id: In([...new Set(links.map((link) => link.target))]) } as never,
      order: { code: 'ASC' } as never,
    });
    return ownerIds.map((ownerId) => {
      const ids = new Set(links.filter((link) => link.owner === ownerId).map((link) => link.target));
      return targets.filter((target) => ids.has(target.id));
    });
  });
}

/**
 * Per-request batching, so a page of 50 rows costs one query per relation, not 50; settings and
 * the business calendar are read at most once per request, and again after a state change.
 */
export function createLoaders(context: RequestContext) {
  const settings: Once<unknown>[] = [];
  /** Read once per request; forgotten after each state change, which may have changed it. */
  const setting = <T>(read: () => Promise<T>): Once<T> => {
    const cached = once(read);
    settings.push(cached);
    return cached;
  };
  const calendarSettings = setting(async () => businessCalendarService.settings(context));
  return {
    /** After a state change: settings and calendar are read again when next needed. */
    forgetSettings: () => settings.forEach((cached) => cached.forget()),
    region: byId(context, Region),
    productCategory: byId(context, ProductCategory),
    productModel: byId(context, ProductModel),
    repairCenter: byId(context, RepairCenter),
    technician: byId(context, Technician),
    compatibleModelsOfPart: linked(context, 'part_compatible_model', 'part_id', 'model_id', ProductModel),
    categoriesOfCenter: linked(context, 'repair_center_category', 'repair_center_id', 'category_id', ProductCategory),
    skillsOfTechnician: linked(context, 'technician_skill', 'technician_id', 'category_id', ProductCategory),
    techniciansOfCenter: childrenOf(context, Technician, 'repairCenterId', { code: 'ASC' }),
    assessmentsOfCenter: childrenOf(context, CenterAssessment, 'repairCenterId', { assessedOn: 'DESC', createdAt: 'DESC' }),
    staffOfAssessment: childrenOf(context, TechnicianAssessment, 'centerAssessmentId', { id: 'ASC' }),
    statusHistoryOfCenter: childrenOf(context, CenterStatusChange, 'repairCenterId', { at: 'DESC' }),
    assignmentsOfTechnician: childrenOf(context, TechnicianRegionAssignment, 'technicianId', { startsOn: 'DESC', createdAt: 'DESC' }),
    /** Today in the business calendar's time zone: the date every status rule is judged on. */
    today: setting(async () => todayIn((await calendarSettings()).timeZone)),
    /** The calendar's time zone, working week and hours, without its days. */
    calendarSettings,
    repairCenterSettings: setting(async () => readRepairCenterSettings(await context.manager())),
    complaintSettings: setting(async () => readComplaintSettings(await context.manager())),
    technicianScoreSettings: setting(async () => readTechnicianScoreSettings(await context.manager())),
    adjustmentsOfScore: childrenOf(context, TechnicianScoreAdjustment, 'scoreId', { createdAt: 'ASC' }),
    calendar: setting(async () => {
      const [settings, days] = await Promise.all([calendarSettings(), businessCalendarService.days(context)]);
      return businessCalendarService.configOf(settings, days);
    }),
    productUnit: byId(context, ProductUnit),
    complaintTimeline: childrenOf(context, ComplaintEvent, 'complaintId', { at: 'ASC' }),
    complaintPenalties: childrenOf(context, ComplaintPenalty, 'complaintId', { at: 'ASC' }),
    capaRequestsOfComplaint: childrenOf(context, CapaRequest, 'complaintId', { createdAt: 'ASC' }),
    visitRequestsOfComplaint: childrenOf(context, VisitRequest, 'complaintId', { createdAt: 'ASC' }),
    workOrderSettings: setting(async () => readWorkOrderSettings(await context.manager())),
    workOrder: byId(context, WorkOrder),
    complaint: byId(context, Complaint),
    part: byId(context, Part),
    surveysOfWorkOrder: childrenOf(context, Survey, 'workOrderId', { createdAt: 'ASC' }),
    repeatsOfWorkOrder: childrenOf(context, WorkOrder, 'repeatedByWorkOrderId', { calledAt: 'ASC' }),
    complaintTechnician: complaintTechnicianLoader(context),
    surveyComplaintSeverity: surveyComplaintSeverityLoader(context),
    partsSettings: setting(async () => readPartsSettings(await context.manager())),
    partsRequisition: byId(context, PartsRequisition),
    linesOfRequisition: childrenOf(context, PartsRequisitionLine, 'requisitionId', { lineNo: 'ASC' }),
    approvalsOfRequisition: childrenOf(context, RequisitionApproval, 'requisitionId', { decidedAt: 'ASC' }),
    shipmentsOfRequisition: childrenOf(context, PartsShipment, 'requisitionId', { shippedAt: 'ASC' }),
    localPurchase: byId(context, LocalPurchase),
    oldPartsHeld: oldPartsHeldLoader(context),
    partsWriteOff: byId(context, PartsWriteOff),
    maintenanceContract: byId(context, MaintenanceContract),
    maintenanceContractSettings: setting(async () => readMaintenanceContractSettings(await context.manager())),
    serialsOfContract: serialsOfContractLoader(context),
    productUnitBySerial: productUnitBySerialLoader(context),
    renewedContractsOf: childrenOf(context, MaintenanceContract, 'renewedByContractId', { validFrom: 'ASC' }),
    workOrdersOfContract: childrenOf(context, WorkOrder, 'maintenanceContractId', { calledAt: 'DESC' }),
    apiKeySettings: setting(async () => readApiKeySettings(await context.manager())),
    requestsLast30Days: requestsLast30DaysLoader(context),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
