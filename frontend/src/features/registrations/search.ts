import { z } from 'zod';
import type { Schemas } from '@/lib/api/client';
import { enumValues } from '@/lib/api/enums';
import { aidSectorValues, registrationKindValues, registrationStatusValues } from '@/lib/api/schema';
import { listFields, optionalEnum } from '@/lib/listSearch';

export type RegistrationKind = Schemas['RegistrationKind'];
export type RegistrationStatus = Schemas['RegistrationStatus'];
export type AidSector = Schemas['AidSector'];

export const KINDS = enumValues(registrationKindValues);
export const STATUSES = enumValues(registrationStatusValues);
export const SECTORS = enumValues(aidSectorValues);

export const SORTABLE = ['validUntil', 'issuedOn', 'number', 'kind', 'createdAt', 'updatedAt'] as const;

/** Certificates shown as expiring soon: time enough for the NGO to file its renewal. */
export const EXPIRING_WITHIN_DAYS = 60;

/** Decree 58/2022: a certificate is valid for at most 3 years. */
export const MAX_YEARS = 3;

export const registrationSearchSchema = z.object({
  ...listFields(SORTABLE),
  kind: optionalEnum(KINDS),
  status: optionalEnum(STATUSES),
  expiring: z.literal(true).optional().catch(undefined),
});

export type RegistrationSearch = z.infer<typeof registrationSearchSchema>;

export const presenceSearchSchema = z.object({
  year: z.number().int().min(1900).max(2200).optional().catch(undefined),
});

export type PresenceSearch = z.infer<typeof presenceSearchSchema>;

/** The last valid day for a certificate issued on {@code issuedOn} (ISO dates; the same day 3 years later). */
export const latestValidUntil = (issuedOn: string) => {
  const [y = 0, m = 1, d = 1] = issuedOn.split('-').map(Number);
  const last = new Date(Date.UTC(y + MAX_YEARS, m - 1, d));
  // 29 February plus 3 years is 1 March in Date; the rule's "3 years" ends on 28 February then, as Java's plusYears.
  if (last.getUTCMonth() !== m - 1) last.setUTCDate(0);
  return last.toISOString().slice(0, 10);
};
