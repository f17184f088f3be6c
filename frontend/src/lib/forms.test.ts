import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './api/problem';
import { errorsOnto, renamed, serverFieldErrors, useServerErrors } from './forms';

const failure = new ApiError({
  status: 400,
  errors: [
    { field: 'committed.amount', message: 'must be positive' },
    { field: 'committed', message: 'is required' },
    { field: 'title', message: 'must not be blank' },
  ],
});

describe('server field errors onto a form', () => {
  it('renames the API paths to the form fields, the first message per field winning', () => {
    expect(serverFieldErrors(failure, renamed({ committed: 'amount', 'committed.amount': 'amount' }))).toEqual({
      amount: 'must be positive',
      title: 'must not be blank',
    });
  });

  it('hands a mutation failure to the form, and nothing for a failure without fields', () => {
    const form = { setErrors: vi.fn() };
    errorsOnto(form)(failure);
    expect(form.setErrors).toHaveBeenCalledWith({ 'committed.amount': 'must be positive', committed: 'is required', title: 'must not be blank' });
    const onto = { setErrors: vi.fn() };
    renderHook(() => useServerErrors(onto, new TypeError('Failed to fetch')));
    expect(onto.setErrors).not.toHaveBeenCalled();
  });

  it('adds a field error for a status the form knows how to place', () => {
    const conflict = new ApiError({ status: 409, detail: 'taken' });
    const form = { setErrors: vi.fn() };
    renderHook(() =>
      useServerErrors(form, conflict, (errors, error) => (error instanceof ApiError && error.status === 409 ? { ...errors, code: 'Mã đã dùng' } : errors)),
    );
    expect(form.setErrors).toHaveBeenCalledWith({ code: 'Mã đã dùng' });
  });
});
