import { DataSource, type Logger } from 'typeorm';
import { withStartupLock } from './startup-lock.js';
import { ApiKeyDailyUsage } from '../api-keys/api-key-daily-usage.entity.js';
import { installJobQueue } from '../webhooks/job-queue.js';
import { ApiKey } from '../api-keys/api-key.entity.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { BusinessCalendarSettings, CalendarDay } from '../reference-data/business-calendar/business-calendar.entity.js';
import { Part } from '../reference-data/parts/part.entity.js';
import { ProductCategory } from '../reference-data/product-categories/product-category.entity.js';
import { ProductModel } from '../reference-data/product-models/product-model.entity.js';
import { ProductUnit } from '../reference-data/product-units/product-unit.entity.js';
import { Region } from '../reference-data/regions/region.entity.js';
import { RepairCenter } from '../repair-centers/repair-center.entity.js';
import { User } from '../users/user.entity.js';
import { InitialSchema1763900000000 } from './migrations/1763900000000-initial-schema.js';
import { Complaints1764000000000 } from './migrations/1764000000000-complaints.js';
import { ComplaintEvent } from '../complaints/complaint-event.entity.js';
import { CapaRequest } from '../complaints/capa/capa-request.entity.js';
import { Complaint } from '../complaints/complaint.entity.js';
import { VisitRequest } from '../complaints/visits/visit-request.entity.js';
import { ComplaintPenalty } from '../complaints/ledger/complaint-penalty.entity.js';
import { RepairCentersAndRowLevelSecurity1763990000000 } from './migrations/1763990000000-repair-centers-and-row-level-security.js';
import { CenterAssessment, TechnicianAssessment } from '../repair-centers/center-assessment.entity.js';
import { CenterStatusChange } from '../repair-centers/center-status-change.entity.js';
import { DashboardNotice } from '../repair-centers/dashboard-notice.entity.js';
import { AppSetting } from '../settings/app-setting.entity.js';
import { TechnicianRegionAssignment } from '../technicians/technician-region-assignment.entity.js';
import { Technician } from '../technicians/technician.entity.js';
import { WorkOrder } from '../work-orders/work-order.entity.js';
import { Survey } from '../surveys/survey.entity.js';
import { TechnicianScore, TechnicianScoreAdjustment } from '../technician-scores/technician-score.entity.js';
import { WorkOrdersSurveysAndScores1764100000000 } from './migrations/1764100000000-work-orders-surveys-and-scores.js';
import { Parts1764200000000 } from './migrations/1764200000000-parts.js';
import { LoginThrottle1764300000002 } from './migrations/1764300000002-login-throttle.js';
import { WorkOrderLoaner1764300000000 } from './migrations/1764300000000-work-order-loaner.js';
import { CrossCenterRepeatRepairs1764100000001 } from './migrations/1764100000001-cross-center-repeat-repairs.js';
import { SurveyComplaintSeverity1764300000001 } from './migrations/1764300000001-survey-complaint-severity.js';
import { MaintenanceContracts1764300000003 } from './migrations/1764300000003-maintenance-contracts.js';
import { ComplaintContractReplyTerm1764300000004 } from './migrations/1764300000004-complaint-contract-reply-term.js';
import { SessionVersionAndCoverageServer1764300000005 } from './migrations/1764300000005-session-version-and-coverage-server.js';
import { RequisitionNextApprover1764500000000 } from './migrations/1764500000000-requisition-next-approver.js';
import { ScoreSubmittedLate1764500000001 } from './migrations/1764500000001-score-submitted-late.js';
import { ComplaintReplyDue1764500000002 } from './migrations/1764500000002-complaint-reply-due.js';
import { EffectiveCenterStatus1764500000003 } from './migrations/1764500000003-effective-center-status.js';
import { ListIndexesAndIndexFriendlyPolicies1764600000200 } from './migrations/1764600000200-list-indexes-and-index-friendly-policies.js';
import { ScoreDraftWrites1764600000300 } from './migrations/1764600000300-score-draft-writes.js';
import { OutboxEvent1764700200000 } from './migrations/1764700200000-outbox-event.js';
import { ApiKeyScopesAndUsage1764700600000 } from './migrations/1764700600000-api-key-scopes-and-usage.js';
import { ContractExpiryWarnings1764700400000 } from './migrations/1764700400000-contract-expiry-warnings.js';
import { WebhookEndpointsAndDeliveries1764700300000 } from './migrations/1764700300000-webhook-endpoints-and-deliveries.js';
import { WebhookAttempt, WebhookDelivery, WebhookEndpoint } from '../webhooks/webhook.entities.js';
import { IncrementalSyncStamps1764700500000 } from './migrations/1764700500000-incremental-sync-stamps.js';
import { WorkOrderCenterCounts1764700700000 } from './migrations/1764700700000-work-order-center-counts.js';
import { RequisitionDiscarded1764700100000 } from './migrations/1764700100000-requisition-discarded.js';
import { CategoryEnglishName1764700100001 } from './migrations/1764700100001-category-english-name.js';
import { CenterStatusReasonCodes1764700100002 } from './migrations/1764700100002-center-status-reason-codes.js';
import { StockMovementReasonCodes1764700100003 } from './migrations/1764700100003-stock-movement-reason-codes.js';
import { SystemActorCode1764700100004 } from './migrations/1764700100004-system-actor-code.js';
import { ComplaintNoteCodes1764700900000 } from './migrations/1764700900000-complaint-note-codes.js';
import { DashboardNoticeCodes1764700900001 } from './migrations/1764700900001-dashboard-notice-codes.js';
import { SyncStampOnInsertByDefault1764701000000 } from './migrations/1764701000000-sync-stamp-on-insert-by-default.js';
import { SignInChangeNotices1764701100000 } from './migrations/1764701100000-sign-in-change-notices.js';
import { MaintenanceContract, MaintenanceContractSerial } from '../maintenance-contracts/maintenance-contract.entity.js';
import { PartUsage } from '../parts/stock/part-usage.entity.js';
import { StockLevel } from '../parts/stock/stock-level.entity.js';
import { StockLot } from '../parts/stock/stock-lot.entity.js';
import { StockMovement } from '../parts/stock/stock-movement.entity.js';
import { LocalPurchase } from '../parts/local-purchases/local-purchase.entity.js';
import { PartsRequisitionLine } from '../parts/requisitions/parts-requisition-line.entity.js';
import { PartsRequisition } from '../parts/requisitions/parts-requisition.entity.js';
import { PartsShipment } from '../parts/requisitions/parts-shipment.entity.js';
import { RequisitionApproval } from '../parts/requisitions/requisition-approval.entity.js';
import { PartsWriteOff } from '../parts/write-offs/parts-write-off.entity.js';

