import { useTranslation } from 'react-i18next';
import { CheckboxGroupField, DateField, FormGrid, SelectField, TextField } from '@aftersales/ui';
import { withCurrentOption } from '../common/option-helpers';
import type { EntityFormRenderProps } from '../common/forms/entity-form-dialog';
import { useOptions } from '../common/forms/use-options';
import { useCategoryOptions } from '../settings/product-categories/category-name';
import { REPAIR_CENTER_OPTIONS_QUERY } from '../settings/users/user-queries';
import type { CodedRef } from '../graphql/types';

export interface TechnicianValues {
  code: string;
  name: string;
  phone: string;
  /** `''` for head-office staff. */
  repairCenterId: string;
  skillCategoryIds: string[];
  certificateNumber: string;
  certificateExpiresOn: string;
  /** Saved choices, kept listed even if deactivated since. */
  currentCenter: CodedRef | null;
  currentSkills: CodedRef[];
}

/** `employerFixed`: adding staff from a center's page, where the employer is that center. */
export function TechnicianForm({ values, set, fieldErrors, employerFixed }: EntityFormRenderProps<TechnicianValues> & { employerFixed: boolean }) {
  const { t } = useTranslation();
  const { options: centerOptions } = useOptions(REPAIR_CENTER_OPTIONS_QUERY, 'repairCenters', employerFixed);
  const { options: categoryOptions } = useCategoryOptions();
  const missingSkills = values.currentSkills.filter((skill) => !categoryOptions.some((option) => option.value === skill.id));
  const skillOptions = [...categoryOptions, ...missingSkills.map((skill) => ({ value: skill.id, label: skill.name }))];

  return (
    <>
      <FormGrid columns={2}>
        <TextField label={t('technicians.fields.code')} required value={values.code} onChange={(value) => set('code', value)} error={fieldErrors['code']} />
        <TextField label={t('technicians.fields.name')} required value={values.name} onChange={(value) => set('name', value)} error={fieldErrors['name']} />
        <TextField label={t('technicians.fields.phone')} type="tel" required value={values.phone} onChange={(value) => set('phone', value)} error={fieldErrors['phone']} />
        {!employerFixed && (
          <SelectField
            label={t('technicians.fields.employer')}
            value={values.repairCenterId}
            onChange={(value) => set('repairCenterId', value)}
            options={withCurrentOption(centerOptions, values.currentCenter)}
            placeholder={t('technicians.headOffice')}
            error={fieldErrors['repairCenterId']}
          />
        )}
        <TextField
          label={t('technicians.fields.certificateNumber')}
          value={values.certificateNumber}
          onChange={(value) => set('certificateNumber', value)}
          error={fieldErrors['certificateNumber']}
        />
        <DateField
          label={t('technicians.fields.certificateExpiresOn')}
          value={values.certificateExpiresOn}
          onChange={(value) => set('certificateExpiresOn', value)}
          error={fieldErrors['certificateExpiresOn']}
          hint={t('technicians.certificateHint')}
        />
      </FormGrid>
      <CheckboxGroupField
        label={t('technicians.fields.skills')}
        options={skillOptions}
        values={values.skillCategoryIds}
        onChange={(ids) => set('skillCategoryIds', ids)}
        error={fieldErrors['skillCategoryIds']}
        emptyMessage={t('technicians.noCategories')}
      />
    </>
  );
}
