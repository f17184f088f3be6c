import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { byLanguage, type Messages } from './messages';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'diplomacy.language';

// Each feature keeps its strings in src/locales/<namespace>.json, both languages side by side per message.
export const localeFiles = import.meta.glob<Messages>('../../locales/*.json', { eager: true, import: 'default' });
const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [path, messages] of Object.entries(localeFiles)) {
  const ns = /locales\/(\w+)\.json$/.exec(path)?.[1];
  if (!ns) continue;
  for (const [lng, tree] of Object.entries(byLanguage(messages, LANGUAGES))) (resources[lng] ??= {})[ns] = tree;
}

const stored = (): Language => {
  const value = globalThis.localStorage?.getItem(STORAGE_KEY);
  return value === 'en' ? 'en' : 'vi';
};

void i18n.use(initReactI18next).init({
  resources,
  lng: stored(),
  fallbackLng: 'vi',
  ns: Object.keys(resources.vi ?? {}),
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});

i18n.on('languageChanged', (lng) => {
  globalThis.localStorage?.setItem(STORAGE_KEY, lng);
  document.documentElement.lang = lng;
});
document.documentElement.lang = i18n.language;

export const localeOf = (lng: string) => (lng === 'en' ? 'en-GB' : 'vi-VN');

export default i18n;