export const ENTITIES = [
  Region,
  ProductCategory,
  ProductModel,
  ProductUnit,
  Part,
  BusinessCalendarSettings,
  CalendarDay,
  RepairCenter,
  User,
  ApiKey,
  ApiKeyDailyUsage,
  AuditEntry,
  CenterStatusChange,
  CenterAssessment,
  TechnicianAssessment,
  Technician,
  TechnicianRegionAssignment,
  AppSetting,
  DashboardNotice,
  Complaint,
  ComplaintEvent,
  ComplaintPenalty,
  CapaRequest,
  VisitRequest,
  WorkOrder,
  Survey,
  TechnicianScore,
  TechnicianScoreAdjustment,
  StockLevel,
  StockLot,
  StockMovement,
  PartUsage,
  PartsWriteOff,
  PartsRequisition,
  PartsRequisitionLine,
  RequisitionApproval,
  PartsShipment,
  LocalPurchase,
  MaintenanceContract,
  MaintenanceContractSerial,
  WebhookEndpoint,
  WebhookDelivery,
  WebhookAttempt,
];

/** Listed explicitly (not globbed) so they load the same from src under vitest and from dist. */
export const MIGRATIONS = [
  InitialSchema1763900000000,
  RepairCentersAndRowLevelSecurity1763990000000,
  Complaints1764000000000,
  WorkOrdersSurveysAndScores1764100000000,
  CrossCenterRepeatRepairs1764100000001,
  Parts1764200000000,
  WorkOrderLoaner1764300000000,
  SurveyComplaintSeverity1764300000001,
  LoginThrottle1764300000002,
  MaintenanceContracts1764300000003,
  ComplaintContractReplyTerm1764300000004,
  SessionVersionAndCoverageServer1764300000005,
  RequisitionNextApprover1764500000000,
  ScoreSubmittedLate1764500000001,
  ComplaintReplyDue1764500000002,
  EffectiveCenterStatus1764500000003,
  ListIndexesAndIndexFriendlyPolicies1764600000200,
  ScoreDraftWrites1764600000300,
  OutboxEvent1764700200000,
  ApiKeyScopesAndUsage1764700600000,
  ContractExpiryWarnings1764700400000,
  WebhookEndpointsAndDeliveries1764700300000,
  IncrementalSyncStamps1764700500000,
  WorkOrderCenterCounts1764700700000,
  RequisitionDiscarded1764700100000,
  CategoryEnglishName1764700100001,
  CenterStatusReasonCodes1764700100002,
  StockMovementReasonCodes1764700100003,
  SystemActorCode1764700100004,
  ComplaintNoteCodes1764700900000,
  DashboardNoticeCodes1764700900001,
  SyncStampOnInsertByDefault1764701000000,
  SignInChangeNotices1764701100000,
];

