import type { Language } from './index';

/** A message in both languages; a language's value is a string, or its plural forms (`one`, `other`…). */
type Forms = string | Record<string, string>;
export type Messages = { [key: string]: Messages | Partial<Record<Language, Forms>> };

// A message is an object whose keys are all languages (a group such as `language: { label, vi, en }` is not).
const isMessage = (node: object, languages: readonly string[]): node is Partial<Record<Language, Forms>> =>
  Object.keys(node).length > 0 && Object.keys(node).every((key) => languages.includes(key));

/**
 * Splits a namespace file, where each message holds both languages side by side, into one i18next tree per language;
 * plural forms become i18next's `key_one` / `key_other`.
 */
export const byLanguage = (messages: Messages, languages: readonly Language[]) => {
  const trees = Object.fromEntries(languages.map((l) => [l, {} as Record<string, unknown>])) as Record<Language, Record<string, unknown>>;
  const walk = (node: Messages, targets: Record<Language, Record<string, unknown>>) => {
    for (const [key, value] of Object.entries(node)) {
      if (isMessage(value, languages)) {
        for (const l of languages) {
          const forms = value[l];
          if (typeof forms === 'string') targets[l][key] = forms;
          else if (forms) for (const [form, text] of Object.entries(forms)) targets[l][`${key}_${form}`] = text;
        }
      } else {
        const children = Object.fromEntries(languages.map((l) => [l, (targets[l][key] = {})])) as Record<Language, Record<string, unknown>>;
        walk(value, children);
      }
    }
  };
  walk(messages, trees);
  return trees;
};

/** Paths of messages that lack a language: every string the SPA shows exists in Vietnamese and in English. */
export const missingLanguages = (messages: Messages, languages: readonly Language[], prefix = ''): string[] =>
  Object.entries(messages).flatMap(([key, value]) =>
    isMessage(value, languages)
      ? languages.filter((l) => !value[l]).map((l) => `${prefix}${key} (${l})`)
      : missingLanguages(value, languages, `${prefix}${key}.`),
  );
