import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { session } from '@/lib/auth/session';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { AidReportPage } from './AidReportPage';
import type { AidReportSearch } from './codes';
import { report } from './fixtures';

const spaces = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

const rowsFor = (groupBy: string) =>
  groupBy === 'sector'
    ? [{ key: 'HEALTH', label: 'Health', projects: 1, committed: { amount: '3000000000', currency: 'VND' }, disbursed: { amount: '0', currency: 'VND' } }]
    : [
        {
          key: '2023',
          label: '2023',
          projects: 2,
          committed: { amount: '8908250000', currency: 'VND' },
          disbursed: { amount: '2363300000', currency: 'VND' },
          stack: [{ key: 'WATER_SANITATION', label: 'Water supply and sanitation', projects: 1, committed: { amount: '5908250000', currency: 'VND' } }],
        },
      ];

const Harness = ({ initial }: { initial: AidReportSearch }) => {
  const [search, setSearch] = useState(initial);
  return <AidReportPage search={search} onSearchChange={setSearch} />;
};

describe('AidReportPage', () => {
  const calls: URL[] = [];
  beforeEach(() => {
    session.set({ token: 't', expiresAt: '2999-01-01T00:00:00Z' });
    calls.length = 0;
    server.use(
      http.get('*/api/v1/reports/aid', ({ request }) => {
        const url = new URL(request.url);
        calls.push(url);
        const groupBy = url.searchParams.get('groupBy') ?? 'year';
        return HttpResponse.json({ ...report, groupBy, rows: rowsFor(groupBy) });
      }),
    );
  });
  afterEach(() => session.set(null));

  const tableCalls = () => calls.filter((u) => !u.searchParams.has('stackBy'));

  it('folds merged units as of a day only when grouping by locality', async () => {
    renderWithProviders(<Harness initial={{ groupBy: 'province', currency: 'VND', asOf: '2026-01-01' }} />);
    await screen.findByTestId('aid-report');
    expect(tableCalls()[0]?.searchParams.get('asOf')).toBe('2026-01-01');
    expect(screen.getByText('Gộp đơn vị đã sáp nhập theo ngày')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Năm' }));
    await waitFor(() => expect(tableCalls().at(-1)?.searchParams.get('groupBy')).toBe('year'));
    expect(tableCalls().at(-1)?.searchParams.has('asOf')).toBe(false);
    expect(screen.queryByText('Gộp đơn vị đã sáp nhập theo ngày')).not.toBeInTheDocument();
  });

  it('asks for the chosen grouping, shows the rows, totals, rates used and the charts', async () => {
    renderWithProviders(<Harness initial={{ groupBy: 'year', currency: 'VND', from: '2023-01-01' }} />);
    const table = await screen.findByTestId('aid-report');
    expect(within(table).getByText('2023')).toBeInTheDocument();
    expect(spaces(screen.getByTestId('report-total-committed').textContent)).toBe('8.908.250.000 ₫');
    expect(spaces(screen.getByTestId('report-totals').textContent)).toContain('500.000.000 ₫');
    expect(screen.getByText('Tỷ giá đã dùng (1)')).toBeInTheDocument();
    const first = tableCalls()[0];
    expect(first?.searchParams.get('groupBy')).toBe('year');
    expect(first?.searchParams.get('currency')).toBe('VND');
    expect(first?.searchParams.get('from')).toBe('2023-01-01');
    // The charts ask for the year split by sector, and for donor countries and beneficiaries.
    await screen.findByTestId('aid-charts');
    await waitFor(() => expect(calls.some((u) => u.searchParams.get('groupBy') === 'year' && u.searchParams.get('stackBy') === 'sector')).toBe(true));
    expect(calls.some((u) => u.searchParams.get('groupBy') === 'donorCountry')).toBe(true);
    expect(calls.some((u) => u.searchParams.get('groupBy') === 'beneficiary')).toBe(true);
  });

  it('changes the request when the grouping changes and translates the labels', async () => {
    renderWithProviders(<Harness initial={{ groupBy: 'year', currency: 'VND' }} />);
    await screen.findByTestId('aid-report');
    await userEvent.click(screen.getByRole('radio', { name: 'Lĩnh vực' }));
    await waitFor(() => expect(tableCalls().some((u) => u.searchParams.get('groupBy') === 'sector')).toBe(true));
    const table = await screen.findByTestId('aid-report');
    expect(await within(table).findByText('Y tế')).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Lĩnh vực' })).toBeInTheDocument();
  });
});
