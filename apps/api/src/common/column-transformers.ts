import type { ValueTransformer } from 'typeorm';

/** pg returns bigint as a string; money in fen stays well inside the safe-integer range. */
export const bigintToNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** pg returns numeric as a string; points and hours have 2 decimals, exact in a double. */
export const numericToNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
