import type { TFunction } from 'i18next';
import i18n from './i18n';
import { isApiError, type ApiError } from './api/problem';

/** The refusal in the user's language when the server names its rule (`code`), else the server's own detail. */
const ruleOrDetail = (t: TFunction, error: ApiError): string | undefined => {
  const { code, params, detail } = error.problem;
  const key = `common:problems.${code ?? ''}`;
  return code && i18n.exists(key) ? t(key, params ?? {}) : (detail ?? undefined);
};

/** A translated, human sentence for any failure; the server's detail is added where it says more. */
export const errorMessage = (t: TFunction, error: unknown): string => {
  if (!isApiError(error)) return t('common:errors.network');
  const detail = ruleOrDetail(t, error);
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
