const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids are checked before they reach SQL: a malformed uuid would abort the request's
 * transaction instead of simply finding nothing.
 */
export const isUuid = (value: string) => UUID.test(value);
