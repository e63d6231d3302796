import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { RESPONSIBLE_UNITS, type ResponsibleUnit } from '@aftersales/domain';
import { Button, NumberField, SelectField } from '@aftersales/ui';

export interface ShareRow {
  unit: ResponsibleUnit | '';
  sharePercent: number | null;
}

/** A percent in whole hundredths, so 33.33 + 33.33 + 33.34 adds up to exactly 100. */
const hundredths = (percent: number) => Math.round(percent * 100);

/** The running total of the typed shares, in percent. */
export function shareTotal(rows: readonly ShareRow[]): number {
  return rows.reduce((sum, row) => sum + (row.sharePercent === null ? 0 : hundredths(row.sharePercent)), 0) / 100;
}

/**
 * The split's errors, keyed like the API's (`shares.0.unit`, `shares`): each unit once, each
 * share above 0 and at most 100 with at most 2 decimals, and the shares adding up to 100 (001 §3).
 */
export function shareErrors(rows: readonly ShareRow[], t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  if (rows.length === 0) return { shares: t('complaints.responsibility.atLeastOne') };
  rows.forEach((row, index) => {
    const firstRow = rows.findIndex((other) => other.unit === row.unit);
    if (!row.unit) errors[`shares.${index}.unit`] = t('common.required');
    else if (firstRow < index) errors[`shares.${index}.unit`] = t('complaints.responsibility.duplicate', { number: firstRow + 1 });
    const share = row.sharePercent;
    if (share === null) errors[`shares.${index}.sharePercent`] = t('common.required');
    else if (share <= 0 || share > 100 || Math.abs(share * 100 - hundredths(share)) > 1e-6) errors[`shares.${index}.sharePercent`] = t('complaints.responsibility.shareRange');
  });
  const total = shareTotal(rows);
  if (total !== 100) errors['shares'] = t('complaints.responsibility.totalMustBe100', { total });
  return errors;
}

interface ResponsibilityRowsProps {
  rows: readonly ShareRow[];
  onChange: (rows: ShareRow[]) => void;
  fieldErrors: Record<string, string>;
}

/** One row per responsible unit with its share, and the running total. */
export function ResponsibilityRows({ rows, onChange, fieldErrors }: ResponsibilityRowsProps) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<ShareRow>) => onChange(rows.map((row, rowIndex) => (rowIndex === index ? { ...row, ...patch } : row)));
  const total = shareTotal(rows);
  return (
    <div className="app-stack">
      {rows.map((row, index) => (
        <div key={index} className="app-editor-row" role="group" aria-label={t('complaints.responsibility.row', { number: index + 1 })}>
          <SelectField
            label={t('complaints.responsibility.unit')}
            value={row.unit}
            onChange={(unit) => update(index, { unit: unit as ResponsibleUnit | '' })}
            options={RESPONSIBLE_UNITS.map((unit) => ({ value: unit, label: t(`complaints.units.${unit}`) }))}
            placeholder={t('common.choose')}
            error={fieldErrors[`shares.${index}.unit`]}
          />
          <NumberField
            label={t('complaints.responsibility.percent')}
            min={0}
            max={100}
            step={0.01}
            value={row.sharePercent}
            onChange={(sharePercent) => update(index, { sharePercent })}
            error={fieldErrors[`shares.${index}.sharePercent`]}
          />
          <Button size="small" variant="ghost" onClick={() => onChange(rows.filter((_, rowIndex) => rowIndex !== index))}>
            {t('common.remove')}
          </Button>
        </div>
      ))}
      <div className="app-inline app-wrap">
        <Button size="small" onClick={() => onChange([...rows, { unit: '', sharePercent: null }])}>
          {t('complaints.responsibility.addRow')}
        </Button>
        <span role="status" className={total === 100 ? 'app-total' : 'app-total app-total--off'}>
          {t('complaints.responsibility.total', { total })}
        </span>
      </div>
      {fieldErrors['shares'] && <p className="ui-field__error">{fieldErrors['shares']}</p>}
    </div>
  );
}
