/** The advisory lock a closing takes exclusively and a replacement dated in the quarter shares. */
export const writeOffLockKey = (centerId: string, quarter: string) => `parts-write-off:${centerId}:${quarter}`;

/** The advisory lock of a location's old parts: a return and a closing's write-off take it, so no old part goes twice. */
export const oldPartsLockKey = (location: string) => `old-parts:${location}`;
