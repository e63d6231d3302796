import { useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { WARRANTY_CHECK_DELAY_MS } from '../complaints/use-warranty-check';
import { CONTRACT_COVERAGE_QUERY, type ContractCoverage } from './contract-queries';

type CoverageVariables = { serialNumber: string; on: string | null };

export interface ContractCoverageState {
  /** The contract covering the serial on the call date; null when none (or not asked yet). */
  coverage: ContractCoverage | null;
  checking: boolean;
}

/**
 * Whether the serial typed on the call form is under a registered maintenance contract on the
 * call date, as the agent types: the API then serves the call under it (CONTRACT) once out of
 * warranty, whether or not the 保养合同客户 box is ticked. Asked after the same pause as the warranty.
 */
export function useContractCoverage(serialNumber: string, calledOn: string): ContractCoverageState {
  const key = JSON.stringify({ serialNumber: serialNumber.trim(), on: calledOn || null } satisfies CoverageVariables);
  const [debouncedKey, setDebouncedKey] = useState(key);
  useEffect(() => {
    const timer = setTimeout(() => setDebouncedKey(key), WARRANTY_CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [key]);
  const variables = useMemo(() => JSON.parse(debouncedKey) as CoverageVariables, [debouncedKey]);
  const ready = variables.serialNumber !== '';
  const [{ data, fetching }] = useQuery({ query: CONTRACT_COVERAGE_QUERY, variables, pause: !ready });
  return { coverage: ready ? (data?.contractCoverage ?? null) : null, checking: key !== debouncedKey || (ready && fetching) };
}
