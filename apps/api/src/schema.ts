import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ApiKeyResolver } from './api-keys/api-key.resolver.js';
import { ApiKeySettingsResolver } from './api-keys/api-key-settings.resolver.js';
import { WebhookDeliveryResolver, WebhookEndpointResolver } from './webhooks/webhook.resolver.js';
import { ComplaintSettingsResolver } from './complaints/complaint-settings.resolver.js';
import { ComplaintFollowUpResolver } from './complaints/complaint-follow-up.resolver.js';
import { ComplaintHandlingResolver } from './complaints/complaint-handling.resolver.js';
import { ComplaintResolver } from './complaints/complaint.resolver.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { authChecker } from './auth/auth-checker.js';
import { treatNullInputObjectArgumentsAsAbsent } from './common/null-input-arguments.js';
import { AuthResolver } from './auth/auth.resolver.js';
import { BusinessCalendarResolver } from './reference-data/business-calendar/business-calendar.resolver.js';
import { PartResolver } from './reference-data/parts/part.resolver.js';
import { ProductCategoryResolver } from './reference-data/product-categories/product-category.resolver.js';
import { ProductModelResolver } from './reference-data/product-models/product-model.resolver.js';
import { ProductUnitResolver } from './reference-data/product-units/product-unit.resolver.js';
import { RegionResolver } from './reference-data/regions/region.resolver.js';
import { CenterAssessmentResolver, TechnicianAssessmentResolver } from './repair-centers/center-assessment.resolver.js';
import { DashboardNoticeResolver, DashboardResolver } from './repair-centers/dashboard.resolver.js';
import { InboxResolver } from './inbox/inbox.resolver.js';
import { MonthlySummaryResolver } from './repair-centers/monthly-summary.resolver.js';
import { RepairCenterResolver } from './repair-centers/repair-center.resolver.js';
import { SettingsResolver } from './settings/settings.resolver.js';
import { TechnicianRegionAssignmentResolver, TechnicianResolver } from './technicians/technician.resolver.js';
import { UserResolver } from './users/user.resolver.js';
import { SurveyResolver } from './surveys/survey.resolver.js';
import { ComplaintTechnicianResolver } from './work-orders/complaint-technician.resolver.js';
import { PaidServicePartLineResolver } from './work-orders/paid-service-fee.type.js';
import { WorkOrderSettingsResolver } from './work-orders/work-order-settings.resolver.js';
import { WorkOrderResolver } from './work-orders/work-order.resolver.js';
import { WorkOrderLoanerResolver } from './work-orders/work-order-loaner.resolver.js';
import { TechnicianScoreResolver, YearReviewResolver } from './technician-scores/technician-score.resolver.js';
import { StockLocationResolver } from './parts/stock-location.type.js';
import { CenterStatusChangeResolver } from './repair-centers/center-status-change.resolver.js';
import { ComplaintEventResolver } from './complaints/complaint-event.resolver.js';
import { PartUsageResolver } from './parts/stock/part-usage.resolver.js';
import { StockLevelResolver } from './parts/stock/stock-level.resolver.js';
import { StockMovementResolver } from './parts/stock/stock-movement.resolver.js';
import { PartsWriteOffResolver, WriteOffLineResolver } from './parts/write-offs/write-off.resolver.js';
import { PartsWriteOffLinksResolver, StockMovementLinksResolver } from './parts/write-offs/parts-links.resolver.js';
import { LocalPurchaseResolver } from './parts/local-purchases/local-purchase.resolver.js';
import { PartsRequisitionResolver } from './parts/requisitions/parts-requisition.resolver.js';
import { PartsSettingsResolver } from './parts/requisitions/parts-settings.resolver.js';
import { PartsRequisitionLineResolver, PartsShipmentResolver } from './parts/requisitions/requisition-line.resolver.js';
import {
  ContractCoverageResolver,
  CoveredUnitResolver,
  MaintenanceContractResolver,
  WorkOrderContractResolver,
} from './maintenance-contracts/maintenance-contract.resolver.js';

export async function buildAppSchema(emitSchemaFile?: string): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      AuthResolver,
      WebhookEndpointResolver,
      WebhookDeliveryResolver,
      RegionResolver,
      ProductCategoryResolver,
      ProductModelResolver,
      ProductUnitResolver,
      PartResolver,
      BusinessCalendarResolver,
      RepairCenterResolver,
      CenterAssessmentResolver,
      TechnicianAssessmentResolver,
      TechnicianResolver,
      TechnicianRegionAssignmentResolver,
      DashboardResolver,
      DashboardNoticeResolver,
      InboxResolver,
      MonthlySummaryResolver,
      SettingsResolver,
      ComplaintResolver,
      ComplaintSettingsResolver,
      ComplaintFollowUpResolver,
      ComplaintHandlingResolver,
      UserResolver,
      ApiKeyResolver,
      ApiKeySettingsResolver,
      AuditResolver,
      WorkOrderResolver,
      WorkOrderLoanerResolver,
      WorkOrderSettingsResolver,
      PaidServicePartLineResolver,
      ComplaintTechnicianResolver,
      SurveyResolver,
      TechnicianScoreResolver,
      YearReviewResolver,
      StockLocationResolver,
      CenterStatusChangeResolver,
      ComplaintEventResolver,
      StockLevelResolver,
      StockMovementResolver,
      PartUsageResolver,
      PartsWriteOffResolver,
      WriteOffLineResolver,
      StockMovementLinksResolver,
      PartsWriteOffLinksResolver,
      PartsRequisitionResolver,
      PartsRequisitionLineResolver,
      PartsShipmentResolver,
      PartsSettingsResolver,
      LocalPurchaseResolver,
      MaintenanceContractResolver,
      CoveredUnitResolver,
      ContractCoverageResolver,
      WorkOrderContractResolver,
    ],
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
    emitSchemaFile: emitSchemaFile ? { path: emitSchemaFile, sortedSchema: false } : false,
  });
  return treatNullInputObjectArgumentsAsAbsent(schema);
}
