import { useTranslation } from 'react-i18next';
import { RESPONSIBLE_UNITS, type ResponsibleUnit } from '@aftersales/domain';
import { Card, DataTable, type DataTableColumn } from '@aftersales/ui';
import { formatDateTime } from '../common/format';
import type { ComplaintEvent } from './complaint-queries';

const EVENT_KINDS = [
  'REGISTERED',
  'TRANSITION',
  'INVESTIGATION',
  'RESPONSIBILITY',
  'RESOLUTION',
  'SPECIAL_CASE',
  'OFFICE_MEETING_APPROVAL',
  'ROUTED',
  'REROUTED',
  'REPLY_EXTENDED',
  'FORWARDED',
  'CAPA_ISSUED',
  'CAPA_ANALYZED',
  'CAPA_ACTIONS_RECORDED',
  'CAPA_VERIFIED_EFFECTIVE',
  'CAPA_VERIFIED_INEFFECTIVE',
  'VISIT_REQUESTED',
  'VISIT_APPROVED',
  'VISIT_REJECTED',
  'TECHNICIAN_VERIFIED',
] as const;
type EventKind = (typeof EVENT_KINDS)[number];
const isKnownKind = (kind: string): kind is EventKind => (EVENT_KINDS as readonly string[]).includes(kind);
const isUnit = (note: string): note is ResponsibleUnit => (RESPONSIBLE_UNITS as readonly string[]).includes(note);

/** Who did what and when, oldest first, as the API lists it. */
export function ComplaintTimeline({ events }: { events: readonly ComplaintEvent[] }) {
  const { t, i18n } = useTranslation();
  const title = t('complaints.detail.sections.timeline');
  const status = (value: ComplaintEvent['fromStatus']) => (value ? t(`complaints.statuses.${value}`) : '—');
  const columns: DataTableColumn<ComplaintEvent>[] = [
    { key: 'at', header: t('complaints.timeline.at'), render: (event) => formatDateTime(event.at, i18n.language), width: '160px' },
    { key: 'actor', header: t('complaints.timeline.actor'), render: (event) => event.actorName },
    // A kind added to the API later still shows, untranslated.
    { key: 'event', header: t('complaints.timeline.event'), render: (event) => (isKnownKind(event.kind) ? t(`complaints.eventKinds.${event.kind}`) : event.kind) },
    {
      key: 'change',
      header: t('complaints.timeline.change'),
      render: (event) => {
        if (!event.toStatus) return '—';
        return event.fromStatus ? t('complaints.timeline.fromTo', { from: status(event.fromStatus), to: status(event.toStatus) }) : status(event.toStatus);
      },
    },
    {
      key: 'note',
      header: t('complaints.timeline.note'),
      // A corrective-action event notes the department it concerns.
      render: (event) => (event.note && event.kind.startsWith('CAPA_') && isUnit(event.note) ? t(`complaints.units.${event.note}`) : (event.note ?? '—')),
    },
  ];
  return (
    <Card title={title}>
      <DataTable label={title} columns={columns} rows={events} rowKey={(event) => event.id} emptyMessage={t('complaints.timeline.empty')} loadingMessage={t('common.loading')} />
    </Card>
  );
}
