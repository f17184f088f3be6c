import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { session } from '@/lib/auth/session';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { AidCommitmentsPage } from './AidCommitmentsPage';
import { commitment, page, report } from './fixtures';

const spaces = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('AidCommitmentsPage', () => {
  const reports: URL[] = [];
  const lists: URL[] = [];
  beforeEach(() => {
    session.set({ token: 't', expiresAt: '2999-01-01T00:00:00Z' });
    reports.length = 0;
    lists.length = 0;
    server.use(
      http.get('*/api/v1/auth/me', () => HttpResponse.json({ username: 'u', role: 'VIEWER', kind: 'USER' })),
      http.get('*/api/v1/aid-commitments', ({ request }) => {
        lists.push(new URL(request.url));
        return HttpResponse.json(page([commitment, { ...commitment, id: 107, title: 'Quá hạn mức', overDisbursed: true, disbursementRate: '1.2500', committedInBase: undefined }]));
      }),
      http.get('*/api/v1/reports/aid', ({ request }) => {
        reports.push(new URL(request.url));
        return HttpResponse.json({ ...report, unconvertedCount: 3 });
      }),
    );
  });
  afterEach(() => session.set(null));

  it('shows the totals of the filter in VND and per currency, counterpart funds apart and the unconverted amounts', async () => {
    renderWithProviders(<AidCommitmentsPage search={{ page: 0, year: 2023, sector: 'WATER_SANITATION', currency: 'USD' }} onSearchChange={vi.fn()} />);
    const totals = await screen.findByTestId('aid-totals');
    await waitFor(() => expect(spaces(within(totals).getByTestId('total-committed').textContent)).toBe('8.908.250.000 ₫'));
    expect(spaces(within(totals).getByTestId('total-disbursed').textContent)).toBe('2.363.300.000 ₫');
    expect(spaces(within(totals).getByTestId('totals-by-currency').textContent)).toContain('250.000,00 US$ · giải ngân 100.000,00 US$');
    expect(spaces(within(totals).getByTestId('totals-counterpart').textContent)).toContain('500.000.000 ₫');
    expect(within(totals).getByTestId('totals-unconverted')).toHaveTextContent('3 khoản chưa quy đổi được');
    // The list's currency is the commitments' currency; the report's would be the one to convert to: it is left out.
    expect(within(totals).getByText(/bộ lọc loại tiền USD chỉ áp dụng cho danh sách/)).toBeInTheDocument();
    const totalsCall = reports[0];
    expect(totalsCall?.searchParams.get('year')).toBe('2023');
    expect(totalsCall?.searchParams.get('sector')).toBe('WATER_SANITATION');
    expect(totalsCall?.searchParams.has('currency')).toBe(false);
    expect(lists[0]?.searchParams.get('currency')).toBe('USD');
  });

  it('lists commitments with both amounts, the rate and a flag for over-disbursement', async () => {
    renderWithProviders(<AidCommitmentsPage search={{ page: 0 }} onSearchChange={vi.fn()} />);
    const table = await screen.findByTestId('aid-commitments');
    expect(within(table).getByRole('link', { name: commitment.title ?? '' })).toBeInTheDocument();
    expect(spaces(table.textContent)).toContain('250.000,00 US$');
    expect(spaces(table.textContent)).toContain('≈ 5.908.250.000 ₫');
    expect(within(table).getByText('Chưa có tỷ giá')).toBeInTheDocument();
    expect(within(table).getByTestId('over-disbursed')).toHaveTextContent('Vượt cam kết');
    expect(within(table).getAllByText('Nước sạch, vệ sinh môi trường')).toHaveLength(2);
  });
});
