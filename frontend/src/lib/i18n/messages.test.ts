import { describe, expect, it } from 'vitest';
import { LANGUAGES, localeFiles } from './index';
import { byLanguage, missingLanguages } from './messages';

describe('locale files', () => {
  it('give every message in Vietnamese and in English', () => {
    const missing = Object.entries(localeFiles).flatMap(([path, messages]) => missingLanguages(messages, LANGUAGES).map((m) => `${path}: ${m}`));
    expect(missing).toEqual([]);
  });

  it('split into one tree per language, plural forms as key_one / key_other', () => {
    const trees = byLanguage(
      { count: { vi: '{{count}} bản ghi', en: { one: '{{count}} record', other: '{{count}} records' } }, a: { b: { vi: 'Có', en: 'Yes' } } },
      LANGUAGES,
    );
    expect(trees.vi).toEqual({ count: '{{count}} bản ghi', a: { b: 'Có' } });
    expect(trees.en).toEqual({ count_one: '{{count}} record', count_other: '{{count}} records', a: { b: 'Yes' } });
  });
});
