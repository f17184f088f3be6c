import { z } from 'zod';
import type { Schemas } from '@/lib/api/client';
import { agreementKindValues, cooperationFieldValues, partnershipStatusValues, partnershipTypeValues, pillarValues } from '@/lib/api/schema';
import { enumValues } from '@/lib/api/enums';

export type PartnershipType = Schemas['PartnershipType'];
export type PartnershipStatus = Schemas['PartnershipStatus'];
export type Pillar = Schemas['Pillar'];
export type CooperationField = Schemas['CooperationField'];
export type AgreementKind = Schemas['AgreementKind'];

export const PARTNERSHIP_TYPES = enumValues(partnershipTypeValues);

export const STATUSES = enumValues(partnershipStatusValues);

export const PILLARS = enumValues(pillarValues);

export const FIELDS = enumValues(cooperationFieldValues);

export const AGREEMENT_KINDS = enumValues(agreementKindValues);

export const SORTABLE = ['startDate', 'title', 'endDate', 'type', 'status', 'createdAt', 'updatedAt'] as const;
const sortPattern = new RegExp(`^-?(${SORTABLE.join('|')})$`);

/** The list's state in the URL, so that a filtered view can be bookmarked and shared; bad values are dropped. */
export const partnershipSearchSchema = z.object({
  q: z.string().max(200).optional().catch(undefined),
  partnerCountryCode: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  type: z.enum(PARTNERSHIP_TYPES).optional().catch(undefined),
  pillar: z.enum(PILLARS).optional().catch(undefined),
  field: z.enum(FIELDS).optional().catch(undefined),
  status: z.enum(STATUSES).optional().catch(undefined),
  sort: z.string().regex(sortPattern).optional().catch(undefined),
  page: z.number().int().min(0).default(0).catch(0),
});

export type PartnershipSearch = z.infer<typeof partnershipSearchSchema>;

/** Agreements listed in the "expiring soon" panel: time enough to prepare a renewal. */
export const EXPIRING_WITHIN_DAYS = 90;
