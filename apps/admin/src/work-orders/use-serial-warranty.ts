import { useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { WARRANTY_CHECK_QUERY } from '../complaints/complaint-queries';
import { WARRANTY_CHECK_DELAY_MS, type WarrantyFeedbackState } from '../complaints/use-warranty-check';
import type { WorkOrderRegistrationValues } from './registration-values';

type CheckVariables = { serialNumber: string | null; modelId: string | null; purchaseDate: string | null; component: null; asOf: string | null };

/**
 * The warranty on the day of the call, as the agent types: by the serial number, or by the model
 * and purchase date for a serial head office does not know. It decides the service type
 * (三包免费 or 有偿服务) the API will give the order.
 */
export function useSerialWarranty(values: WorkOrderRegistrationValues): WarrantyFeedbackState & { serialUnknown: boolean } {
  const key = JSON.stringify({
    serialNumber: values.serialNumber.trim() || null,
    modelId: values.modelId || null,
    purchaseDate: values.purchaseDate || null,
    component: null,
    asOf: values.calledAt.slice(0, 10) || null,
  } satisfies CheckVariables);
  const [debouncedKey, setDebouncedKey] = useState(key);
  useEffect(() => {
    const timer = setTimeout(() => setDebouncedKey(key), WARRANTY_CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [key]);
  const variables = useMemo(() => JSON.parse(debouncedKey) as CheckVariables, [debouncedKey]);
  const ready = Boolean(variables.serialNumber) || Boolean(variables.modelId && variables.purchaseDate);
  const [{ data, fetching, error }] = useQuery({ query: WARRANTY_CHECK_QUERY, variables, pause: !ready });
  const check = ready ? (data?.warrantyCheck ?? null) : null;
  return {
    check,
    checking: key !== debouncedKey || (ready && fetching),
    error: ready ? error : undefined,
    serialNumber: variables.serialNumber,
    serialUnknown: Boolean(check && variables.serialNumber && !check.productUnit),
  };
}
