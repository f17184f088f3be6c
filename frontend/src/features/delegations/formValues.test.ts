import { describe, expect, it } from 'vitest';
import { toFormErrors, toInput, toValues } from './formValues';

describe('delegation form values', () => {
  it('maps the API field paths onto the form fields, member cells included', () => {
    expect(
      toFormErrors({
        'members[3].fullName': 'must not be blank',
        'members[0].role': 'a delegation has at most one HEAD',
        'budget.amount': 'VND allows 0 decimals',
        endDate: 'x',
      }),
    ).toEqual({
      'members.3.fullName': 'must not be blank',
      'members.0.role': 'a delegation has at most one HEAD',
      budgetAmount: 'VND allows 0 decimals',
      endDate: 'x',
    });
  });

  it('sends the budget as a decimal string with the currency’s digits, and no budget without an amount', () => {
    const base = toValues();
    expect(toInput({ ...base, budgetAmount: 1500.5, budgetCurrency: 'USD' }).budget).toEqual({ amount: '1500.50', currency: 'USD' });
    expect(toInput({ ...base, budgetAmount: 504000000000, budgetCurrency: 'VND' }).budget).toEqual({ amount: '504000000000', currency: 'VND' });
    expect(toInput({ ...base, budgetAmount: '', budgetCurrency: 'VND' }).budget).toBeUndefined();
  });
});
