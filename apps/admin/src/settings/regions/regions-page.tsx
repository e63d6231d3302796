import { useTranslation } from 'react-i18next';
import { FormGrid, SelectField, TextField, type DataTableColumn } from '@aftersales/ui';
import { activeColumn, activeToggleLabels } from '../../common/active-column';
import { REGION_ZONES, type RegionZone } from '../../graphql/types';
import type { EntityFormConfig } from '../../common/forms/entity-form-dialog';
import { RecordListPage } from '../../common/lists/record-list-page';
import { requireFields } from '../../common/forms/use-form-state';
import { CREATE_REGION, REGIONS_QUERY, SET_REGION_ACTIVE, UPDATE_REGION } from './region-queries';

interface Region {
  id: string;
  code: string;
  name: string;
  zone: RegionZone;
  active: boolean;
}

interface RegionValues {
  code: string;
  name: string;
  zone: RegionZone | '';
}

export function RegionsPage() {
  const { t } = useTranslation();
  const zoneOptions = REGION_ZONES.map((zone) => ({ value: zone, label: t(`regions.zones.${zone}`) }));

  const columns: DataTableColumn<Region>[] = [
    { key: 'code', header: t('regions.fields.code'), render: (region) => region.code, width: '120px' },
    { key: 'name', header: t('regions.fields.name'), render: (region) => region.name },
    { key: 'zone', header: t('regions.fields.zone'), render: (region) => t(`regions.zones.${region.zone}`) },
    activeColumn<Region>(t),
  ];

  const form: EntityFormConfig<Region, RegionValues> = {
    empty: () => ({ code: '', name: '', zone: '' }),
    fromNode: (region) => ({ code: region.code, name: region.name, zone: region.zone }),
    validate: (values) => requireFields(values, ['code', 'name', 'zone'], t('common.required')),
    toInput: (values) => ({ code: values.code.trim(), name: values.name.trim(), zone: values.zone }),
    createMutation: CREATE_REGION,
    updateMutation: UPDATE_REGION,
    render: ({ values, set, fieldErrors }) => (
      <FormGrid columns={2}>
        <TextField label={t('regions.fields.code')} required value={values.code} onChange={(value) => set('code', value)} error={fieldErrors['code']} />
        <TextField label={t('regions.fields.name')} required value={values.name} onChange={(value) => set('name', value)} error={fieldErrors['name']} />
        <SelectField
          label={t('regions.fields.zone')}
          required
          value={values.zone}
          onChange={(value) => set('zone', value as RegionZone | '')}
          options={zoneOptions}
          placeholder={t('common.choose')}
          error={fieldErrors['zone']}
          hint={t('regions.zoneHint')}
        />
      </FormGrid>
    ),
  };

  return (
    <RecordListPage<Region, RegionValues, { search: string; includeInactive: boolean }>
      labels={{
        title: t('regions.title'),
        description: t('regions.description'),
        create: t('regions.create'),
        createTitle: t('regions.createTitle'),
        editTitle: t('regions.editTitle'),
        search: t('regions.search'),
        empty: t('regions.empty'),
      }}
      list={{ query: REGIONS_QUERY, field: 'regions', typename: 'Region', initialFilter: { search: '', includeInactive: false } }}
      inactiveFilterKey="includeInactive"
      columns={columns}
      form={form}
      activeToggle={{
        isActive: (region) => region.active,
        mutation: SET_REGION_ACTIVE,
        variables: (region, active) => ({ id: region.id, active }),
        labels: activeToggleLabels<Region>(t),
      }}
    />
  );
}
