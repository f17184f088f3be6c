import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { session } from '@/lib/auth/session';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import type { AidCommitment } from './api';
import { AidDetailPage } from './AidPages';
import { commitment, page } from './fixtures';

const spaces = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');
const disbursement = {
  id: 5,
  commitmentId: 106,
  date: '2023-05-01',
  amount: { amount: '100000.00', currency: 'USD' },
  amountInCommitmentCurrency: { amount: '100000.00', currency: 'USD' },
  note: 'Đợt 1',
  version: 2,
};

const setUp = (c: AidCommitment, role = 'EDITOR') => {
  const calls: { method: string; url: string; ifMatch: string | null; body?: unknown }[] = [];
  server.use(
    http.get('*/api/v1/auth/me', () => HttpResponse.json({ username: 'u', role, kind: 'USER' })),
    http.get('*/api/v1/aid-commitments/106', () => HttpResponse.json(c)),
    http.get('*/api/v1/aid-commitments/106/disbursements', () => HttpResponse.json(page([disbursement]))),
    http.get('*/api/v1/aid-commitments/106/opinions', () => HttpResponse.json(page([]))),
    http.get('*/api/v1/aid-commitments/106/progress-reports', () => HttpResponse.json(page([]))),
    http.get('*/api/v1/aid-commitments/106/transitions', () =>
      HttpResponse.json([{ id: 1, to: 'IMPLEMENTATION', by: 'system', at: '2023-03-15T02:00:00Z', note: 'Dữ liệu mẫu' }]),
    ),
    http.put('*/api/v1/aid-commitments/106/disbursements/5', async ({ request }) => {
      calls.push({ method: 'PUT', url: request.url, ifMatch: request.headers.get('If-Match'), body: await request.json() });
      return HttpResponse.json({ ...disbursement, version: 3 });
    }),
    http.delete('*/api/v1/aid-commitments/106', ({ request }) => {
      calls.push({ method: 'DELETE', url: request.url, ifMatch: request.headers.get('If-Match') });
      return HttpResponse.json(
        { status: 409, title: 'Conflict', detail: 'The commitment has 1 disbursement; delete it first' },
        { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
      );
    }),
  );
  return calls;
};

describe('AidDetailPage', () => {
  beforeEach(() => session.set({ token: 't', expiresAt: '2999-01-01T00:00:00Z' }));
  afterEach(() => session.set(null));

  it('shows the commitment, its VND value and the disbursement progress', async () => {
    setUp(commitment, 'VIEWER');
    renderWithProviders(<AidDetailPage id={106} />);
    expect(await screen.findByRole('heading', { name: commitment.title })).toBeInTheDocument();
    expect(spaces(screen.getByTestId('committed').textContent)).toBe('250.000,00 US$');
    expect(spaces(screen.getByText(/≈ 5\.908\.250\.000/).textContent)).toBe('≈ 5.908.250.000 ₫');
    expect(spaces(screen.getByTestId('disbursed').textContent)).toBe('100.000,00 US$');
    const bar = screen.getByRole('progressbar', { name: 'Tỷ lệ giải ngân' });
    expect(bar).toHaveAttribute('aria-valuenow', '40');
    expect(screen.getByText('Nước sạch, vệ sinh môi trường (DAC 14030)')).toBeInTheDocument();
    expect(screen.queryByTestId('over-disbursed')).not.toBeInTheDocument();
    expect(await screen.findByText('Đợt 1')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Thêm đợt giải ngân' })).not.toBeInTheDocument();
  });

  it('flags over-disbursement without capping the figure and lists disbursements without a rate', async () => {
    setUp({
      ...commitment,
      disbursedToDate: { amount: '300000.00', currency: 'USD' },
      disbursementRate: '1.2000',
      overDisbursed: true,
      unconvertedDisbursements: [{ amount: '5000000', currency: 'KRW' }],
    });
    renderWithProviders(<AidDetailPage id={106} />);
    expect(await screen.findByTestId('over-disbursed')).toHaveTextContent('Vượt cam kết');
    expect(screen.getByTestId('over-disbursed-alert')).toBeInTheDocument();
    expect(spaces(screen.getByText(/120/).textContent)).toBe('120%');
    expect(screen.getByRole('progressbar', { name: 'Tỷ lệ giải ngân' })).toHaveAttribute('aria-valuenow', '100');
    expect(spaces(screen.getByTestId('unconverted-disbursements').textContent)).toContain('5.000.000 ₩');
  });

  it('edits a disbursement with its own ETag and sends the amount as a decimal string', async () => {
    const calls = setUp(commitment);
    renderWithProviders(<AidDetailPage id={106} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Sửa đợt giải ngân ngày 01/05/2023' }));
    const dialog = await screen.findByRole('dialog');
    const amount = within(dialog).getByRole('textbox', { name: /Số tiền/ });
    await userEvent.clear(amount);
    await userEvent.click(amount);
    await userEvent.paste('120.000,5');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]?.ifMatch).toBe('"2"');
    expect(calls[0]?.body).toEqual({ date: '2023-05-01', amount: { amount: '120000.5', currency: 'USD' }, note: 'Đợt 1' });
  });

  it('explains why a commitment with disbursements is not deleted', async () => {
    const calls = setUp(commitment);
    renderWithProviders(<AidDetailPage id={106} />);
    await screen.findByRole('heading', { name: commitment.title });
    const deleteButtons = screen.getAllByRole('button', { name: 'Xóa' });
    await userEvent.click(deleteButtons[0] as HTMLElement);
    await userEvent.click(await screen.findByRole('button', { name: 'Xóa vĩnh viễn' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Khoản viện trợ còn các đợt giải ngân nên chưa xóa được.');
    expect(alert).toHaveTextContent('The commitment has 1 disbursement; delete it first');
    expect(calls[0]?.ifMatch).toBe('"3"');
  });
});
