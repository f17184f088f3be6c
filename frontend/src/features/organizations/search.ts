import { z } from 'zod';
import { listFields, optionalEnum } from '@/lib/listSearch';
import type { Schemas } from '@/lib/api/client';
import { organizationTypeValues } from '@/lib/api/schema';
import { enumValues } from '@/lib/api/enums';

export type OrganizationType = Schemas['OrganizationType'];

export const ORGANIZATION_TYPES = enumValues(organizationTypeValues);

export const SORTABLE = ['name', 'type', 'countryCode', 'updatedAt'] as const;

/** The list's state in the URL, so that a filtered view can be bookmarked and shared; bad values are dropped. */
export const organizationSearchSchema = z.object({
  ...listFields(SORTABLE),
  type: optionalEnum(ORGANIZATION_TYPES),
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
});

export type OrganizationSearch = z.infer<typeof organizationSearchSchema>;
