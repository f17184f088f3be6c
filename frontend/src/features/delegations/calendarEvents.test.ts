import { describe, expect, it } from 'vitest';
import type { Delegation } from './api';
import { toEvents } from './calendarEvents';
import { addDays } from '@/lib/dates';

describe('calendar events', () => {
  it('spans each visit as all-day events ending the day after its last day, leaving cancelled ones out', () => {
    const items: Delegation[] = [
      { id: 1, title: 'Ba ngày', direction: 'INCOMING', status: 'APPROVED', startDate: '2027-02-27', endDate: '2027-03-01' },
      { id: 2, title: 'Đã hủy', direction: 'OUTGOING', status: 'CANCELLED', startDate: '2027-03-02', endDate: '2027-03-02' },
      { id: 3, title: 'Một ngày', direction: 'OUTGOING', status: 'PROPOSED', startDate: '2027-12-31', endDate: '2027-12-31' },
    ];
    expect(toEvents(items).map(({ id, title, start, end, allDay, url }) => ({ id, title, start, end, allDay, url }))).toEqual([
      { id: '1', title: 'Ba ngày', start: '2027-02-27', end: '2027-03-02', allDay: true, url: '/delegations/1' },
      { id: '3', title: 'Một ngày', start: '2027-12-31', end: '2028-01-01', allDay: true, url: '/delegations/3' },
    ]);
  });

  it('adds days across month ends and leap years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });
});
