import i18n, { localeOf } from './i18n';

// A calendar date ('2027-01-05') parses as UTC midnight: read it in UTC too, or west of Greenwich it shows the day before.
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

// Vietnamese offices write dates dd/MM/yyyy (Nghị định 30/2020 on official documents); English keeps "22 Nov 2026".
const DAY: Record<string, Intl.DateTimeFormatOptions> = {
  vi: { day: '2-digit', month: '2-digit', year: 'numeric' },
  en: { dateStyle: 'medium' },
};
const dayOptions = (lng: string) => DAY[lng === 'en' ? 'en' : 'vi'];

/** Dates and numbers as each language writes them (vi: 22/11/2026, 1.234.567; en: 22 Nov 2026, 1,234,567). */
export const formatDate = (value: string | null | undefined, lng: string) =>
  value ? new Intl.DateTimeFormat(localeOf(lng), { ...dayOptions(lng), timeZone: DATE_ONLY.test(value) ? 'UTC' : undefined }).format(new Date(value)) : '';

export const formatDateTime = (value: string | null | undefined, lng: string) =>
  value
    ? new Intl.DateTimeFormat(
        localeOf(lng),
        lng === 'en' ? { dateStyle: 'medium', timeStyle: 'short' } : { ...dayOptions(lng), hour: '2-digit', minute: '2-digit' },
      ).format(new Date(value))
    : '';

/** Who wrote a record, as people read it: start-up jobs and demo data write as "system". */
export const actorName = (by: string | null | undefined) => (by === 'system' ? i18n.t('common:actors.system') : (by ?? ''));

/** "When — who" of a record's creation or last change. */
export const stamp = (at: string | null | undefined, by: string | null | undefined, lng: string) => `${formatDateTime(at, lng)} — ${actorName(by)}`;

export const formatNumber = (value: number, lng: string) => new Intl.NumberFormat(localeOf(lng)).format(value);

/** How many decimals a currency has (VND 0, USD 2, KWD 3), as the platform's ISO 4217 data says; 2 for unknown codes. */
export const currencyDigits = (currency: string): number => {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
};

/**
 * Money from the API's decimal string with the currency's own decimals (VND 0, USD 2, KWD 3). Intl formats the
 * string itself (ES2023), so no digit is lost to a float.
 */
export const formatMoney = (amount: string, currency: string, lng: string) => {
  const digits = currencyDigits(currency);
  return new Intl.NumberFormat(localeOf(lng), {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount as unknown as number);
};

/** A file's size as an office reads it: "482 KB", "2,4 MB". */
export const formatBytes = (bytes: number, lng: string) => {
  const format = (v: number, unit: string) => `${new Intl.NumberFormat(localeOf(lng), { maximumFractionDigits: v < 10 ? 1 : 0 }).format(v)} ${unit}`;
  if (bytes < 1024) return format(bytes, 'B');
  if (bytes < 1024 * 1024) return format(bytes / 1024, 'KB');
  return format(bytes / (1024 * 1024), 'MB');
};
