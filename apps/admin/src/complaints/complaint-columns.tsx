import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { DataTableColumn } from '@aftersales/ui';
import { formatDateTime, formatDeadline } from '../common/format';
import { ComplaintMarkers, ComplaintStatusBadge, TierBadge } from './complaint-badges';
import type { ComplaintListItem } from './complaint-queries';
import { OverdueBadge } from './deadline-state';

export type ComplaintColumnKey = 'code' | 'receivedAt' | 'customer' | 'product' | 'tier' | 'status' | 'replyDue';

/** The complaint list's columns; the dashboard shows a few of them. */
export function complaintColumns(t: TFunction, language: string, keys?: readonly ComplaintColumnKey[]): DataTableColumn<ComplaintListItem>[] {
  const columns: (DataTableColumn<ComplaintListItem> & { key: ComplaintColumnKey })[] = [
    {
      key: 'code',
      header: t('complaints.fields.code'),
      width: '150px',
      render: (complaint) => (
        <div className="app-cell-stack">
          <Link to={`/complaints/${complaint.id}`}>{complaint.code}</Link>
          <ComplaintMarkers specialCase={complaint.specialCase} escalationFlagged={complaint.escalationFlagged} pinned />
        </div>
      ),
    },
    { key: 'receivedAt', header: t('complaints.fields.receivedAt'), render: (complaint) => formatDateTime(complaint.receivedAt, language), width: '150px' },
    {
      key: 'customer',
      header: t('complaints.fields.customer'),
      render: (complaint) => (
        <div className="app-cell-stack">
          <span>{complaint.customerName}</span>
          <span className="app-muted">{complaint.customerPhone}</span>
        </div>
      ),
    },
    {
      key: 'product',
      header: t('complaints.fields.product'),
      render: (complaint) => (
        <div className="app-cell-stack">
          <span>{`${complaint.model.code} ${complaint.model.name}`}</span>
          <span className="app-muted">
            {complaint.serialNumber}
            {complaint.unknownSerial && ` · ${t('complaints.markers.unknownSerial')}`}
          </span>
        </div>
      ),
    },
    { key: 'tier', header: t('complaints.fields.tier'), render: (complaint) => <TierBadge tier={complaint.tier} especiallyMajor={complaint.especiallyMajor} /> },
    { key: 'status', header: t('complaints.fields.status'), render: (complaint) => <ComplaintStatusBadge status={complaint.status} /> },
    {
      key: 'replyDue',
      header: t('complaints.fields.replyDue'),
      render: ({ deadlines }) => (
        <div className="app-cell-stack">
          <span>{formatDeadline(deadlines.reply.due, language)}</span>
          <OverdueBadge deadline={deadlines.reply} />
          <OverdueBadge deadline={deadlines.firstResponse} prefixed />
        </div>
      ),
    },
  ];
  return keys ? columns.filter((column) => keys.includes(column.key)) : columns;
}
