import { describe, expect, it } from 'vitest';
import { delegationSearchSchema } from './search';

describe('delegation list URL state', () => {
  it('keeps valid values', () => {
    const valid = {
      q: 'vufo',
      direction: 'INCOMING',
      status: 'APPROVED',
      counterpartCountryCode: 'LA',
      level: 'PROVINCIAL',
      from: '2027-01-01',
      to: '2027-01-31',
      sort: '-startDate',
      page: 2,
      view: 'calendar',
      month: '2027-03',
    };
    expect(delegationSearchSchema.parse(valid)).toEqual(valid);
  });

  it('drops what a hand-edited URL got wrong instead of failing', () => {
    expect(
      delegationSearchSchema.parse({ direction: 'SIDEWAYS', status: 'LOST', from: '1/2/2027', sort: 'password', page: -1, view: 'map', month: '2027-13' }),
    ).toEqual({ page: 0 });
  });
});