export interface DatabaseOptions {
  poolSize?: number;
  /** How long a request may wait for a pooled connection before it is told the service is busy. */
  connectionTimeoutMs?: number;
  /** How long one statement of a request may run (SET LOCAL in each request's transaction). */
  statementTimeoutMs?: number;
  /** Called with every SQL statement and its parameters (tests count them; the plan script explains them). */
  onQuery?: (sql: string, parameters?: unknown[]) => void;
}

export const DEFAULT_CONNECTION_TIMEOUT_MS = 10_000;
export const DEFAULT_STATEMENT_TIMEOUT_MS = 15_000;

/**
 * Requests' statement timeouts by database. Not a session setting of the pool's connections,
 * which would bound migrations and scheduled jobs too.
 */
const statementTimeouts = new WeakMap<DataSource, number>();

export function requestStatementTimeoutMs(dataSource: DataSource): number {
  return statementTimeouts.get(dataSource) ?? DEFAULT_STATEMENT_TIMEOUT_MS;
}

function queryCounter(onQuery: (sql: string, parameters?: unknown[]) => void): Logger {
  const ignore = () => {};
  return { logQuery: (sql, parameters) => onQuery(sql, Array.isArray(parameters) ? parameters : undefined), logQueryError: ignore, logQuerySlow: ignore, logSchemaBuild: ignore, logMigration: ignore, log: ignore };
}

export function createDataSource(
  url: string,
  { poolSize = 20, connectionTimeoutMs = DEFAULT_CONNECTION_TIMEOUT_MS, statementTimeoutMs = DEFAULT_STATEMENT_TIMEOUT_MS, onQuery }: DatabaseOptions = {},
): DataSource {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: false,
    synchronize: false,
    logging: false,
    ...(onQuery ? { logger: queryCounter(onQuery) } : {}),
    // pipeline: a request's statements made at the same time travel together (request-connection.ts).
    extra: { max: poolSize, connectionTimeoutMillis: connectionTimeoutMs, pipeline: true },
  });
  statementTimeouts.set(dataSource, statementTimeoutMs);
  return dataSource;
}

export async function openDatabase(url: string, options: DatabaseOptions = {}): Promise<DataSource> {
  const dataSource = createDataSource(url, options);
  await dataSource.initialize();
  await withStartupLock(url, async () => {
    // First: the webhook triggers of our migrations (and any change they back-fill) add jobs to it.
    await installJobQueue(url);
    await dataSource.runMigrations({ transaction: 'each' });
  });
  return dataSource;
}
