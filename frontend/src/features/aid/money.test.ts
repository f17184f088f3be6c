import { describe, expect, it } from 'vitest';
import { amountForInput, currencyDigits, formatMoney, formatRate, isCurrencyCode, parseAmount, progressValue } from './money';

const nbsp = (s: string) => s.replace(/[\s\u00a0\u202f]/g, ' ');

describe('currency decimals', () => {
  it('knows each currency’s minor unit', () => {
    expect(currencyDigits('VND')).toBe(0);
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('KRW')).toBe(0);
    expect(currencyDigits('USD')).toBe(2);
    expect(currencyDigits('EUR')).toBe(2);
    expect(currencyDigits('KWD')).toBe(3);
  });

  it('accepts ISO 4217 codes only', () => {
    expect(isCurrencyCode('SEK')).toBe(true);
    expect(isCurrencyCode('usd')).toBe(false);
    expect(isCurrencyCode('US')).toBe(false);
  });
});

describe('parseAmount', () => {
  it('reads Vietnamese and English number marks into a decimal string', () => {
    expect(parseAmount('1.234.567', 'VND', 'vi')).toEqual({ ok: true, amount: '1234567' });
    expect(parseAmount('2.000.000,50', 'USD', 'vi')).toEqual({ ok: true, amount: '2000000.5' });
    expect(parseAmount('2,000,000.50', 'USD', 'en')).toEqual({ ok: true, amount: '2000000.5' });
    expect(parseAmount(' 1 500 ', 'VND', 'en')).toEqual({ ok: true, amount: '1500' });
    expect(parseAmount('1,234', 'KWD', 'vi')).toEqual({ ok: true, amount: '1.234' });
  });

  it('keeps every digit of amounts no float could hold', () => {
    expect(parseAmount('123456789012345.67', 'USD', 'en')).toEqual({ ok: true, amount: '123456789012345.67' });
  });

  it('refuses more decimals than the currency has', () => {
    expect(parseAmount('1,5', 'VND', 'vi')).toMatchObject({ ok: false, reason: 'tooManyDecimals', digits: 0 });
    expect(parseAmount('1.005', 'USD', 'en')).toMatchObject({ ok: false, reason: 'tooManyDecimals', digits: 2 });
    expect(parseAmount('1.0050', 'KWD', 'en')).toEqual({ ok: true, amount: '1.005' });
    // Trailing zeros are not real decimals.
    expect(parseAmount('1500,00', 'VND', 'vi')).toEqual({ ok: true, amount: '1500' });
  });

  it('refuses empty, zero and malformed amounts', () => {
    expect(parseAmount('', 'USD', 'en')).toMatchObject({ ok: false, reason: 'empty' });
    expect(parseAmount('0', 'USD', 'en')).toMatchObject({ ok: false, reason: 'notPositive' });
    expect(parseAmount('-5', 'USD', 'en')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(parseAmount('1.2.3', 'USD', 'en')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(parseAmount('12abc', 'USD', 'en')).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('writes an API amount back for editing', () => {
    expect(amountForInput('2000000.50', 'vi')).toBe('2000000,5');
    expect(amountForInput('2000000.50', 'en')).toBe('2000000.5');
    expect(amountForInput('1500', 'vi')).toBe('1500');
  });
});

describe('formatting', () => {
  it('shows each currency with its own decimals', () => {
    expect(nbsp(formatMoney({ amount: '504000000000', currency: 'VND' }, 'vi'))).toBe('504.000.000.000 ₫');
    expect(formatMoney({ amount: '2000000.5', currency: 'USD' }, 'en')).toBe('US$2,000,000.50');
    expect(nbsp(formatMoney({ amount: '1.5', currency: 'KWD' }, 'en'))).toBe('KWD 1.500');
  });

  it('keeps large amounts exact', () => {
    expect(formatMoney({ amount: '9007199254740993', currency: 'VND' }, 'en')).toContain('9,007,199,254,740,993');
  });

  it('turns the disbursement rate into a percentage and caps the bar at 100', () => {
    expect(nbsp(formatRate('0.4500', 'en'))).toBe('45%');
    expect(progressValue('1.2500')).toBe(100);
    expect(progressValue('0.4500')).toBe(45);
  });
});
