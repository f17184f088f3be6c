import { currencyDigits } from '@/lib/format';
import type { Delegation, DelegationInput, Member, MemberInput } from './api';
import type { DelegationLevel, Direction, FundingSource, Gender, MemberRole, Pillar } from './search';

export type MemberRow = {
  /** Identifies the row while it moves up and down; never sent. */
  key: string;
  fullName: string;
  /** The person of the registry picked for this row; typing another name unlinks it. */
  personId: number | null;
  position: string;
  organizationName: string;
  role: MemberRole | null;
  gender: Gender | null;
  nationality: string | null;
  email: string;
  phone: string;
  notes: string;
};

export type Values = {
  direction: Direction | null;
  title: string;
  purpose: string;
  counterpartOrganizationId: number | null;
  homeOrganizationId: number | null;
  partnershipId: number | null;
  startDate: string | null;
  endDate: string | null;
  location: string;
  countryCode: string | null;
  pillar: Pillar | null;
  level: DelegationLevel | null;
  budgetAmount: number | string;
  budgetCurrency: string | null;
  outcome: string;
  invitationFrom: string;
  invitationDate: string | null;
  fundingSource: FundingSource | null;
  fundingSponsor: string;
  /** 'yes' | 'no' | '' (not said): a three-way choice, not a checkbox. */
  inYearlyPlan: '' | 'yes' | 'no';
  members: MemberRow[];
};

let nextKey = 0;
export const newKey = () => `m${(nextKey += 1)}`;

export const toRow = (m?: Member): MemberRow => ({
  key: newKey(),
  fullName: m?.fullName ?? '',
  personId: m?.personId ?? null,
  position: m?.position ?? '',
  organizationName: m?.organizationName ?? '',
  role: m?.role ?? (m ? null : 'MEMBER'),
  gender: m?.gender ?? null,
  nationality: m?.nationality ?? null,
  email: m?.email ?? '',
  phone: m?.phone ?? '',
  notes: m?.notes ?? '',
});

export const toValues = (d?: Delegation, members?: Member[]): Values => ({
  direction: d?.direction ?? null,
  title: d?.title ?? '',
  purpose: d?.purpose ?? '',
  counterpartOrganizationId: d?.counterpartOrganizationId ?? null,
  homeOrganizationId: d?.homeOrganizationId ?? null,
  partnershipId: d?.partnershipId ?? null,
  startDate: d?.startDate ?? null,
  endDate: d?.endDate ?? null,
  location: d?.location ?? '',
  countryCode: d?.countryCode ?? null,
  pillar: d?.pillar ?? null,
  level: d?.level ?? null,
  budgetAmount: d?.budget?.amount ? Number(d.budget.amount) : '',
  budgetCurrency: d?.budget?.currency ?? 'VND',
  outcome: d?.outcome ?? '',
  invitationFrom: d?.invitationFrom ?? '',
  invitationDate: d?.invitationDate ?? null,
  fundingSource: d?.fundingSource ?? null,
  fundingSponsor: d?.fundingSponsor ?? '',
  inYearlyPlan: d?.inYearlyPlan === true ? 'yes' : d?.inYearlyPlan === false ? 'no' : '',
  members: (members ?? []).map(toRow),
});

const blankToUndefined = (s: string) => (s.trim() ? s.trim() : undefined);

/** Digits after the decimal point the currency allows (VND none, USD two). */
export const minorDigits = (currency: string | null) => currencyDigits(currency ?? 'VND');

export const toInput = (v: Values): DelegationInput => ({
  direction: v.direction as Direction,
  title: v.title.trim(),
  purpose: blankToUndefined(v.purpose),
  counterpartOrganizationId: v.counterpartOrganizationId ?? 0,
  homeOrganizationId: v.homeOrganizationId ?? 0,
  partnershipId: v.partnershipId ?? undefined,
  startDate: v.startDate ?? '',
  endDate: v.endDate ?? '',
  location: blankToUndefined(v.location),
  countryCode: v.countryCode ?? '',
  pillar: v.pillar ?? undefined,
  level: v.level as DelegationLevel,
  // The API takes a decimal string: a float's own digits ("1e21", "0.30000000000000004") would be refused.
  budget:
    typeof v.budgetAmount === 'number' && v.budgetCurrency
      ? { amount: v.budgetAmount.toFixed(minorDigits(v.budgetCurrency)), currency: v.budgetCurrency }
      : undefined,
  outcome: blankToUndefined(v.outcome),
  invitationFrom: blankToUndefined(v.invitationFrom),
  invitationDate: v.invitationDate ?? undefined,
  fundingSource: v.fundingSource ?? undefined,
  fundingSponsor: blankToUndefined(v.fundingSponsor),
  inYearlyPlan: v.inYearlyPlan === '' ? undefined : v.inYearlyPlan === 'yes',
});

export const toMemberInputs = (rows: MemberRow[]): MemberInput[] =>
  rows.map((r) => ({
    fullName: r.fullName.trim(),
    personId: r.personId ?? undefined,
    position: blankToUndefined(r.position),
    organizationName: blankToUndefined(r.organizationName),
    role: r.role as MemberRole,
    gender: r.gender ?? undefined,
    nationality: r.nationality ?? undefined,
    email: blankToUndefined(r.email),
    phone: blankToUndefined(r.phone),
    notes: blankToUndefined(r.notes),
  }));

/** The API's field paths (`members[3].fullName`, `budget.amount`) as the form's (`members.3.fullName`, `budgetAmount`). */
export const toFormErrors = (errors: Record<string, string>): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    const path = field
      .replace(/\[(\d+)\]/g, '.$1')
      .replace(/^budget\.amount$|^budget$/, 'budgetAmount')
      .replace(/^budget\.currency$/, 'budgetCurrency');
    out[path] ??= message;
  }
  return out;
};
