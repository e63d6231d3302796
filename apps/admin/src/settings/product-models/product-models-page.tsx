import { useTranslation } from 'react-i18next';
import { SelectField, type DataTableColumn } from '@aftersales/ui';
import { activeColumn, activeToggleLabels } from '../../common/active-column';
import { formatMoney, isMoneyText } from '../../common/format';
import type { EntityFormConfig } from '../../common/forms/entity-form-dialog';
import { RecordListPage } from '../../common/lists/record-list-page';
import { requireFields } from '../../common/forms/use-form-state';
import { useOptions } from '../../common/forms/use-options';
import { CATEGORY_OPTIONS_QUERY } from '../product-categories/product-category-queries';
import { ProductModelForm, type ProductModelValues } from './product-model-form';
import { CREATE_PRODUCT_MODEL, PRODUCT_MODELS_QUERY, SET_PRODUCT_MODEL_ACTIVE, UPDATE_PRODUCT_MODEL } from './product-model-queries';

interface ProductModel {
  id: string;
  code: string;
  name: string;
  category: { id: string; code: string; name: string };
  unitCost: string;
  active: boolean;
}

type ModelFilter = { search: string; categoryId: string; includeInactive: boolean };

export function ProductModelsPage() {
  const { t, i18n } = useTranslation();
  const { options: categoryOptions } = useOptions(CATEGORY_OPTIONS_QUERY, 'productCategories');

  const columns: DataTableColumn<ProductModel>[] = [
    { key: 'code', header: t('productModels.fields.code'), render: (model) => model.code, width: '140px' },
    { key: 'name', header: t('productModels.fields.name'), render: (model) => model.name },
    { key: 'category', header: t('productModels.fields.category'), render: (model) => model.category.name },
    { key: 'unitCost', header: t('productModels.fields.unitCost'), render: (model) => formatMoney(model.unitCost, i18n.language), align: 'end' },
    activeColumn<ProductModel>(t),
  ];

  const form: EntityFormConfig<ProductModel, ProductModelValues> = {
    empty: () => ({ code: '', name: '', categoryId: '', unitCost: '', currentCategory: null }),
    fromNode: (model) => ({ code: model.code, name: model.name, categoryId: model.category.id, unitCost: model.unitCost, currentCategory: model.category }),
    validate: (values) => {
      const errors = requireFields(values, ['code', 'name', 'categoryId', 'unitCost'], t('common.required'));
      if (!errors['unitCost'] && !isMoneyText(values.unitCost)) errors['unitCost'] = t('common.moneyInvalid');
      return errors;
    },
    toInput: (values) => ({ code: values.code.trim(), name: values.name.trim(), categoryId: values.categoryId, unitCost: values.unitCost.trim() }),
    createMutation: CREATE_PRODUCT_MODEL,
    updateMutation: UPDATE_PRODUCT_MODEL,
    render: (props) => <ProductModelForm {...props} />,
  };

  return (
    <RecordListPage<ProductModel, ProductModelValues, ModelFilter>
      labels={{
        title: t('productModels.title'),
        description: t('productModels.description'),
        create: t('productModels.create'),
        createTitle: t('productModels.createTitle'),
        editTitle: t('productModels.editTitle'),
        search: t('productModels.search'),
        empty: t('productModels.empty'),
      }}
      list={{ query: PRODUCT_MODELS_QUERY, field: 'productModels', typename: 'ProductModel', initialFilter: { search: '', categoryId: '', includeInactive: false } }}
      inactiveFilterKey="includeInactive"
      columns={columns}
      form={form}
      renderFilters={(list) => (
        <SelectField
          label={t('productModels.fields.category')}
          value={list.filter.categoryId}
          onChange={(categoryId) => list.setFilter({ categoryId })}
          options={categoryOptions}
          placeholder={t('common.all')}
        />
      )}
      activeToggle={{
        isActive: (model) => model.active,
        mutation: SET_PRODUCT_MODEL_ACTIVE,
        variables: (model, active) => ({ id: model.id, active }),
        labels: activeToggleLabels<ProductModel>(t),
      }}
    />
  );
}
