import { useTranslation } from 'react-i18next';
import type { EntityFormConfig } from '../common/forms/entity-form-dialog';
import { requireFields } from '../common/forms/use-form-state';
import { TechnicianForm, type TechnicianValues } from './technician-form';
import { CREATE_TECHNICIAN, UPDATE_TECHNICIAN, type Technician } from './technician-queries';
import type { CodedRef } from '../graphql/types';

/**
 * The create / edit form of a technician. With `fixedCenter` (a center's page) new staff belong to
 * that center and the employer is not asked.
 */
export function useTechnicianForm(fixedCenter?: CodedRef): EntityFormConfig<Technician, TechnicianValues> {
  const { t } = useTranslation();
  return {
    empty: () => ({
      code: '',
      name: '',
      phone: '',
      repairCenterId: fixedCenter?.id ?? '',
      skillCategoryIds: [],
      certificateNumber: '',
      certificateExpiresOn: '',
      currentCenter: fixedCenter ?? null,
      currentSkills: [],
    }),
    fromNode: (technician) => ({
      code: technician.code,
      name: technician.name,
      phone: technician.phone,
      repairCenterId: technician.repairCenter?.id ?? '',
      skillCategoryIds: technician.skills.map((skill) => skill.id),
      certificateNumber: technician.certificateNumber ?? '',
      certificateExpiresOn: technician.certificateExpiresOn ?? '',
      currentCenter: technician.repairCenter,
      currentSkills: technician.skills,
    }),
    validate: (values) => {
      const errors = requireFields(values, ['code', 'name', 'phone'], t('common.required'));
      // A certificate counts only with both its number and its expiry (000 §5).
      const hasNumber = values.certificateNumber.trim() !== '';
      if (hasNumber && !values.certificateExpiresOn) errors['certificateExpiresOn'] = t('technicians.certificateExpiryMissing');
      if (!hasNumber && values.certificateExpiresOn) errors['certificateNumber'] = t('technicians.certificateNumberMissing');
      return errors;
    },
    toInput: (values) => ({
      code: values.code.trim(),
      name: values.name.trim(),
      phone: values.phone.trim(),
      repairCenterId: values.repairCenterId || null,
      skillCategoryIds: values.skillCategoryIds,
      certificateNumber: values.certificateNumber.trim() || null,
      certificateExpiresOn: values.certificateExpiresOn || null,
    }),
    createMutation: CREATE_TECHNICIAN,
    updateMutation: UPDATE_TECHNICIAN,
    render: (props) => <TechnicianForm {...props} employerFixed={fixedCenter !== undefined} />,
  };
}
