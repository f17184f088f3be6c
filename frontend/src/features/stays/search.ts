import { z } from 'zod';
import type { Schemas } from '@/lib/api/client';
import { enumValues } from '@/lib/api/enums';
import { stayKindValues, stayStatusValues } from '@/lib/api/schema';
import { listFields, optionalEnum } from '@/lib/listSearch';

export type StayKind = Schemas['StayKind'];
export type StayStatus = Schemas['StayStatus'];

export const KINDS = enumValues(stayKindValues);
export const STATUSES = enumValues(stayStatusValues);

export const SORTABLE = ['startDate', 'endDate', 'kind', 'status', 'createdAt', 'updatedAt'] as const;

/** The school year a date falls in, named by the year it starts (September to August, as the API counts it). */
export const schoolYearOf = (iso: string) => {
  const year = Number(iso.slice(0, 4));
  return Number(iso.slice(5, 7)) >= 9 ? year : year - 1;
};

/** The school years offered in the filter: the current one, three ahead and eight before, newest first. */
export const schoolYears = (todayIso: string) => {
  const current = schoolYearOf(todayIso);
  return Array.from({ length: 12 }, (_, i) => current + 3 - i);
};

export const staySearchSchema = z.object({
  ...listFields(SORTABLE),
  kind: optionalEnum(KINDS),
  status: optionalEnum(STATUSES),
  schoolYear: z.coerce.number().int().min(1950).max(2100).optional().catch(undefined),
  nationality: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
});

export type StaySearch = z.infer<typeof staySearchSchema>;
