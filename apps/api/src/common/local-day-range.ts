/*
 * A list filter "from day A to day B" (local days in the `:zone` parameter's time zone) as a range
 * of instants: `column >= START_OF_DAY(':from') AND column < START_OF_NEXT_DAY(':to')`. The same
 * rows as comparing `(column AT TIME ZONE zone)::date`, but an index on the column can serve it.
 */
export const START_OF_DAY = (day: string) => `(CAST(${day} AS date)::timestamp AT TIME ZONE :zone)`;
export const START_OF_NEXT_DAY = (day: string) => `((CAST(${day} AS date) + 1)::timestamp AT TIME ZONE :zone)`;
