// Types of the 三包 parts contract (docs/parts-contract.md) as the admin reads them: read off the
// documents (typed from the schema by gql.tada), and the schema's enums the pages list.
import type { LocalPurchaseReason, RequisitionPurpose, RequisitionStatus, WriteOffStatus } from '@aftersales/domain';
import { enumValues, type ResultOf, type SchemaEnum } from '../graphql/graphql';
import type { LOCAL_PURCHASES_QUERY } from './local-purchases/local-purchase-queries';
import type { PART_OPTIONS_QUERY, PARTS_SETTINGS_QUERY, STOCK_LOCATIONS_QUERY } from './parts-queries';
import type { REQUISITION_QUERY, REQUISITIONS_QUERY } from './requisitions/requisition-queries';
import type { STOCK_LEVELS_QUERY, STOCK_MOVEMENTS_QUERY } from './stock/stock-queries';
import type { WRITE_OFF_QUERY, WRITE_OFFS_QUERY } from './write-offs/write-off-queries';

export type { LocalPurchaseReason, RequisitionPurpose, RequisitionStatus, WriteOffStatus };

export type RequisitionDestination = SchemaEnum<'RequisitionDestination'>;
export const REQUISITION_DESTINATIONS = enumValues<RequisitionDestination>()(['CENTER', 'CUSTOMER']);

export type RequisitionAction = SchemaEnum<'RequisitionAction'>;

export type LocalPurchaseStatus = SchemaEnum<'LocalPurchaseStatus'>;
export const LOCAL_PURCHASE_STATUSES = enumValues<LocalPurchaseStatus>()(['REQUESTED', 'APPROVED', 'REJECTED', 'PURCHASED']);

/**
 * The ledger's kinds as the API lists them: the domain's movements plus SHIP, commerce's shipment
 * of a requisition out of the manufacturing unit's stock; OLD_PART_WRITTEN_OFF is old parts a
 * closing write-off settled (e.g. kept by the customer), no stock.
 */
export type LedgerKind = SchemaEnum<'StockMovementKind'>;
export const LEDGER_KINDS = enumValues<LedgerKind>()(['IN', 'OUT', 'TRANSFER', 'SHIP', 'SCRAP', 'RETURN_OLD_PART', 'OLD_PART_WRITTEN_OFF']);

export type StockLocationKind = SchemaEnum<'StockLocationKind'>;

/** FACTORY, HEAD_OFFICE or a center the viewer may see. */
export type StockLocation = ResultOf<typeof STOCK_LOCATIONS_QUERY>['stockLocations'][number];
/** A part as the pickers offer it. */
export type PartOption = ResultOf<typeof PART_OPTIONS_QUERY>['parts']['nodes'][number];
export type PartsSettings = ResultOf<typeof PARTS_SETTINGS_QUERY>['partsSettings'];

export type RequisitionListItem = ResultOf<typeof REQUISITIONS_QUERY>['partsRequisitions']['nodes'][number];
export type RequisitionDetail = NonNullable<ResultOf<typeof REQUISITION_QUERY>['partsRequisition']>;
export type RequisitionLine = RequisitionDetail['lines'][number];
export type RequisitionApproval = RequisitionDetail['approvals'][number];
export type PartsShipment = RequisitionDetail['shipments'][number];

export type StockLevel = ResultOf<typeof STOCK_LEVELS_QUERY>['stockLevels']['nodes'][number];
export type StockMovement = ResultOf<typeof STOCK_MOVEMENTS_QUERY>['stockMovements']['nodes'][number];

export type LocalPurchase = ResultOf<typeof LOCAL_PURCHASES_QUERY>['localPurchases']['nodes'][number];

export type WriteOffListItem = ResultOf<typeof WRITE_OFFS_QUERY>['partsWriteOffs']['nodes'][number];
export type WriteOffDetail = NonNullable<ResultOf<typeof WRITE_OFF_QUERY>['partsWriteOff']>;
export type WriteOffLine = WriteOffDetail['lines'][number];
