import type { TFunction } from 'i18next';
import { StatusBadge, type DataTableColumn } from '@aftersales/ui';
import { activeColumn } from '../common/active-column';
import type { Technician } from './technician-queries';

/** Certificate number and expiry, with whether it is valid today (000 §5: needed to dispatch). */
export function CertificateCell({ technician, t }: { technician: Technician; t: TFunction }) {
  if (!technician.certificateNumber) return <StatusBadge tone="neutral">{t('technicians.noCertificate')}</StatusBadge>;
  return (
    <span className="app-inline">
      <span>{technician.certificateNumber}</span>
      {technician.certificateExpiresOn && <span className="app-muted">{t('technicians.certificateUntil', { date: technician.certificateExpiresOn })}</span>}
      <StatusBadge tone={technician.certificateValid ? 'success' : 'danger'}>{technician.certificateValid ? t('technicians.certificateValid') : t('technicians.certificateExpired')}</StatusBadge>
    </span>
  );
}

/** The columns of a technicians table; the employer column only where several employers are listed. */
export function technicianColumns<Node extends Technician>(t: TFunction, { employer }: { employer: boolean }): DataTableColumn<Node>[] {
  return [
    { key: 'code', header: t('technicians.fields.code'), render: (technician) => technician.code, width: '110px' },
    { key: 'name', header: t('technicians.fields.name'), render: (technician) => technician.name },
    { key: 'phone', header: t('technicians.fields.phone'), render: (technician) => technician.phone },
    ...(employer
      ? [{ key: 'employer', header: t('technicians.fields.employer'), render: (technician: Node) => technician.repairCenter?.name ?? t('technicians.headOffice') }]
      : []),
    { key: 'skills', header: t('technicians.fields.skills'), render: (technician) => technician.skills.map((skill) => skill.name).join('、') || '—' },
    { key: 'certificate', header: t('technicians.fields.certificate'), render: (technician) => <CertificateCell technician={technician} t={t} /> },
    {
      key: 'dispatchable',
      header: t('technicians.fields.dispatchable'),
      render: (technician) => (
        <StatusBadge tone={technician.dispatchable ? 'success' : 'neutral'}>{technician.dispatchable ? t('technicians.dispatchable') : t('technicians.notDispatchable')}</StatusBadge>
      ),
    },
    activeColumn<Node>(t),
  ];
}
