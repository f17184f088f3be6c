import { z } from 'zod';
import type { Schemas } from '@/lib/api/client';
import { organizationTypeValues } from '@/lib/api/schema';
import { enumValues } from '@/lib/api/enums';

export type OrganizationType = Schemas['OrganizationType'];

export const ORGANIZATION_TYPES = enumValues(organizationTypeValues);

export const SORTABLE = ['name', 'type', 'countryCode', 'updatedAt'] as const;
const sortPattern = new RegExp(`^-?(${SORTABLE.join('|')})$`);

/** The list's state in the URL, so that a filtered view can be bookmarked and shared; bad values are dropped. */
export const organizationSearchSchema = z.object({
  q: z.string().max(200).optional().catch(undefined),
  type: z.enum(ORGANIZATION_TYPES).optional().catch(undefined),
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  sort: z.string().regex(sortPattern).optional().catch(undefined),
  page: z.number().int().min(0).default(0).catch(0),
});

export type OrganizationSearch = z.infer<typeof organizationSearchSchema>;
