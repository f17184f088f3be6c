import type { TFunction } from 'i18next';
import { isApiError } from './api/problem';

/** A translated, human sentence for any failure; the server's detail is added where it says more. */
export const errorMessage = (t: TFunction, error: unknown): string => {
  if (!isApiError(error)) return t('common:errors.network');
  const detail = error.problem.detail;
  switch (error.status) {
    case 400:
      return Object.keys(error.fieldErrors).length ? t('common:errors.validation') : (detail ?? t('common:errors.validation'));
    case 403:
      return t('common:errors.forbidden');
    case 404:
      return t('common:errors.notFound');
    case 409:
      return detail ? `${t('common:errors.conflict')} ${detail}` : t('common:errors.conflict');
    case 412:
      return t('common:errors.stale');
    case 429:
      return t('common:errors.tooMany');
    default:
      return t('common:errors.generic');
  }
};

/** Server field errors keyed by the form's field path (the API's `errors[].field`). */
export const fieldErrorsOf = (error: unknown): Record<string, string> => (isApiError(error) ? error.fieldErrors : {});
