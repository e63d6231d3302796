// Types of the GraphQL contract (docs/graphql-contract.md) that the admin reads and writes.
import type { SchemaEnum } from './graphql';

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

export type WarrantyStatus = SchemaEnum<'WarrantyStatus'>;

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

export type { Viewer } from './viewer-fields';
export type { LoginPayload } from '../session/queries';
