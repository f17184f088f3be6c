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
  partnershipId: null,
  pillars: ['PEOPLE' as const],
  fields: [],
  personIds: [5, null, null],
  budget: '',
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
    expect(input.budget).toBeUndefined();
    expect(input.personIds).toEqual([5]);
  });

  it("sends the budget in the record's currency and keeps the persons beyond the three the form shows", () => {
    const input = toInput({ ...base, budget: 25000000, personIds: [7, null, 8] }, { personIds: [7, 9, 8, 10], budget: { amount: '1', currency: 'LAK' } });
    expect(input.budget).toEqual({ amount: '25000000', currency: 'LAK' });
    expect(input.personIds).toEqual([7, 8, 10]);
  });

  it('keeps the partners beyond the two the form shows', () => {
    const input = toInput({ ...base, kind: 'REPATRIATION_CEREMONY' }, { partnerOrganizationIds: [12, 13, 14], pillars: ['PEOPLE'] });
    expect(input.partnerOrganizationIds).toEqual([12, 14]);
    expect(input.exchange).toBeUndefined();
    expect(input.repatriation).toEqual({ season: '2024–2025', setsFound: 3, setsIdentified: 1 });
  });
});
