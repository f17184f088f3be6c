import { describe, expect, it } from 'vitest';
import { toInput } from './StayForm';

const base = {
  personId: 12,
  homeOrganizationId: 3,
  kind: 'STUDENT' as const,
  hostOrganizationId: null,
  hostName: ' Trường Đại học Hà Tĩnh ',
  programme: 'Học bổng Hiệp định',
  sponsor: '',
  fieldOfStudy: 'Kế toán',
  startDate: '2024-09-05',
  endDate: '2028-06-30',
  status: null,
  statusReason: 'left over',
  notes: ' ',
};

describe('stay form', () => {
  it('leaves the status to the server and drops a reason that only an early end needs', () => {
    expect(toInput(base)).toEqual({
      personId: 12,
      homeOrganizationId: 3,
      kind: 'STUDENT',
      hostOrganizationId: undefined,
      hostName: 'Trường Đại học Hà Tĩnh',
      programme: 'Học bổng Hiệp định',
      sponsor: undefined,
      fieldOfStudy: 'Kế toán',
      startDate: '2024-09-05',
      endDate: '2028-06-30',
      status: undefined,
      statusReason: undefined,
      notes: undefined,
    });
  });

  it('keeps the reason of a stay that ended early', () => {
    const input = toInput({ ...base, status: 'DISCONTINUED', statusReason: ' Về nước ' });
    expect(input.status).toBe('DISCONTINUED');
    expect(input.statusReason).toBe('Về nước');
  });
});
