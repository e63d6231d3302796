import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Alert, Card } from '@aftersales/ui';
import { useErrorMapper } from '../graphql/use-form-errors';
import { inboxLink } from './inbox-links';
import { MY_INBOX_QUERY } from './inbox-queries';

/** 待办: what waits for the viewer's role, each with its count, linked to the list that shows those records. */
export function InboxCard() {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const [{ data, error, fetching }] = useQuery({ query: MY_INBOX_QUERY, requestPolicy: 'cache-and-network' });
  const waiting = (data?.myInbox ?? []).filter((item) => item.count > 0);
  const title = t('inbox.title');
  return (
    <Card title={title}>
      {error && <Alert tone="danger">{mapError(error).message}</Alert>}
      {data && waiting.length === 0 && <p className="app-inbox__empty">{t('inbox.empty')}</p>}
      {!data && fetching && <p className="app-inbox__empty">{t('common.loading')}</p>}
      {waiting.length > 0 && (
        <ul className="app-inbox" aria-label={title}>
          {waiting.map((item) => (
            <li key={`${item.kind}-${item.period ?? ''}`}>
              <Link className="app-inbox__item" to={inboxLink(item)}>
                <span className="app-inbox__label">{t(`inbox.kinds.${item.kind}`, { period: item.period })}</span>
                <span className="app-inbox__count">{item.count}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
