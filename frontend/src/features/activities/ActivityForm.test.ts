import { describe, expect, it } from 'vitest';
import { toInput } from './ActivityForm';

const base = {
  kind: 'CONGRATULATORY_MESSAGE' as const,
  title: '  Điện mừng Quốc khánh Lào ',
  startDate: '2026-11-28',
  endDate: null,
  place: '',
  homeOrganizationId: 3,
  partnerIds: [12, null],
  participantsVietnamese: '',
  participantsForeign: 4,
  status: 'HELD' as const,
  cancellationReason: 'not sent',
  description: '',
  outcome: '',
  direction: 'SENT',
  occasion: 'NATIONAL_DAY',
  sender: ' Chủ tịch UBND tỉnh ',
  recipient: '',
  season: '2024–2025',
  setsFound: 3,
  setsIdentified: 1,
  agreedPoints: 'x',
  assessment: '',
  competence: 'PRIME_MINISTER',
  applicationSentOn: null,
  permissionNumber: '',
  permissionDate: null,
  reportSentOn: null,
};

describe('the activity form', () => {
  it("sends only the kind's own part, a one-day end, and no reason unless cancelled", () => {
    const input = toInput(base);
    expect(input.title).toBe('Điện mừng Quốc khánh Lào');
    expect(input.endDate).toBe('2026-11-28');
    expect(input.partnerOrganizationIds).toEqual([12]);
    expect(input.participantsVietnamese).toBeUndefined();
    expect(input.participantsForeign).toBe(4);
    expect(input.cancellationReason).toBeUndefined();
    expect(input.exchange).toEqual({ direction: 'SENT', occasion: 'NATIONAL_DAY', sender: 'Chủ tịch UBND tỉnh', recipient: undefined });
    expect(input.repatriation).toBeUndefined();
    expect(input.twinningReview).toBeUndefined();
    expect(input.conference).toBeUndefined();
  });

  it('keeps the partners beyond the two the form shows', () => {
    const input = toInput({ ...base, kind: 'REPATRIATION_CEREMONY' }, { partnerOrganizationIds: [12, 13, 14], pillars: ['PEOPLE'] });
    expect(input.partnerOrganizationIds).toEqual([12, 14]);
    expect(input.exchange).toBeUndefined();
    expect(input.repatriation).toEqual({ season: '2024–2025', setsFound: 3, setsIdentified: 1 });
  });
});
