import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@aftersales/ui';
import type { FormState } from './forms/use-form-state';

/*
 * The customer's and the unit's fields the registration forms share (complaint, work order,
 * maintenance contract; the API defines them once in apps/api/src/common/customer-unit.fields.ts),
 * and the fill from a serial number's unit record.
 */

export interface CustomerValues {
  customerName: string;
  customerPhone: string;
  customerAddress: string;
}

/** The forms word the fields their own way (服务地址, 详细地址…): labels come from `<area>.fields.*`. */
type Area = 'complaints' | 'workOrders' | 'maintenanceContracts';

/** 客户姓名, 联系电话 and the address, required; placed in the caller's grid. */
export function CustomerFields<Values extends CustomerValues>({
  area,
  values,
  set,
  fieldErrors,
}: {
  area: Area;
  values: Values;
  set: FormState<Values>['set'];
  fieldErrors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const text = (field: keyof CustomerValues, type?: 'tel') => (
    <TextField
      label={t(`${area}.fields.${field}`)}
      type={type}
      required
      value={values[field]}
      onChange={(value) => set(field, value as Values[typeof field])}
      error={fieldErrors[field]}
    />
  );
  return (
    <>
      {text('customerName')}
      {text('customerPhone', 'tel')}
      {text('customerAddress')}
    </>
  );
}

type SerialValues = { serialNumber: string };
/** Fields a serial can fill; cleared to `''`. */
type Filled<Values> = Partial<Record<keyof Values, string>>;

/**
 * Fields filled for a serial number (from its unit record, or from the record the form started
 * from) belong to that serial: when the serial changes, to another unit or to one head office does
 * not know, each is cleared unless the user has typed over it, and a unit found for the new serial
 * fills them again. Without this a corrected serial kept the first unit's purchase date and the
 * form judged 三包 from it (issue #13).
 *
 * `found`: the unit record's values for the serial now typed, once the lookup has answered.
 * Returns the serial whose unit filled the form (null when none did), and `remember`, for values
 * the page filled for a serial itself.
 */
export function useSerialFill<Values extends SerialValues>(
  form: FormState<Values>,
  found: { serialNumber: string; values: Filled<Values> } | null,
): { filledFromUnit: string | null; remember: (serialNumber: string, values: Filled<Values>) => void } {
  const filled = useRef<{ serialNumber: string; values: Filled<Values>; fromUnit: boolean } | null>(null);
  const [filledFromUnit, setFilledFromUnit] = useState<string | null>(null);
  const latest = useRef(form.values);
  latest.current = form.values;
  const serialNumber = form.values.serialNumber.trim();
  const { set } = form;

  useEffect(() => {
    const previous = filled.current;
    if (previous && previous.serialNumber !== serialNumber) {
      for (const [field, value] of Object.entries(previous.values) as [keyof Values, string][]) {
        if (latest.current[field] === value) set(field, '' as Values[keyof Values]);
      }
      filled.current = null;
      setFilledFromUnit(null);
    }
    if (found && found.serialNumber === serialNumber && !filled.current?.fromUnit) {
      const values = Object.fromEntries(Object.entries(found.values).filter(([, value]) => Boolean(value))) as Filled<Values>;
      for (const [field, value] of Object.entries(values) as [keyof Values, string][]) set(field, value as Values[keyof Values]);
      filled.current = { serialNumber, values: { ...filled.current?.values, ...values }, fromUnit: true };
      setFilledFromUnit(serialNumber);
    }
  }, [serialNumber, found, set]);

  const remember = useCallback((serial: string, values: Filled<Values>) => {
    filled.current = { serialNumber: serial.trim(), values, fromUnit: false };
  }, []);
  return { filledFromUnit, remember };
}
