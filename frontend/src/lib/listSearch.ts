import { z } from 'zod';

/** The URL state every list shares, read leniently: a bad value is dropped rather than breaking the page. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const optionalDate = isoDate.optional().catch(undefined);

/** `q`, `sort` (only the list's sortable fields, `-` for descending) and the 0-based `page`. */
export const listFields = (sortable: readonly string[]) => ({
  q: z.string().max(200).optional().catch(undefined),
  sort: z
    .string()
    .regex(new RegExp(`^-?(${sortable.join('|')})$`))
    .optional()
    .catch(undefined),
  page: z.number().int().min(0).default(0).catch(0),
});

/** A `from`–`to` window of calendar dates. */
export const dateRangeFields = { from: optionalDate, to: optionalDate };

/** A list that can also show as a calendar, and the month it shows. */
export const calendarFields = {
  view: z.enum(['list', 'calendar']).optional().catch(undefined),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    .optional()
    .catch(undefined),
};

/** An optional choice among an enum's values. */
export const optionalEnum = <T extends string>(values: readonly [T, ...T[]]) => z.enum(values).optional().catch(undefined);
