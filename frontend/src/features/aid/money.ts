import { currencyDigits, formatMoney as formatAmount } from '@/lib/format';
import { localeOf } from '@/lib/i18n';

export { currencyDigits };

export type Money = { amount: string; currency: string };

export const isCurrencyCode = (code: string) => {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  try {
    new Intl.NumberFormat(undefined, { style: 'currency', currency: code });
    return true;
  } catch {
    return false;
  }
};

/** The decimal and grouping marks of a language (vi: "1.234,5", en: "1,234.5"). */
export const separators = (lng: string) => {
  const parts = new Intl.NumberFormat(localeOf(lng)).formatToParts(12345.6);
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
  };
};

export type ParsedAmount = { ok: true; amount: string } | { ok: false; reason: 'empty' | 'invalid' | 'tooManyDecimals' | 'notPositive'; digits: number };

/**
 * Reads an amount typed the way the language writes numbers (vi "1.234.567,5", en "1,234,567.5"; spaces allowed)
 * into the API's decimal string ("1234567.5"), never through a float, and checks the currency's decimals.
 */
export const parseAmount = (text: string, currency: string, lng: string): ParsedAmount => parseDecimal(text, currencyDigits(currency), lng);

/** An exchange rate (VND per unit) as typed, with up to 6 decimals as the API takes it. */
export const parseRate = (text: string, lng: string): ParsedAmount => parseDecimal(text, 6, lng);

/** A positive decimal typed in the language's marks, as a decimal string with at most `digits` decimals. */
export const parseDecimal = (text: string, digits: number, lng: string): ParsedAmount => {
  const { decimal, group } = separators(lng);
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (!compact) return { ok: false, reason: 'empty', digits };
  const grouped = compact.split(group).join('');
  const parts = grouped.split(decimal);
  if (parts.length > 2) return { ok: false, reason: 'invalid', digits };
  const [whole = '', fraction = ''] = parts;
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(fraction) || (!whole && !fraction)) return { ok: false, reason: 'invalid', digits };
  const trimmedFraction = fraction.replace(/0+$/, '');
  if (trimmedFraction.length > digits) return { ok: false, reason: 'tooManyDecimals', digits };
  const integer = whole.replace(/^0+(?=\d)/, '') || '0';
  if (/^0*$/.test(integer) && /^0*$/.test(trimmedFraction)) return { ok: false, reason: 'notPositive', digits };
  return { ok: true, amount: trimmedFraction ? `${integer}.${trimmedFraction}` : integer };
};

/** An API decimal string written for typing back in, in the language's marks, without currency sign. */
export const amountForInput = (amount: string | undefined, lng: string) => {
  if (!amount) return '';
  const { decimal } = separators(lng);
  const [whole = '0', fraction] = amount.split('.');
  const trimmed = fraction?.replace(/0+$/, '');
  return trimmed ? `${whole}${decimal}${trimmed}` : whole;
};

/** Money as the language writes it with the currency's own decimals, exactly (see lib/format). */
export const formatMoney = (money: Money | undefined | null, lng: string) => (money ? formatAmount(money.amount, money.currency, lng) : '');

/** A 4-decimal ratio string ("0.4500") as a percentage ("45 %", "112,5 %"). */
export const formatRate = (rate: string | undefined, lng: string) =>
  rate === undefined ? '' : new Intl.NumberFormat(localeOf(lng), { style: 'percent', maximumFractionDigits: 1 }).format(rate as unknown as number);

/** A progress bar's value: the rate as a percentage capped at 100 (the text still says how far beyond it went). */
export const progressValue = (rate: string | undefined) => Math.min(100, Math.max(0, Number(rate ?? 0) * 100));

/** A decimal string as a chart's number (charts draw floats; the figures shown as text stay exact). */
export const chartNumber = (amount: string | undefined) => Number(amount ?? 0);

/** A decimal string (an exchange rate) as the language writes it, up to 6 decimals, exactly. */
export const formatDecimal = (value: string | undefined, lng: string) =>
  value ? new Intl.NumberFormat(localeOf(lng), { maximumFractionDigits: 6 }).format(value as unknown as number) : '';
