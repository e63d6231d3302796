import type { TFunction } from 'i18next';
import { StatusBadge, type DataTableColumn } from '@aftersales/ui';

export function activeColumn<Node extends { active: boolean }>(t: TFunction): DataTableColumn<Node> {
  return {
    key: 'active',
    header: t('common.status'),
    render: (node) => <StatusBadge tone={node.active ? 'success' : 'neutral'}>{node.active ? t('common.active') : t('common.inactive')}</StatusBadge>,
  };
}

/** The usual (de)activate labels; the confirmation names the record. */
export function activeToggleLabels<Node extends { name: string }>(t: TFunction) {
  return {
    activate: t('common.activate'),
    deactivate: t('common.deactivate'),
    confirmTitle: t('common.deactivateTitle'),
    confirmMessage: (node: Node) => t('common.deactivateMessage', { name: node.name }),
  };
}
