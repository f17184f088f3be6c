import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import vi from 'i18n-iso-countries/langs/vi.json';

countries.registerLocale(en);
countries.registerLocale(vi);

// Where the package's Vietnamese name is not the one offices write.
const VI_NAMES: Record<string, string> = { MY: 'Malaysia' };

const nameIn = (code: string, lng: string) => (lng === 'en' ? countries.getName(code, 'en') : (VI_NAMES[code] ?? countries.getName(code, 'vi')));

export const countryName = (code: string | null | undefined, lng: string) => (code ? (nameIn(code, lng) ?? code) : '');

/** Text folded for matching as every list's search does: no case, no accents, đ as d ("viet" finds "Việt Nam"). */
export const folded = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();

/** Select options, sorted by the name in the current language. */
export const countryOptions = (lng: string) => {
  const names = countries.getNames(lng === 'en' ? 'en' : 'vi', { select: 'official' });
  return Object.entries(names)
    .map(([value, label]) => ({ value, label: `${lng === 'en' ? label : (VI_NAMES[value] ?? label)} (${value})` }))
    .sort((a, b) => a.label.localeCompare(b.label, lng));
};
