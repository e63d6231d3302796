import { useTranslation } from 'react-i18next';
import type { EntityFormConfig } from '../common/forms/entity-form-dialog';
import { requireFields } from '../common/forms/use-form-state';
import { RepairCenterForm, type RepairCenterValues } from './repair-center-form';
import { CREATE_REPAIR_CENTER, UPDATE_REPAIR_CENTER, type RepairCenter } from './repair-center-queries';

const REQUIRED = ['code', 'name', 'regionId', 'address', 'contactName', 'phone', 'agreementNumber', 'agreementValidFrom', 'agreementValidTo'] as const;

/** The create / edit form of a repair center, used by the list and the detail page. */
export function useRepairCenterForm(): EntityFormConfig<RepairCenter, RepairCenterValues> {
  const { t } = useTranslation();
  return {
    empty: () => ({
      code: '',
      name: '',
      regionId: '',
      address: '',
      contactName: '',
      phone: '',
      agreementNumber: '',
      agreementValidFrom: '',
      agreementValidTo: '',
      categoryIds: [],
      notes: '',
      currentRegion: null,
      currentCategories: [],
    }),
    fromNode: (center) => ({
      code: center.code,
      name: center.name,
      regionId: center.region.id,
      address: center.address,
      contactName: center.contactName,
      phone: center.phone,
      agreementNumber: center.agreementNumber,
      agreementValidFrom: center.agreementValidFrom,
      agreementValidTo: center.agreementValidTo,
      categoryIds: center.categories.map((category) => category.id),
      notes: center.notes ?? '',
      currentRegion: center.region,
      currentCategories: center.categories,
    }),
    validate: (values) => {
      const errors = requireFields(values, REQUIRED, t('common.required'));
      // `YYYY-MM-DD` strings compare in calendar order.
      if (!errors['agreementValidTo'] && values.agreementValidFrom && values.agreementValidTo < values.agreementValidFrom) {
        errors['agreementValidTo'] = t('repairCenters.form.endsBeforeStart');
      }
      if (values.categoryIds.length === 0) errors['categoryIds'] = t('repairCenters.form.categoriesRequired');
      return errors;
    },
    toInput: (values) => ({
      code: values.code.trim(),
      name: values.name.trim(),
      regionId: values.regionId,
      address: values.address.trim(),
      contactName: values.contactName.trim(),
      phone: values.phone.trim(),
      agreementNumber: values.agreementNumber.trim(),
      agreementValidFrom: values.agreementValidFrom,
      agreementValidTo: values.agreementValidTo,
      categoryIds: values.categoryIds,
      notes: values.notes.trim() || null,
    }),
    createMutation: CREATE_REPAIR_CENTER,
    updateMutation: UPDATE_REPAIR_CENTER,
    render: (props) => <RepairCenterForm {...props} />,
  };
}
