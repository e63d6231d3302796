export const AUDIT_LOG_QUERY = /* GraphQL */ `
  query AuditLog($first: Int, $after: String, $filter: AuditFilter) {
    auditLog(first: $first, after: $after, filter: $filter) {
      nodes { id at actorKind actorName action entityType entityId before after }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

export interface AuditEntry {
  id: string;
  at: string;
  actorKind: 'USER' | 'API_KEY' | 'SYSTEM';
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** The entity types the API records (its GraphQL type names). */
export const AUDITED_ENTITY_TYPES = ['Region', 'ProductCategory', 'ProductModel', 'ProductUnit', 'Part', 'BusinessCalendar', 'CalendarDay', 'RepairCenter', 'Technician', 'Settings', 'User', 'ApiKey'] as const;
