import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import vi from 'i18n-iso-countries/langs/vi.json';

countries.registerLocale(en);
countries.registerLocale(vi);

export const countryName = (code: string | null | undefined, lng: string) => (code ? (countries.getName(code, lng === 'en' ? 'en' : 'vi') ?? code) : '');

/** Select options, sorted by the name in the current language. */
export const countryOptions = (lng: string) => {
  const names = countries.getNames(lng === 'en' ? 'en' : 'vi', { select: 'official' });
  return Object.entries(names)
    .map(([value, label]) => ({ value, label: `${label} (${value})` }))
    .sort((a, b) => a.label.localeCompare(b.label, lng));
};
