import { useEffect } from 'react';
import type { UseFormReturnType } from '@mantine/form';
import { fieldErrorsOf } from './errors';

export type FieldErrors = Record<string, string>;
/** Turns the API's field errors into the form's: renamed paths, or an error added for a status (a 409 on a field). */
export type ErrorAdjust = (errors: FieldErrors, error: unknown) => FieldErrors;

type AnyForm = Pick<UseFormReturnType<never>, 'setErrors'>;

/** Renames the API's field paths to the form's (`committed.amount` → `amount`); the first message per field wins. */
export const renamed =
  (paths: Record<string, string>): ErrorAdjust =>
  (errors) => {
    const out: FieldErrors = {};
    for (const [field, message] of Object.entries(errors)) out[paths[field] ?? field] ??= message;
    return out;
  };

/** The server's field errors of a failed call, keyed by the form's field paths. */
export const serverFieldErrors = (error: unknown, adjust?: ErrorAdjust): FieldErrors => (adjust ? adjust(fieldErrorsOf(error), error) : fieldErrorsOf(error));

/** For a mutation's `onError`: the server's field errors go next to their fields. */
export const errorsOnto = (form: AnyForm, adjust?: ErrorAdjust) => (error: unknown) => form.setErrors(serverFieldErrors(error, adjust));

/** Whenever a form's call fails, the server's field errors go next to their fields. */
export const useServerErrors = (form: AnyForm, error: unknown, adjust?: ErrorAdjust) => {
  useEffect(() => {
    const errors = serverFieldErrors(error, adjust);
    if (Object.keys(errors).length) form.setErrors(errors);
    // Only a new failure re-applies them; the form and the mapping are stable for the form's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error]);
};

/** Refills a form from its record whenever the record's version changes (loaded, reloaded after a 412). */
export const useRecordValues = <V>(form: Pick<UseFormReturnType<V>, 'setValues'>, version: number | undefined, values: () => V) => {
  useEffect(() => {
    if (version !== undefined) form.setValues(values() as Partial<V>);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version]);
};
