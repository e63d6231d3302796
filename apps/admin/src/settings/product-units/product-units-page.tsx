import { useTranslation } from 'react-i18next';
import { SelectField, type DataTableColumn } from '@aftersales/ui';
import type { WarrantyStatus } from '../../graphql/types';
import type { EntityFormConfig } from '../../common/forms/entity-form-dialog';
import { RecordListPage } from '../../common/lists/record-list-page';
import { requireFields } from '../../common/forms/use-form-state';
import { useOptions } from '../../common/forms/use-options';
import { MODEL_OPTIONS_QUERY } from '../product-models/product-model-queries';
import { ProductUnitForm, type ProductUnitValues } from './product-unit-form';
import { CREATE_PRODUCT_UNIT, PRODUCT_UNITS_QUERY, UPDATE_PRODUCT_UNIT } from './product-unit-queries';
import { WarrantyBadge } from './warranty-badge';

interface ProductUnit {
  id: string;
  serialNumber: string;
  model: { id: string; code: string; name: string };
  factoryDate: string | null;
  purchaseDate: string | null;
  invoiceNumber: string | null;
  customerName: string | null;
  dealerName: string | null;
  warranty: { status: WarrantyStatus; endDate: string | null };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function ProductUnitsPage() {
  const { t } = useTranslation();
  const { options: modelOptions } = useOptions(MODEL_OPTIONS_QUERY, 'productModels');

  const columns: DataTableColumn<ProductUnit>[] = [
    { key: 'serialNumber', header: t('productUnits.fields.serialNumber'), render: (unit) => unit.serialNumber },
    { key: 'model', header: t('productUnits.fields.model'), render: (unit) => `${unit.model.code} · ${unit.model.name}` },
    { key: 'purchaseDate', header: t('productUnits.fields.purchaseDate'), render: (unit) => unit.purchaseDate ?? '—' },
    { key: 'invoiceNumber', header: t('productUnits.fields.invoiceNumber'), render: (unit) => unit.invoiceNumber ?? '—' },
    { key: 'customerName', header: t('productUnits.fields.customerName'), render: (unit) => unit.customerName ?? '—' },
    { key: 'warranty', header: t('productUnits.fields.warranty'), render: (unit) => <WarrantyBadge status={unit.warranty.status} endDate={unit.warranty.endDate} /> },
  ];

  const form: EntityFormConfig<ProductUnit, ProductUnitValues> = {
    empty: () => ({ serialNumber: '', modelId: '', factoryDate: '', purchaseDate: '', invoiceNumber: '', customerName: '', dealerName: '', currentModel: null }),
    fromNode: (unit) => ({
      serialNumber: unit.serialNumber,
      modelId: unit.model.id,
      factoryDate: unit.factoryDate ?? '',
      purchaseDate: unit.purchaseDate ?? '',
      invoiceNumber: unit.invoiceNumber ?? '',
      customerName: unit.customerName ?? '',
      dealerName: unit.dealerName ?? '',
      currentModel: unit.model,
    }),
    validate: (values) => requireFields(values, ['serialNumber', 'modelId'], t('common.required')),
    toInput: (values) => ({
      serialNumber: values.serialNumber.trim(),
      modelId: values.modelId,
      factoryDate: orNull(values.factoryDate),
      purchaseDate: orNull(values.purchaseDate),
      invoiceNumber: orNull(values.invoiceNumber),
      customerName: orNull(values.customerName),
      dealerName: orNull(values.dealerName),
    }),
    createMutation: CREATE_PRODUCT_UNIT,
    updateMutation: UPDATE_PRODUCT_UNIT,
    render: (props) => <ProductUnitForm {...props} />,
  };

  return (
    <RecordListPage<ProductUnit, ProductUnitValues, { search: string; modelId: string }>
      labels={{
        title: t('productUnits.title'),
        description: t('productUnits.description'),
        create: t('productUnits.create'),
        createTitle: t('productUnits.createTitle'),
        editTitle: t('productUnits.editTitle'),
        search: t('productUnits.search'),
        empty: t('productUnits.empty'),
      }}
      list={{ query: PRODUCT_UNITS_QUERY, field: 'productUnits', typename: 'ProductUnit', initialFilter: { search: '', modelId: '' } }}
      columns={columns}
      form={form}
      renderFilters={(list) => (
        <SelectField label={t('productUnits.fields.model')} value={list.filter.modelId} onChange={(modelId) => list.setFilter({ modelId })} options={modelOptions} placeholder={t('common.all')} />
      )}
    />
  );
}
