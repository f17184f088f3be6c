import { z } from 'zod';
import { listFields, optionalEnum } from '@/lib/listSearch';
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

/** The list's state in the URL, so that a filtered view can be bookmarked and shared; bad values are dropped. */
export const partnershipSearchSchema = z.object({
  ...listFields(SORTABLE),
  partnerCountryCode: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  type: optionalEnum(PARTNERSHIP_TYPES),
  pillar: optionalEnum(PILLARS),
  field: optionalEnum(FIELDS),
  status: optionalEnum(STATUSES),
});

export type PartnershipSearch = z.infer<typeof partnershipSearchSchema>;

/** Agreements listed in the "expiring soon" panel: time enough to prepare a renewal. */
export const EXPIRING_WITHIN_DAYS = 90;
