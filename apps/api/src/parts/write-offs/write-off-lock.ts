/** The advisory lock a closing takes exclusively and a replacement dated in the quarter shares. */
export const writeOffLockKey = (centerId: string, quarter: string) => `parts-write-off:${centerId}:${quarter}`;
