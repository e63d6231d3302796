import { useEffect, useMemo, useState } from 'react';
import { useQuery, type CombinedError } from 'urql';
import { WARRANTY_CHECK_QUERY, type WarrantyCheck } from './complaint-queries';
import type { RegistrationValues } from './registration-values';

/** Wait this long after the last keystroke before asking the API. */
export const WARRANTY_CHECK_DELAY_MS = 400;

function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

export interface WarrantyFeedbackState {
  /** The last answer for what was typed; null before there is enough to ask. */
  check: WarrantyCheck | null;
  /** Typing, or waiting for the API. */
  checking: boolean;
  error: CombinedError | undefined;
  /** The serial number the answer is for. */
  serialNumber: string | null;
}

type CheckVariables = { serialNumber: string | null; modelId: string | null; purchaseDate: string | null; component: string | null; asOf: string | null };

/**
 * The warranty while the agent types (DOMAIN §2): by the serial number, or by model and purchase
 * date for a serial head office does not know, on the day the complaint was received.
 */
export function useWarrantyCheck(values: RegistrationValues): WarrantyFeedbackState {
  // A string key, so an unchanged form does not restart the timer on every render.
  const key = JSON.stringify({
    serialNumber: values.serialNumber.trim() || null,
    modelId: values.modelId || null,
    purchaseDate: values.purchaseDate || null,
    component: values.component.trim() || null,
    asOf: values.receivedAt.slice(0, 10) || null,
  } satisfies CheckVariables);
  const debouncedKey = useDebounced(key, WARRANTY_CHECK_DELAY_MS);
  const variables = useMemo(() => JSON.parse(debouncedKey) as CheckVariables, [debouncedKey]);
  const ready = Boolean(variables.serialNumber) || Boolean(variables.modelId && variables.purchaseDate);
  const [{ data, fetching, error }] = useQuery({ query: WARRANTY_CHECK_QUERY, variables, pause: !ready });
  return {
    check: ready ? (data?.warrantyCheck ?? null) : null,
    checking: key !== debouncedKey || (ready && fetching),
    error: ready ? error : undefined,
    serialNumber: variables.serialNumber,
  };
}
