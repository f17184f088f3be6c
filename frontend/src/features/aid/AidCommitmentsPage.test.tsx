import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { session } from '@/lib/auth/session';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { AidCommitmentsPage } from './AidCommitmentsPage';
import { commitment, page, report, sectors } from './fixtures';

const spaces = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('AidCommitmentsPage', () => {
  const reports: URL[] = [];
  const lists: URL[] = [];
  beforeEach(() => {
    session.set({ token: 't', expiresAt: '2999-01-01T00:00:00Z' });
    reports.length = 0;
    lists.length = 0;
    server.use(
      sectors,
      http.get('*/api/v1/auth/me', () => HttpResponse.json({ username: 'u', role: 'VIEWER', kind: 'USER' })),
      http.get('*/api/v1/aid-commitments', ({ request }) => {
        lists.push(new URL(request.url));
        return HttpResponse.json(
          page([commitment, { ...commitment, id: 107, title: 'Quá hạn mức', overDisbursed: true, disbursementRate: '1.2500', committedInBase: undefined }]),
        );
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
    // The list's currency is the commitments' own; on the report that is originalCurrency (currency converts).
    const totalsCall = reports[0];
    expect(totalsCall?.searchParams.get('year')).toBe('2023');
    expect(totalsCall?.searchParams.get('sector')).toBe('WATER_SANITATION');
    expect(totalsCall?.searchParams.has('currency')).toBe(false);
    expect(totalsCall?.searchParams.get('originalCurrency')).toBe('USD');
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

  it('downloads the filtered list as XLSX with the session’s token, and says so when it fails', async () => {
    const exports: Request[] = [];
    let fail = false;
    server.use(
      http.get('*/api/v1/aid-commitments', ({ request }) => {
        const url = new URL(request.url);
        if (!url.searchParams.has('format')) return HttpResponse.json(page([commitment]));
        exports.push(request);
        if (fail)
          return HttpResponse.json(
            { status: 500, title: 'Internal error', requestId: 'r-1' },
            { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
          );
        return new HttpResponse(new Uint8Array([0x50, 0x4b, 3, 4]), {
          headers: {
            'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'Content-Disposition': 'attachment; filename="aid-commitments-2026-11-23.xlsx"',
          },
        });
      }),
    );
    const created: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:aid';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });

    renderWithProviders(<AidCommitmentsPage search={{ page: 0, sector: 'HEALTH', sort: '-committedInBase' }} onSearchChange={vi.fn()} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Xuất Excel' }));
    await waitFor(() => expect(names).toEqual(['aid-commitments-2026-11-23.xlsx']));
    const url = new URL(exports[0]?.url ?? '');
    expect(url.searchParams.get('format')).toBe('xlsx');
    expect(url.searchParams.get('sector')).toBe('HEALTH');
    expect(url.searchParams.has('page')).toBe(false);
    expect(exports[0]?.headers.get('Authorization')).toBe('Bearer t');
    expect(created[0]?.size).toBe(4);

    fail = true;
    await userEvent.click(screen.getByRole('button', { name: 'Xuất CSV' }));
    await waitFor(() => expect(screen.getAllByRole('alert').some((a) => a.textContent?.includes('Đã có lỗi xảy ra'))).toBe(true));
    expect(new URL(exports[1]?.url ?? '').searchParams.get('format')).toBe('csv');
    click.mockRestore();
  });
});
