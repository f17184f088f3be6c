import { describe, expect, it } from 'vitest';
import { mergeProvinces, totalOf } from './provinces';

describe('mergeProvinces', () => {
  const delegations = [
    { key: '4', label: 'Ủy ban nhân dân tỉnh Lào Cai', delegations: 3, members: 14 },
    { key: 'null', delegations: 1, members: 2 },
  ];
  const training = [{ key: '2', label: 'Ủy ban nhân dân tỉnh Hà Tĩnh', courses: 1, trainees: 20, completions: 18 }];
  const aid = [
    {
      key: '4',
      label: 'Ủy ban nhân dân tỉnh Lào Cai',
      projects: 2,
      committed: { amount: '1500000000', currency: 'VND' },
      disbursed: { amount: '400000000', currency: 'VND' },
    },
    {
      key: '2',
      label: 'Ủy ban nhân dân tỉnh Hà Tĩnh',
      projects: 1,
      committed: { amount: '300000000', currency: 'VND' },
      disbursed: { amount: '0', currency: 'VND' },
    },
  ];

  it('puts the three reports side by side per province, in Vietnamese order, records without a home last', () => {
    const rows = mergeProvinces(delegations, training, aid, 'vi', 'Không gắn đơn vị');
    expect(rows.map((r) => r.label)).toEqual(['Ủy ban nhân dân tỉnh Hà Tĩnh', 'Ủy ban nhân dân tỉnh Lào Cai', 'Không gắn đơn vị']);
    expect(rows[0]).toMatchObject({ delegations: 0, trainees: 20, completions: 18, projects: 1, committed: 300000000 });
    expect(rows[1]).toMatchObject({ delegations: 3, members: 14, trainees: 0, projects: 2, committed: 1500000000, disbursed: 400000000 });
  });

  it('adds the columns up to the reports own totals', () => {
    const total = totalOf(mergeProvinces(delegations, training, aid, 'vi', '-'));
    expect(total).toMatchObject({ delegations: 4, members: 16, courses: 1, trainees: 20, projects: 3, committed: 1800000000, disbursed: 400000000 });
  });
});
