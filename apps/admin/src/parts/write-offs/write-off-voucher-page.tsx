import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Alert, Button, PageLayout } from '@aftersales/ui';
import { formatDateTime, formatMoney } from '../../common/format';
import { useErrorMapper } from '../../graphql/use-form-errors';
import { partLabel } from '../use-parts-data';
import { WRITE_OFF_QUERY } from './write-off-queries';

/** A signed count: "+2", "-1", "0". */
const signed = (value: number) => (value > 0 ? `+${value}` : String(value));

/**
 * 核销凭证: the archived voucher of a closed write-off, laid out for paper (the print styles leave
 * out the navigation and the buttons).
 */
export function WriteOffVoucherPage() {
  const { t, i18n } = useTranslation();
  const mapError = useErrorMapper();
  const { id = '' } = useParams();
  const [{ data, error, fetching }] = useQuery({ query: WRITE_OFF_QUERY, variables: { id }, requestPolicy: 'cache-and-network' });
  const writeOff = data?.partsWriteOff ?? null;
  const back = <Link to={`/parts/write-offs/${id}`}>{t('warrantyParts.back')}</Link>;

  if (!writeOff || writeOff.status !== 'CLOSED') {
    return (
      <PageLayout title={t('warrantyParts.writeOffs.voucher.title')} actions={back}>
        {error ? (
          <Alert tone="danger">{mapError(error).message}</Alert>
        ) : fetching && !writeOff ? (
          <p role="status">{t('common.loading')}</p>
        ) : (
          <Alert tone="warning">{writeOff ? t('warrantyParts.writeOffs.voucher.notClosed') : t('warrantyParts.writeOffs.notFound')}</Alert>
        )}
      </PageLayout>
    );
  }

  const headers = ['part', 'received', 'used', 'scrapped', 'transferredOut', 'onHandAtStart', 'onHandAtEnd', 'stockDifference', 'oldPartsReturned', 'oldPartDifference', 'oldPartsWrittenOff', 'explanation'] as const;
  return (
    <div className="app-stack">
      <div className="app-inline parts-no-print">
        {back}
        <Button variant="primary" onClick={() => window.print()}>
          {t('warrantyParts.writeOffs.voucher.print')}
        </Button>
      </div>
      <article className="parts-voucher" aria-label={t('warrantyParts.writeOffs.voucher.title')}>
        <h1>{t('warrantyParts.writeOffs.voucher.title')}</h1>
        <div className="parts-voucher__meta">
          <span>{t('warrantyParts.writeOffs.voucher.number', { code: writeOff.code })}</span>
          <span>{`${writeOff.repairCenter.code} ${writeOff.repairCenter.name}`}</span>
          <span>{writeOff.quarter}</span>
          <span>{t('warrantyParts.writeOffs.voucher.closed', { name: writeOff.closedByName ?? '', at: formatDateTime(writeOff.closedAt, i18n.language) })}</span>
        </div>
        <table aria-label={t('warrantyParts.writeOffs.lines.title')}>
          <thead>
            <tr>
              {headers.map((header) => (
                <th key={header}>{header === 'part' ? t('warrantyParts.fields.part') : t(`warrantyParts.writeOffs.lines.${header}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {writeOff.lines.length === 0 && (
              <tr>
                <td colSpan={headers.length}>{t('warrantyParts.writeOffs.lines.empty')}</td>
              </tr>
            )}
            {writeOff.lines.map((line) => (
              <tr key={line.part.id}>
                <td>{partLabel(line.part)}</td>
                {(['received', 'used', 'scrapped', 'transferredOut', 'onHandAtStart', 'onHandAtEnd'] as const).map((field) => (
                  <td key={field} className="parts-number">
                    {line[field]}
                  </td>
                ))}
                <td className="parts-number">{signed(line.stockDifference)}</td>
                <td className="parts-number">{line.oldPartsReturned}</td>
                <td className="parts-number">{signed(line.oldPartDifference)}</td>
                <td className="parts-number">{line.oldPartsWrittenOff}</td>
                <td>{line.explanation ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table aria-label={t('warrantyParts.writeOffs.requisitions')}>
          <thead>
            <tr>
              <th>{t('warrantyParts.requisitions.fields.code')}</th>
              <th>{t('warrantyParts.requisitions.fields.receivedAt')}</th>
              <th>{t('warrantyParts.requisitions.fields.value')}</th>
            </tr>
          </thead>
          <tbody>
            {writeOff.requisitions.length === 0 && (
              <tr>
                <td colSpan={3}>{t('warrantyParts.writeOffs.noRequisitions')}</td>
              </tr>
            )}
            {writeOff.requisitions.map((requisition) => (
              <tr key={requisition.id}>
                <td>{requisition.code}</td>
                <td>{formatDateTime(requisition.receivedAt, i18n.language)}</td>
                <td className="parts-number">{formatMoney(requisition.value, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="parts-voucher__signatures">
          <div>{t('warrantyParts.writeOffs.voucher.signCenter')}</div>
          <div>{t('warrantyParts.writeOffs.voucher.signCustomerService')}</div>
          <div>{t('warrantyParts.writeOffs.voucher.signApproval')}</div>
        </div>
      </article>
    </div>
  );
}
