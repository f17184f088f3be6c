import { describe, expect, it } from 'vitest';
import { targetOf, type Notification } from './api';

const base: Notification = {
  key: 'k',
  type: 'AGREEMENT_EXPIRING',
  recordKind: 'agreement',
  recordId: 7,
  parentId: 3,
  title: 'MOU',
  dueOn: '2027-01-10',
  days: 37,
  read: false,
};

describe('notification targets', () => {
  it('opens the page of the record, or of the record it belongs to', () => {
    expect(targetOf(base)).toEqual({ to: '/partnerships/$id', params: { id: 3 } });
    expect(targetOf({ ...base, recordKind: 'delegation', recordId: 12 })).toEqual({ to: '/delegations/$id', params: { id: 12 } });
    expect(targetOf({ ...base, recordKind: 'aid-progress-report', recordId: 9, parentId: 44 })).toEqual({ to: '/aid/$id', params: { id: 44 } });
    expect(targetOf({ ...base, recordKind: 'something-new' })).toBeNull();
  });
});

describe('notification wording', () => {
  it('counts days in both languages', async () => {
    const { default: i18n } = await import('@/lib/i18n');
    expect(i18n.t('notifications:late', { count: 5, lng: 'vi' })).toBe('quá 5 ngày');
    expect(i18n.t('notifications:inDays', { count: 1, lng: 'en' })).toBe('in 1 day');
    expect(i18n.t('notifications:inDays', { count: 3, lng: 'en' })).toBe('in 3 days');
  });
});
