import { z } from 'zod';
import { listFields, dateRangeFields, optionalDate, optionalEnum } from '@/lib/listSearch';
import type { Schemas } from '@/lib/api/client';
import { aidAlertValues, aidApprovalStatusValues, aidNonProjectFormValues, aidKindValues, aidSectorValues, aidStatusValues } from '@/lib/api/schema';
import { enumValues } from '@/lib/api/enums';

export type AidKind = Schemas['AidKind'];
export type AidSector = Schemas['AidSector'];
export type AidStatus = Schemas['AidStatus'];

export const KINDS = enumValues(aidKindValues);

export const STATUSES = enumValues(aidStatusValues);

export const SECTORS = enumValues(aidSectorValues);

export const STEPS = enumValues(aidApprovalStatusValues);

export const NON_PROJECT_FORMS = enumValues(aidNonProjectFormValues);

export const ALERT_CODES = enumValues(aidAlertValues);

/** The currencies offered first; any other ISO 4217 code can be typed. */
export const COMMON_CURRENCIES = ['VND', 'USD', 'EUR', 'CNY', 'KRW', 'JPY', 'AUD', 'NZD', 'GBP', 'CHF', 'SEK'] as const;

export const GROUP_BYS = ['year', 'ngo', 'donorCountry', 'sector', 'beneficiary', 'province', 'status', 'kind', 'approvalStatus', 'aidOwner'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

const currencyCode = z.string().regex(/^[A-Z]{3}$/);

export const SORTABLE = ['commitmentDate', 'title', 'committedAmount', 'committedInBase', 'status', 'sector', 'createdAt', 'updatedAt'] as const;

/** The filters shared by the list, its totals, its exports and the report. */
const filterShape = {
  q: listFields(SORTABLE).q,
  year: z.number().int().min(1900).max(2999).optional().catch(undefined),
  ...dateRangeFields,
  sector: optionalEnum(SECTORS),
  kind: optionalEnum(KINDS),
  status: optionalEnum(STATUSES),
  approvalStatus: optionalEnum(STEPS),
  donorCountryCode: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  partnershipId: z.number().int().positive().optional().catch(undefined),
};

/** The list's state in the URL; bad values are dropped. `currency` is the commitments' own currency. */
export const aidSearchSchema = z.object({
  ...filterShape,
  ...listFields(SORTABLE),
  currency: currencyCode.optional().catch(undefined),
  alert: optionalEnum(ALERT_CODES),
});
export type AidSearch = z.infer<typeof aidSearchSchema>;

/** The report's state in the URL; here `currency` is the currency figures are converted to. */
export const aidReportSearchSchema = z.object({
  ...filterShape,
  groupBy: z.enum(GROUP_BYS).default('year').catch('year'),
  currency: currencyCode.default('VND').catch('VND'),
  /** Units that had ended by this day count in the units they were merged into (province and beneficiary). */
  asOf: optionalDate,
});
export type AidReportSearch = z.infer<typeof aidReportSearchSchema>;

export const exchangeRateSearchSchema = z.object({
  currency: currencyCode.optional().catch(undefined),
  ...dateRangeFields,
  page: z.number().int().min(0).default(0).catch(0),
});
export type ExchangeRateSearch = z.infer<typeof exchangeRateSearchSchema>;

/** The filters the list and the report both understand, without paging, sorting or a currency. */
export const commonFilters = (s: Partial<AidSearch>) => ({
  q: s.q || undefined,
  year: s.year,
  from: s.from,
  to: s.to,
  sector: s.sector,
  kind: s.kind,
  status: s.status,
  approvalStatus: s.approvalStatus,
  donorCountryCode: s.donorCountryCode,
  partnershipId: s.partnershipId,
});
