import { describe, expect, it } from 'vitest';
import { latestValidUntil, registrationSearchSchema } from './search';

describe('registration rules', () => {
  it('ends a certificate 3 years after issue at the latest, 28 February for a leap day', () => {
    expect(latestValidUntil('2024-03-01')).toBe('2027-03-01');
    expect(latestValidUntil('2024-02-29')).toBe('2027-02-28');
  });

  it('keeps a valid list address and drops bad values', () => {
    expect(registrationSearchSchema.parse({ kind: 'OPERATION', status: 'LAPSED', expiring: true })).toMatchObject({
      kind: 'OPERATION',
      status: undefined,
      expiring: true,
    });
  });
});
