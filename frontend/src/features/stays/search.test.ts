import { describe, expect, it } from 'vitest';
import { schoolYearOf, schoolYears, staySearchSchema } from './search';

describe('stay search', () => {
  it('names a school year by the September it starts', () => {
    expect(schoolYearOf('2024-09-01')).toBe(2024);
    expect(schoolYearOf('2025-08-31')).toBe(2024);
    expect(schoolYearOf('2026-12-04')).toBe(2026);
    expect(schoolYears('2026-12-04').slice(0, 4)).toEqual([2029, 2028, 2027, 2026]);
  });

  it('drops what the API would refuse from the address', () => {
    expect(staySearchSchema.parse({ schoolYear: '2024', nationality: 'LA' })).toMatchObject({ schoolYear: 2024, nationality: 'LA' });
    expect(staySearchSchema.parse({ schoolYear: '2024-2025', nationality: 'Lào' })).toMatchObject({ schoolYear: undefined, nationality: undefined });
  });
});
