import { z } from 'zod';
import { listFields, dateRangeFields, calendarFields, optionalEnum } from '@/lib/listSearch';
import type { Schemas } from '@/lib/api/client';
import {
  approvingAuthorityValues,
  delegationLevelValues,
  delegationStatusValues,
  directionValues,
  fundingSourceValues,
  genderValues,
  memberRoleValues,
  pillarValues,
} from '@/lib/api/schema';
import { enumValues } from '@/lib/api/enums';

export type Direction = Schemas['Direction'];
export type DelegationStatus = Schemas['DelegationStatus'];
export type DelegationLevel = Schemas['DelegationLevel'];
export type Pillar = Schemas['Pillar'];
export type MemberRole = Schemas['MemberRole'];
export type Gender = Schemas['Gender'];
export type FundingSource = Schemas['FundingSource'];
export type ApprovingAuthority = Schemas['ApprovingAuthority'];
export type DelegationAlert = Schemas['DelegationAlert'];

export const DIRECTIONS = enumValues(directionValues);
export const STATUSES = enumValues(delegationStatusValues);
export const LEVELS = enumValues(delegationLevelValues);
export const PILLARS = enumValues(pillarValues);
export const ROLES = enumValues(memberRoleValues);
export const GENDERS = enumValues(genderValues);
export const FUNDING_SOURCES = enumValues(fundingSourceValues);
export const APPROVING_AUTHORITIES = enumValues(approvingAuthorityValues);

/** The API refuses edits once a delegation is completed or cancelled (409), and deletes only proposals. */
export const EDITABLE: readonly DelegationStatus[] = ['PROPOSED', 'APPROVED'];

export const SORTABLE = ['startDate', 'endDate', 'title', 'status', 'direction', 'createdAt', 'updatedAt'] as const;

/** The list's state in the URL, so that a filtered view (or a calendar month) can be bookmarked and shared; bad values are dropped. */
export const delegationSearchSchema = z.object({
  ...listFields(SORTABLE),
  direction: optionalEnum(DIRECTIONS),
  status: optionalEnum(STATUSES),
  counterpartCountryCode: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  level: optionalEnum(LEVELS),
  reportOverdue: z.boolean().optional().catch(undefined),
  ...dateRangeFields,
  ...calendarFields,
});

export type DelegationSearch = z.infer<typeof delegationSearchSchema>;

/** The filters the list and the calendar share (the calendar sets its own dates, sort and page). */
export const sharedFilters = (s: DelegationSearch) => ({
  q: s.q || undefined,
  direction: s.direction,
  status: s.status,
  counterpartCountryCode: s.counterpartCountryCode,
  level: s.level,
  reportOverdue: s.reportOverdue,
});
