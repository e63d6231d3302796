import { useTranslation } from 'react-i18next';
import { Pagination } from '@aftersales/ui';
import type { ConnectionList, ListFilter } from './use-connection-list';

export function ListPagination<Node, Filter extends ListFilter>({ list }: { list: ConnectionList<Node, Filter> }) {
  const { t } = useTranslation();
  return (
    <Pagination
      label={t('pagination.label')}
      summary={t('pagination.summary', { total: list.totalCount, page: list.cursor.page })}
      hasNextPage={list.pageInfo.hasNextPage}
      hasPreviousPage={list.cursor.hasPrevious}
      onNext={() => list.cursor.next(list.pageInfo.endCursor)}
      onPrevious={list.cursor.previous}
      previousLabel={t('pagination.previous')}
      nextLabel={t('pagination.next')}
      disabled={list.fetching}
    />
  );
}
