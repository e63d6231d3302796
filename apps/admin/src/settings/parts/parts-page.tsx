import { useTranslation } from 'react-i18next';
import { SelectField, StatusBadge, type DataTableColumn } from '@aftersales/ui';
import { activeColumn, activeToggleLabels } from '../../common/active-column';
import { formatMoney, isMoneyText } from '../../common/format';
import type { AbcClass } from '../../graphql/types';
import type { EntityFormConfig } from '../../common/forms/entity-form-dialog';
import { RecordListPage } from '../../common/lists/record-list-page';
import { requireFields } from '../../common/forms/use-form-state';
import { useOptions } from '../../common/forms/use-options';
import { MODEL_OPTIONS_QUERY } from '../product-models/product-model-queries';
import { PartForm, type PartValues } from './part-form';
import { CREATE_PART, PARTS_QUERY, SET_PART_ACTIVE, UPDATE_PART } from './part-queries';

interface Part {
  id: string;
  partNumber: string;
  name: string;
  spec: string | null;
  unitCost: string;
  abcClass: AbcClass;
  wearPart: boolean;
  compatibleModels: { id: string; code: string; name: string }[];
  active: boolean;
}

type PartFilter = { search: string; modelId: string; includeInactive: boolean };

export function PartsPage() {
  const { t, i18n } = useTranslation();
  const { options: modelOptions } = useOptions(MODEL_OPTIONS_QUERY, 'productModels');

  const columns: DataTableColumn<Part>[] = [
    { key: 'partNumber', header: t('parts.fields.partNumber'), render: (part) => part.partNumber, width: '140px' },
    { key: 'name', header: t('parts.fields.name'), render: (part) => part.name },
    { key: 'spec', header: t('parts.fields.spec'), render: (part) => part.spec ?? '—' },
    { key: 'unitCost', header: t('parts.fields.unitCost'), render: (part) => formatMoney(part.unitCost, i18n.language), align: 'end' },
    { key: 'abcClass', header: t('parts.fields.abcClass'), render: (part) => part.abcClass, align: 'center' },
    { key: 'wearPart', header: t('parts.fields.wearPart'), render: (part) => (part.wearPart ? <StatusBadge tone="info">{t('parts.wearPart')}</StatusBadge> : '—') },
    { key: 'compatibleModels', header: t('parts.fields.compatibleModels'), render: (part) => part.compatibleModels.map((model) => model.code).join(', ') || '—' },
    activeColumn<Part>(t),
  ];

  const form: EntityFormConfig<Part, PartValues> = {
    empty: () => ({ partNumber: '', name: '', spec: '', unitCost: '', abcClass: '', wearPart: false, compatibleModelIds: [], currentModels: [] }),
    fromNode: (part) => ({
      partNumber: part.partNumber,
      name: part.name,
      spec: part.spec ?? '',
      unitCost: part.unitCost,
      abcClass: part.abcClass,
      wearPart: part.wearPart,
      compatibleModelIds: part.compatibleModels.map((model) => model.id),
      currentModels: part.compatibleModels,
    }),
    validate: (values) => {
      const errors = requireFields(values, ['partNumber', 'name', 'unitCost', 'abcClass'], t('common.required'));
      if (!errors['unitCost'] && !isMoneyText(values.unitCost)) errors['unitCost'] = t('common.moneyInvalid');
      return errors;
    },
    toInput: (values) => ({
      partNumber: values.partNumber.trim(),
      name: values.name.trim(),
      spec: values.spec.trim() || null,
      unitCost: values.unitCost.trim(),
      abcClass: values.abcClass,
      wearPart: values.wearPart,
      compatibleModelIds: values.compatibleModelIds,
    }),
    createMutation: CREATE_PART,
    updateMutation: UPDATE_PART,
    render: (props) => <PartForm {...props} />,
  };

  return (
    <RecordListPage<Part, PartValues, PartFilter>
      labels={{
        title: t('parts.title'),
        description: t('parts.description'),
        create: t('parts.create'),
        createTitle: t('parts.createTitle'),
        editTitle: t('parts.editTitle'),
        search: t('parts.search'),
        empty: t('parts.empty'),
      }}
      list={{ query: PARTS_QUERY, field: 'parts', typename: 'Part', initialFilter: { search: '', modelId: '', includeInactive: false } }}
      inactiveFilterKey="includeInactive"
      columns={columns}
      form={form}
      formSize="large"
      renderFilters={(list) => (
        <SelectField label={t('parts.fields.compatibleModels')} value={list.filter.modelId} onChange={(modelId) => list.setFilter({ modelId })} options={modelOptions} placeholder={t('common.all')} />
      )}
      activeToggle={{
        isActive: (part) => part.active,
        mutation: SET_PART_ACTIVE,
        variables: (part, active) => ({ id: part.id, active }),
        labels: activeToggleLabels<Part>(t),
      }}
    />
  );
}
