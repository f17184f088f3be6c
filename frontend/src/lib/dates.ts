import { formatDate } from './format';

// Calendar dates ('2027-03-05') are computed in UTC so that no time zone moves them to another day.
const parse = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const addDays = (value: string, days: number) => {
  const d = parse(value);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** "5 Mar 2027 – 9 Mar 2027", or one date for a one-day event. */
export const formatPeriod = (start: string | null | undefined, end: string | null | undefined, lng: string) =>
  !end || start === end ? formatDate(start, lng) : `${formatDate(start, lng)} – ${formatDate(end, lng)}`;

/** 'YYYY-MM' of a local date: the month a calendar shows. */
export const monthOf = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;

/** A local calendar day as the API writes it. */
export const localIso = (d: Date) => `${monthOf(d)}-${String(d.getDate()).padStart(2, '0')}`;

/** Whole days from an ISO date to today (local), never below zero: "overdue by N days". */
export const daysSince = (iso: string | null | undefined, today: Date = new Date()) =>
  iso ? Math.max(0, Math.round((parse(localIso(today)).getTime() - parse(iso).getTime()) / 86_400_000)) : 0;
