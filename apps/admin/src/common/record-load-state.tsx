import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { Alert } from '@aftersales/ui';
import { hasErrorCode } from '../graphql/error-mapper';
import { useErrorMapper } from '../graphql/use-form-errors';

/**
 * What a detail page shows until its record is in: loading, the API's error, or `notFound` in the
 * reader's words — the API's NOT_FOUND names the record's class and id ("PartsRequisition aa66… 不存在"),
 * which tells a user nothing, so it reads as the page's own not-found too.
 */
export function RecordLoadState({ error, fetching, answered, notFound }: { error: CombinedError | undefined; fetching: boolean; answered: boolean; notFound: string }) {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  if (error && !hasErrorCode(error, 'NOT_FOUND')) return <Alert tone="danger">{mapError(error).message}</Alert>;
  if (error || (!fetching && answered)) return <Alert tone="warning">{notFound}</Alert>;
  return fetching ? <p role="status">{t('common.loading')}</p> : null;
}
