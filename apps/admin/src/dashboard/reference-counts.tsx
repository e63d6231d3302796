import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Alert, Card } from '@aftersales/ui';
import { graphql, type ResultOf } from '../graphql/graphql';
import { useErrorMapper } from '../graphql/use-form-errors';
import type { TranslationKey } from '../i18n/translation-key';

export const COUNTS_QUERY = graphql(`
  query ReferenceCounts {
    regions(first: 1) { totalCount }
    productCategories(first: 1) { totalCount }
    productModels(first: 1) { totalCount }
    parts(first: 1) { totalCount }
    users(first: 1) { totalCount }
  }
`);

type CountField = keyof ResultOf<typeof COUNTS_QUERY>;

const COUNTS: readonly { field: CountField; labelKey: TranslationKey; to: string }[] = [
  { field: 'regions', labelKey: 'settings.nav.regions', to: '/settings/regions' },
  { field: 'productCategories', labelKey: 'settings.nav.productCategories', to: '/settings/product-categories' },
  { field: 'productModels', labelKey: 'settings.nav.productModels', to: '/settings/product-models' },
  { field: 'parts', labelKey: 'settings.nav.parts', to: '/settings/parts' },
  { field: 'users', labelKey: 'settings.nav.users', to: '/settings/users' },
];

/** Head office's overview of what has been configured (active records). */
export function ReferenceCounts() {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const [{ data, error }] = useQuery({ query: COUNTS_QUERY, requestPolicy: 'cache-and-network' });
  return (
    <Card title={t('dashboard.counts')}>
      {error && <Alert tone="danger">{mapError(error).message}</Alert>}
      <dl className="app-stats">
        {COUNTS.map((count) => (
          <div key={count.field} className="app-stats__item">
            <dt>
              <Link to={count.to}>{t(count.labelKey)}</Link>
            </dt>
            <dd>{data ? data[count.field].totalCount : '–'}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
