import { useTranslation } from 'react-i18next';
import { StatusBadge } from '@aftersales/ui';
import { useErrorMapper } from '../graphql/use-form-errors';
import { WarrantyBadge } from '../settings/product-units/warranty-badge';
import type { WarrantyFeedbackState } from './use-warranty-check';

/**
 * The warranty status as the agent types: 在保 / 过保 / 无购买凭证 with the end date, whether the
 * product details came from the unit record, and a warning for a serial head office does not know.
 */
export function WarrantyFeedback({ state, filledFromUnit }: { state: WarrantyFeedbackState; filledFromUnit: string | null }) {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const { check, checking, error, serialNumber } = state;
  let content;
  if (error) {
    content = <span className="app-muted">{t('complaints.warranty.failed', { message: mapError(error).message })}</span>;
  } else if (check) {
    content = (
      <div className="app-stack">
        <span className="app-inline app-wrap">
          <WarrantyBadge status={check.status} endDate={check.endDate} />
          {check.component && <span className="app-muted">{t('complaints.warranty.componentPeriod', { component: check.component, months: check.months })}</span>}
        </span>
        {check.productUnit && filledFromUnit === check.productUnit.serialNumber && (
          <span>{t('complaints.warranty.filledFromUnit', { serial: check.productUnit.serialNumber })}</span>
        )}
        {!check.productUnit && serialNumber && (
          <span className="app-inline app-wrap">
            <StatusBadge tone="warning">{t('complaints.warranty.unknownSerial')}</StatusBadge>
            <span className="app-muted">{t('complaints.warranty.unknownSerialHint')}</span>
          </span>
        )}
      </div>
    );
  } else {
    content = <span className="app-muted">{checking ? t('complaints.warranty.checking') : t('complaints.warranty.prompt')}</span>;
  }
  return (
    <div className="app-warranty-feedback" role="status" aria-live="polite" aria-label={t('complaints.warranty.title')}>
      {content}
    </div>
  );
}
