import { describe, expect, it } from 'vitest';
import { organizationSearchSchema } from './search';

describe('organization list URL state', () => {
  it('keeps valid values', () => {
    expect(organizationSearchSchema.parse({ q: 'ha tinh', type: 'EMBASSY', countryCode: 'LA', sort: '-name', page: 2 })).toEqual({
      q: 'ha tinh',
      type: 'EMBASSY',
      countryCode: 'LA',
      sort: '-name',
      page: 2,
    });
  });

  it('drops what a hand-edited URL got wrong instead of failing', () => {
    expect(organizationSearchSchema.parse({ type: 'PLANET', countryCode: 'la', sort: 'password', page: -3 })).toEqual({
      q: undefined,
      type: undefined,
      countryCode: undefined,
      sort: undefined,
      page: 0,
    });
  });
});
