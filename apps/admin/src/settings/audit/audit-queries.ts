import { graphql, type ResultOf } from '../../graphql/graphql';

export const AUDIT_LOG_QUERY = graphql(`
  query AuditLog($first: Int, $after: String, $filter: AuditFilter) {
    auditLog(first: $first, after: $after, filter: $filter) {
      nodes { id at actorKind actorName action entityType entityId before after }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

export type AuditEntry = ResultOf<typeof AUDIT_LOG_QUERY>['auditLog']['nodes'][number];

/** The entity types the API records (its GraphQL type names). */
export const AUDITED_ENTITY_TYPES = [
  'Complaint', 'CapaRequest', 'VisitRequest', 'WorkOrder', 'Survey', 'MaintenanceContract',
  'PartsRequisition', 'StockMovement', 'PartUsage', 'LocalPurchase', 'PartsWriteOff',
  'TechnicianScore', 'TechnicianScoreMonth',
  'Region', 'ProductCategory', 'ProductModel', 'ProductUnit', 'Part', 'BusinessCalendar', 'CalendarDay', 'RepairCenter', 'Technician', 'Settings', 'User', 'ApiKey', 'WebhookEndpoint',
] as const;
