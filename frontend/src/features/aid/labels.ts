import type { TFunction } from 'i18next';
import { countryName } from '@/lib/countries';
import { KINDS, SECTORS, STATUSES, type GroupBy } from './codes';
import { APPROVAL_STATUSES } from './lifecycleApi';

const has = (values: readonly string[], key: string | undefined): key is string => !!key && values.includes(key);

/** A report row's label in the user's language: enums and countries are translated, names and years kept. */
export const groupLabel = (t: TFunction, lng: string, dimension: GroupBy | string, key: string | undefined, label: string | undefined) => {
  if (dimension === 'sector' && has(SECTORS, key)) return t(`aid:sectors.${key}`);
  if (dimension === 'status' && has(STATUSES, key)) return t(`aid:statuses.${key}`);
  if (dimension === 'kind' && has(KINDS, key)) return t(`aid:kinds.${key}`);
  if (dimension === 'approvalStatus' && has(APPROVAL_STATUSES, key)) return t(`aid:lifecycle.steps.${key}`);
  if (dimension === 'donorCountry' && key) return countryName(key, lng) || label || key;
  return label || key || t('common:none');
};
