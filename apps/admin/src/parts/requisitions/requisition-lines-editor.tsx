import { useTranslation } from 'react-i18next';
import { Alert, Button, NumberField, SelectField, TextField } from '@aftersales/ui';
import { formatMoney } from '../../common/format';
import type { PartOption } from '../parts-types';
import { partLabel } from '../use-parts-data';
import { emptyLine, fenToMoney, lineValueFen, needsDirector, requisitionTotalFen, type RequisitionFormValues, type RequisitionLineValues } from './requisition-values';

const LINE_FIELDS = ['partId', 'spec', 'quantity'] as const;

/**
 * The API's messages about a line beyond its three inputs (e.g. an out-of-warranty unit under
 * `lines.0.serialNumber`, or `lines.0` itself), shown under the line.
 */
function otherLineErrors(fieldErrors: Record<string, string>, index: number): string[] {
  const prefix = `lines.${index}`;
  return Object.entries(fieldErrors)
    .filter(([key]) => (key === prefix || key.startsWith(`${prefix}.`)) && !LINE_FIELDS.some((field) => key === `${prefix}.${field}`))
    .map(([, message]) => message);
}

interface Props {
  values: RequisitionFormValues;
  parts: readonly PartOption[];
  fieldErrors: Record<string, string>;
  directorThreshold: string | null;
  onChange: (lines: RequisitionLineValues[]) => void;
}

/** The parts, specs and quantities (004 §6.2), each line's value at unit cost, and the total. */
export function RequisitionLinesEditor({ values, parts, fieldErrors, directorThreshold, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const stocking = values.purpose === 'STOCKING';
  const partOptions = parts.map((part) => ({
    value: part.id,
    // Only wear parts are stocked (004 §6.3); the others are requisitioned for the repair that needs them.
    label: stocking && !part.wearPart ? `${partLabel(part)}（${t('warrantyParts.requisitions.form.notWearPart')}）` : partLabel(part),
    disabled: stocking && !part.wearPart,
  }));
  const money = (fen: number | null) => (fen === null ? '—' : formatMoney(fenToMoney(fen), i18n.language));
  const total = requisitionTotalFen(parts, values.lines);
  const director = needsDirector(values.purpose, total, directorThreshold);

  const update = (index: number, patch: Partial<RequisitionLineValues>) => onChange(values.lines.map((line, position) => (position === index ? { ...line, ...patch } : line)));
  const choosePart = (index: number, partId: string) => {
    const line = values.lines[index];
    const part = parts.find((candidate) => candidate.id === partId);
    update(index, { partId, spec: line?.spec || part?.spec || '' });
  };

  return (
    <div className="parts-line-editor">
      {fieldErrors['lines'] && <Alert tone="danger">{fieldErrors['lines']}</Alert>}
      {values.lines.map((line, index) => {
        const rowLabel = t('warrantyParts.requisitions.form.lineLabel', { number: index + 1 });
        return (
          <div key={line.key} className="parts-line" role="group" aria-label={rowLabel}>
            <span className="parts-line__number" aria-hidden="true">
              {index + 1}
            </span>
            <SelectField
              label={t('warrantyParts.fields.part')}
              required
              value={line.partId}
              onChange={(partId) => choosePart(index, partId)}
              options={partOptions}
              placeholder={t('common.choose')}
              error={fieldErrors[`lines.${index}.partId`]}
            />
            <TextField label={t('warrantyParts.fields.spec')} value={line.spec} onChange={(spec) => update(index, { spec })} error={fieldErrors[`lines.${index}.spec`]} />
            <NumberField
              label={t('warrantyParts.fields.quantity')}
              required
              min={1}
              step={1}
              value={line.quantity}
              onChange={(quantity) => update(index, { quantity })}
              error={fieldErrors[`lines.${index}.quantity`]}
            />
            <span className="parts-line__value" aria-label={t('warrantyParts.requisitions.form.lineValue', { number: index + 1 })}>
              {money(lineValueFen(parts, line))}
            </span>
            <Button size="small" variant="ghost" disabled={values.lines.length === 1} onClick={() => onChange(values.lines.filter((_, position) => position !== index))} aria-label={t('warrantyParts.requisitions.form.removeLine', { number: index + 1 })}>
              {t('common.remove')}
            </Button>
            {otherLineErrors(fieldErrors, index).map((message) => (
              <p key={message} className="parts-line__error">
                {message}
              </p>
            ))}
          </div>
        );
      })}
      <div>
        <Button size="small" onClick={() => onChange([...values.lines, emptyLine()])}>
          {t('warrantyParts.requisitions.form.addLine')}
        </Button>
      </div>
      <div className="parts-total">
        <span>{t('warrantyParts.requisitions.form.total')}</span>
        <strong aria-label={t('warrantyParts.requisitions.form.total')}>{money(total)}</strong>
      </div>
      {director && (
        <Alert tone="warning">
          {stocking
            ? t('warrantyParts.requisitions.form.directorForStocking')
            : t('warrantyParts.requisitions.form.directorAboveThreshold', { threshold: formatMoney(directorThreshold, i18n.language) })}
        </Alert>
      )}
    </div>
  );
}
