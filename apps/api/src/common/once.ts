/** A value computed at most once, on first use (none of the work when nobody asks). */
export interface Once<T> {
  (): Promise<T>;
  /** The next use computes it again (what it was computed from has changed). */
  forget(): void;
}

export function once<T>(compute: () => Promise<T>): Once<T> {
  let value: Promise<T> | undefined;
  const get = () => (value ??= compute());
  const forget = () => {
    value = undefined;
  };
  return Object.assign(get, { forget });
}
