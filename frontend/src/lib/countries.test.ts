import { describe, expect, it } from 'vitest';
import { countryName, countryOptions, folded } from './countries';

describe('countries', () => {
  it('folds case, accents and đ the way the API search does', () => {
    expect(folded('Đan Mạch')).toBe('dan mach');
    expect(folded('Cộng hòa Dân chủ Nhân dân Lào')).toContain('lao');
    expect(folded('Việt Nam')).toBe('viet nam');
  });

  it('writes Malaysia as offices do, in the name and in the options', () => {
    expect(countryName('MY', 'vi')).toBe('Malaysia');
    expect(countryOptions('vi').find((o) => o.value === 'MY')?.label).toBe('Malaysia (MY)');
  });

  it('finds Laos and Vietnam by their names typed without accents', () => {
    const labels = countryOptions('vi').map((o) => folded(o.label));
    expect(labels.some((l) => l.includes('lao') && l.includes('(la)'))).toBe(true);
    expect(labels.some((l) => l.includes('viet') && l.includes('(vn)'))).toBe(true);
  });
});
