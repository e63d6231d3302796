import { useTranslation } from 'react-i18next';
import { StatusBadge, type StatusTone } from '@aftersales/ui';
import type { AbcClass } from '../graphql/types';
import type { LedgerKind, LocalPurchaseStatus, RequisitionStatus, WriteOffStatus } from './parts-types';

const REQUISITION_TONES: Record<RequisitionStatus, StatusTone> = {
  DRAFT: 'neutral',
  SUBMITTED: 'info',
  APPROVED: 'info',
  REJECTED: 'danger',
  BACKORDERED: 'warning',
  SHIPPED: 'info',
  RECEIVED: 'success',
  CLOSED: 'neutral',
  DISCARDED: 'neutral',
};

const LOCAL_PURCHASE_TONES: Record<LocalPurchaseStatus, StatusTone> = { REQUESTED: 'info', APPROVED: 'warning', REJECTED: 'danger', PURCHASED: 'success' };

const CONTROL_TONES: Record<AbcClass, StatusTone> = { A: 'danger', B: 'warning', C: 'neutral' };

const KIND_TONES: Record<LedgerKind, StatusTone> = { IN: 'success', OUT: 'warning', TRANSFER: 'info', SHIP: 'info', SCRAP: 'danger', RETURN_OLD_PART: 'neutral', OLD_PART_WRITTEN_OFF: 'neutral' };

export function RequisitionStatusBadge({ status }: { status: RequisitionStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={REQUISITION_TONES[status]}>{t(`warrantyParts.requisitions.statuses.${status}`)}</StatusBadge>;
}

export function LocalPurchaseStatusBadge({ status }: { status: LocalPurchaseStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={LOCAL_PURCHASE_TONES[status]}>{t(`warrantyParts.localPurchases.statuses.${status}`)}</StatusBadge>;
}

export function WriteOffStatusBadge({ status }: { status: WriteOffStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={status === 'OPEN' ? 'warning' : 'success'}>{t(`warrantyParts.writeOffs.statuses.${status}`)}</StatusBadge>;
}

/** The ABC class with how tightly it is controlled (A 重点控制 … C 简单控制). */
export function AbcControlBadge({ abcClass }: { abcClass: AbcClass }) {
  const { t } = useTranslation();
  return <StatusBadge tone={CONTROL_TONES[abcClass]}>{t(`warrantyParts.stock.controls.${abcClass}`)}</StatusBadge>;
}

export function LedgerKindBadge({ kind }: { kind: LedgerKind }) {
  const { t } = useTranslation();
  return <StatusBadge tone={KIND_TONES[kind]}>{t(`warrantyParts.stock.kinds.${kind}`)}</StatusBadge>;
}

/**
 * A count that should be zero: shown plainly when it is, in the danger tone (with a sign) when not,
 * so a difference stands out in a long table.
 */
export function DifferenceValue({ value }: { value: number | null | undefined }) {
  if (value === null || value === undefined) return <span className="app-muted">—</span>;
  if (value === 0) return <span className="parts-difference parts-difference--none">0</span>;
  return (
    <strong className="parts-difference parts-difference--off">
      {value > 0 ? `+${value}` : value}
    </strong>
  );
}
