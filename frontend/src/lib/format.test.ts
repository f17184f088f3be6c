import { describe, expect, it } from 'vitest';
import { formatBytes, formatDate, formatDateTime, formatMoney, formatNumber } from './format';

describe('locale formatting', () => {
  it('writes VND without decimals and USD with cents', () => {
    expect(formatMoney('504000000000', 'VND', 'vi').replace(/\s/g, ' ')).toBe('504.000.000.000 ₫');
    expect(formatMoney('2000000.5', 'USD', 'en')).toBe('US$2,000,000.50');
  });

  it('groups digits per language', () => {
    expect(formatNumber(1234567, 'vi')).toBe('1.234.567');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
  });

  it('writes dates per language and tolerates empty values', () => {
    expect(formatDate('2022-09-05', 'en')).toBe('5 Sept 2022');
    expect(formatDate('2022-09-05', 'vi')).toBe('05/09/2022');
    expect(formatDateTime('2022-09-05T07:30:00Z', 'vi')).toMatch(/^\d{2}:\d{2} 05\/09\/2022$|^05\/09\/2022,? \d{2}:\d{2}$/);
    expect(formatDate(undefined, 'vi')).toBe('');
  });

  // Telling only where the machine is west of UTC (TZ=America/New_York); harmless elsewhere.
  it('keeps a calendar date on its day whatever the time zone', () => {
    expect(formatDate('2027-01-01', 'en')).toBe('1 Jan 2027');
    expect(formatDate('2027-01-01', 'vi')).toBe('01/01/2027');
  });

  it('writes file sizes as each language does', () => {
    expect(formatBytes(512, 'vi')).toBe('512 B');
    expect(formatBytes(482_113, 'vi')).toBe('471 KB');
    expect(formatBytes(2_500_000, 'vi')).toBe('2,4 MB');
    expect(formatBytes(2_500_000, 'en')).toBe('2.4 MB');
  });
});
