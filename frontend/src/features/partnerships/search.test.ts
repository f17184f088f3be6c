import { describe, expect, it } from 'vitest';
import { partnershipSearchSchema } from './search';

describe('partnership list URL state', () => {
  it('keeps valid values', () => {
    const search = {
      q: 'ha tinh',
      partnerCountryCode: 'LA',
      type: 'TWINNING',
      pillar: 'PEOPLE',
      field: 'TOURISM',
      status: 'ACTIVE',
      sort: '-startDate',
      page: 2,
    };
    expect(partnershipSearchSchema.parse(search)).toEqual(search);
  });

  it('drops what a hand-edited URL got wrong instead of failing', () => {
    expect(
      partnershipSearchSchema.parse({
        partnerCountryCode: 'lao',
        type: 'ALLIANCE',
        pillar: 'ARMY',
        field: 'SPACE',
        status: 'DORMANT',
        sort: 'partner',
        page: -1,
      }),
    ).toEqual({
      q: undefined,
      partnerCountryCode: undefined,
      type: undefined,
      pillar: undefined,
      field: undefined,
      status: undefined,
      sort: undefined,
      page: 0,
    });
  });

  it('starts on the first page when nothing is given', () => {
    expect(partnershipSearchSchema.parse({}).page).toBe(0);
  });
});
