import { localeOf } from './i18n';

// A calendar date ('2027-01-05') parses as UTC midnight: read it in UTC too, or west of Greenwich it shows the day before.
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Dates and numbers as each language writes them (vi: 22/11/2026, 1.234.567; en: 22 Nov 2026, 1,234,567). */
export const formatDate = (value: string | null | undefined, lng: string) =>
  value
    ? new Intl.DateTimeFormat(localeOf(lng), { dateStyle: 'medium', timeZone: DATE_ONLY.test(value) ? 'UTC' : undefined }).format(new Date(value))
    : '';

export const formatDateTime = (value: string | null | undefined, lng: string) =>
  value
    ? new Intl.DateTimeFormat(localeOf(lng), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value))
    : '';

export const formatNumber = (value: number, lng: string) => new Intl.NumberFormat(localeOf(lng)).format(value);

/** Money from the API's decimal string; VND has no minor unit, so it is shown without decimals. */
export const formatMoney = (amount: string, currency: string, lng: string) => {
  const digits = currency === 'VND' ? 0 : 2;
  return new Intl.NumberFormat(localeOf(lng), {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(Number(amount));
};
