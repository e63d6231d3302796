// Types of the GraphQL contract (docs/graphql-contract.md) that the admin reads and writes.
import type { Role } from '@aftersales/domain';

// Enumerations shared with the API come from the domain package.
export {
  ABC_CLASSES,
  ASSESSMENT_ITEM_FIELDS,
  ASSESSMENT_ITEMS,
  ASSESSMENT_KINDS,
  CALENDAR_DAY_KINDS,
  REGION_ZONES,
  REPAIR_CENTER_STATUSES,
  ROLES,
  type AbcClass,
  type AssessmentItem,
  type AssessmentKind,
  type AssessmentResult,
  type AssessmentScores,
  type CalendarDayKind,
  type ManualCenterStatus,
  type Permission,
  type RecordedCenterStatus,
  type RegionZone,
  type RepairCenterSettings,
  type RepairCenterStatus,
  type Role,
} from '@aftersales/domain';

export type PrincipalKind = 'USER' | 'API_KEY' | 'SYSTEM';
export type WarrantyStatus = 'IN_WARRANTY' | 'EXPIRED' | 'NO_PROOF';

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Connection<Node> {
  nodes: Node[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A record picked by id, shown as `code · name` (form values and options). */
export interface CodedRef {
  id: string;
  code: string;
  name: string;
}

export interface RepairCenterSummary {
  id: string;
  code: string;
  name: string;
}

export interface Viewer {
  kind: PrincipalKind;
  userId: string | null;
  username: string | null;
  displayName: string;
  role: Role;
  repairCenter: RepairCenterSummary | null;
  permissions: string[];
}

export interface LoginPayload {
  token: string;
  expiresAt: string;
  viewer: Viewer;
}
