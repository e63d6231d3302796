import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, DataTable, PageLayout, SearchBox, Toolbar, ToolbarToggle, type DataTableColumn } from '@aftersales/ui';
import { useErrorMapper } from '../../graphql/use-form-errors';
import { ActiveToggle, type ActiveToggleConfig } from './active-toggle';
import { EntityFormDialog, type EntityFormConfig } from '../forms/entity-form-dialog';
import { ListPagination } from './list-pagination';
import { useConnectionList, type ConnectionList, type ConnectionListOptions, type ListFilter } from './use-connection-list';

export interface RecordListPageLabels {
  title: string;
  description?: string;
  /** The create / edit texts are needed only with a form. */
  create?: string;
  createTitle?: string;
  editTitle?: string;
  search: string;
  empty: string;
}

/** Every list has a search box, so every filter has `search`. */
export type SearchableFilter = ListFilter & { search: string };

export interface RecordListPageProps<Node extends { id: string }, Values, Filter extends SearchableFilter> {
  labels: RecordListPageLabels;
  list: Pick<ConnectionListOptions<Filter>, 'query' | 'field' | 'typename' | 'initialFilter' | 'toVariables' | 'searchParams'>;
  columns: readonly DataTableColumn<Node>[];
  /** The filter flag behind the "include inactive" toggle, when the contract has one. */
  inactiveFilterKey?: keyof Filter & string;
  inactiveLabel?: string;
  /** Omit to make the page read-only. */
  form?: EntityFormConfig<Node, Values>;
  formSize?: 'medium' | 'large';
  activeToggle?: ActiveToggleConfig<Node>;
  /** More filters for the toolbar (e.g. a category select). */
  renderFilters?: (list: ConnectionList<Node, Filter>) => ReactNode;
  /** More row buttons (e.g. reset password). */
  renderRowActions?: (node: Node, list: ConnectionList<Node, Filter>) => ReactNode;
  /** A message about the last action (e.g. "password reset"). */
  notice?: ReactNode;
  /** More header actions (e.g. a link to a page that creates the record). */
  actions?: ReactNode;
}

type Editing<Node> = { node: Node | null } | null;

/** A searchable, paged list of one kind of record, with create, edit and (de)activate when configured. */
export function RecordListPage<Node extends { id: string }, Values, Filter extends SearchableFilter>(props: RecordListPageProps<Node, Values, Filter>) {
  const { labels, columns, form, activeToggle, inactiveFilterKey, renderFilters, renderRowActions } = props;
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const list = useConnectionList<Node, Filter>(props.list);
  const [editing, setEditing] = useState<Editing<Node>>(null);
  const hasRowActions = Boolean(form || activeToggle || renderRowActions);

  const rowActions = (node: Node) => (
    <>
      {renderRowActions?.(node, list)}
      {form && (
        <Button size="small" onClick={() => setEditing({ node })}>
          {t('common.edit')}
        </Button>
      )}
      {activeToggle && <ActiveToggle node={node} config={activeToggle} onChanged={list.refresh} />}
    </>
  );

  return (
    <PageLayout
      title={labels.title}
      description={labels.description}
      actions={
        (form || props.actions) && (
          <>
            {props.actions}
            {form && (
              <Button variant="primary" onClick={() => setEditing({ node: null })}>
                {labels.create}
              </Button>
            )}
          </>
        )
      }
    >
      <Toolbar>
        <SearchBox label={labels.search} placeholder={labels.search} defaultValue={list.filter.search} onSearch={(search) => list.setFilter({ search } as Partial<Filter>)} />
        {renderFilters?.(list)}
        {inactiveFilterKey && (
          <ToolbarToggle
            label={props.inactiveLabel ?? t('common.includeInactive')}
            checked={Boolean(list.filter[inactiveFilterKey])}
            onChange={(checked) => list.setFilter({ [inactiveFilterKey]: checked } as Partial<Filter>)}
          />
        )}
      </Toolbar>
      {props.notice}
      {list.error && <Alert tone="danger">{mapError(list.error).message}</Alert>}
      <DataTable
        label={labels.title}
        columns={columns}
        rows={list.rows}
        rowKey={(node) => node.id}
        emptyMessage={labels.empty}
        loading={list.fetching}
        loadingMessage={t('common.loading')}
        rowActions={hasRowActions ? rowActions : undefined}
        actionsHeader={t('common.actions')}
        isRowMuted={activeToggle ? (node) => !activeToggle.isActive(node) : undefined}
      />
      <ListPagination list={list} />
      {form && editing && (
        <EntityFormDialog
          config={form}
          node={editing.node}
          title={(editing.node ? labels.editTitle : labels.createTitle) ?? ''}
          size={props.formSize}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            list.refresh();
          }}
        />
      )}
    </PageLayout>
  );
}
