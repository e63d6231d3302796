import { useTranslation } from 'react-i18next';
import { FormGrid, NumberField, TextField, type DataTableColumn } from '@aftersales/ui';
import { activeColumn, activeToggleLabels } from '../../common/active-column';
import type { EntityFormConfig } from '../../common/forms/entity-form-dialog';
import { RecordListPage } from '../../common/lists/record-list-page';
import { requireFields } from '../../common/forms/use-form-state';
import { ComponentWarrantiesEditor, type ComponentWarrantyRow } from './component-warranties-editor';
import { CREATE_PRODUCT_CATEGORY, PRODUCT_CATEGORIES_QUERY, SET_PRODUCT_CATEGORY_ACTIVE, UPDATE_PRODUCT_CATEGORY } from './product-category-queries';

interface ProductCategory {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
  warrantyMonths: number;
  componentWarranties: { component: string; months: number }[];
  active: boolean;
}

interface CategoryValues {
  code: string;
  name: string;
  nameEn: string;
  warrantyMonths: number | null;
  componentWarranties: ComponentWarrantyRow[];
}

export function ProductCategoriesPage() {
  const { t } = useTranslation();

  const columns: DataTableColumn<ProductCategory>[] = [
    { key: 'code', header: t('productCategories.fields.code'), render: (category) => category.code, width: '120px' },
    { key: 'name', header: t('productCategories.fields.name'), render: (category) => category.name },
    { key: 'nameEn', header: t('productCategories.fields.nameEn'), render: (category) => category.nameEn ?? '—' },
    { key: 'warrantyMonths', header: t('productCategories.fields.warrantyMonths'), render: (category) => t('common.months', { count: category.warrantyMonths }), align: 'end' },
    {
      key: 'componentWarranties',
      header: t('productCategories.fields.componentWarranties'),
      render: (category) => category.componentWarranties.map((entry) => `${entry.component} ${t('common.months', { count: entry.months })}`).join('，') || '—',
    },
    activeColumn<ProductCategory>(t),
  ];

  const form: EntityFormConfig<ProductCategory, CategoryValues> = {
    empty: () => ({ code: '', name: '', nameEn: '', warrantyMonths: 12, componentWarranties: [] }),
    fromNode: (category) => ({
      code: category.code,
      name: category.name,
      nameEn: category.nameEn ?? '',
      warrantyMonths: category.warrantyMonths,
      componentWarranties: category.componentWarranties.map(({ component, months }) => ({ component, months })),
    }),
    validate: (values) => {
      const errors = requireFields(values, ['code', 'name', 'warrantyMonths'], t('common.required'));
      values.componentWarranties.forEach((row, index) => {
        if (!row.component.trim()) errors[`componentWarranties.${index}.component`] = t('common.required');
        if (row.months === null) errors[`componentWarranties.${index}.months`] = t('common.required');
      });
      return errors;
    },
    toInput: (values) => ({
      code: values.code.trim(),
      name: values.name.trim(),
      nameEn: values.nameEn.trim() || null,
      warrantyMonths: values.warrantyMonths,
      componentWarranties: values.componentWarranties.map((row) => ({ component: row.component.trim(), months: row.months })),
    }),
    createMutation: CREATE_PRODUCT_CATEGORY,
    updateMutation: UPDATE_PRODUCT_CATEGORY,
    render: ({ values, set, fieldErrors }) => (
      <>
        <FormGrid columns={3}>
          <TextField label={t('productCategories.fields.code')} required value={values.code} onChange={(value) => set('code', value)} error={fieldErrors['code']} />
          <TextField label={t('productCategories.fields.name')} required value={values.name} onChange={(value) => set('name', value)} error={fieldErrors['name']} />
          <TextField label={t('productCategories.fields.nameEn')} value={values.nameEn} onChange={(value) => set('nameEn', value)} error={fieldErrors['nameEn']} hint={t('productCategories.nameEnHint')} />
          <NumberField
            label={t('productCategories.fields.warrantyMonths')}
            required
            min={0}
            step={1}
            value={values.warrantyMonths}
            onChange={(value) => set('warrantyMonths', value)}
            error={fieldErrors['warrantyMonths']}
          />
        </FormGrid>
        <ComponentWarrantiesEditor rows={values.componentWarranties} onChange={(rows) => set('componentWarranties', rows)} fieldErrors={fieldErrors} />
      </>
    ),
  };

  return (
    <RecordListPage<ProductCategory, CategoryValues, { search: string; includeInactive: boolean }>
      labels={{
        title: t('productCategories.title'),
        description: t('productCategories.description'),
        create: t('productCategories.create'),
        createTitle: t('productCategories.createTitle'),
        editTitle: t('productCategories.editTitle'),
        search: t('productCategories.search'),
        empty: t('productCategories.empty'),
      }}
      list={{ query: PRODUCT_CATEGORIES_QUERY, field: 'productCategories', typename: 'ProductCategory', initialFilter: { search: '', includeInactive: false } }}
      inactiveFilterKey="includeInactive"
      columns={columns}
      form={form}
      formSize="large"
      activeToggle={{
        isActive: (category) => category.active,
        mutation: SET_PRODUCT_CATEGORY_ACTIVE,
        variables: (category, active) => ({ id: category.id, active }),
        labels: activeToggleLabels<ProductCategory>(t),
      }}
    />
  );
}
