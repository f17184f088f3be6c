import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { session } from '@/lib/auth/session';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { PartnershipsPage } from './PartnershipsPage';

const page = (items: object[], totalItems = items.length) => ({ items, page: 0, size: 20, totalItems, totalPages: Math.ceil(totalItems / 20) });

const partnership = {
  id: 1,
  title: 'Hà Tĩnh – Bolikhamxay',
  type: 'SPECIAL_FRIENDSHIP',
  status: 'ACTIVE',
  home: { id: 1, name: 'Ủy ban nhân dân tỉnh Hà Tĩnh', countryCode: 'VN' },
  partner: { id: 21, name: 'Bolikhamxay Province', countryCode: 'LA' },
  pillars: ['STATE'],
  startDate: '2016-03-01',
  endDate: null,
  version: 0,
};
const ended = {
  ...partnership,
  id: 2,
  title: 'Lào Cai – Hekou',
  status: 'ENDED',
  partner: { id: 31, name: 'Hekou', countryCode: 'CN' },
  endDate: '2020-12-31',
};
const expiring = {
  id: 5,
  partnershipId: 1,
  partnership: { id: 1, title: 'Hà Tĩnh – Bolikhamxay' },
  code: 'KH-2026/HT-BLKX',
  title: 'Kế hoạch hợp tác năm 2026',
  expiresOn: '2027-01-02',
  daysToExpiry: 40,
};

describe('PartnershipsPage', () => {
  beforeEach(() => session.set({ token: 't', expiresAt: '2999-01-01T00:00:00Z' }));
  afterEach(() => session.set(null));

  it('shows the rows with their status, partner country and total, with the filters sent as query parameters', async () => {
    const seen: URLSearchParams[] = [];
    let expiringQuery: URLSearchParams | undefined;
    server.use(
      http.get('*/api/v1/auth/me', () => HttpResponse.json({ username: 'v', role: 'VIEWER', kind: 'USER' })),
      http.get('*/api/v1/partnerships', ({ request }) => {
        seen.push(new URL(request.url).searchParams);
        return HttpResponse.json(page([partnership, ended], 41));
      }),
      http.get('*/api/v1/agreements', ({ request }) => {
        expiringQuery = new URL(request.url).searchParams;
        return HttpResponse.json(page([expiring]));
      }),
    );
    renderWithProviders(
      <PartnershipsPage
        search={{
          q: 'ha tinh',
          partnerCountryCode: 'LA',
          type: 'SPECIAL_FRIENDSHIP',
          pillar: 'STATE',
          field: 'TRANSPORT',
          status: 'ACTIVE',
          sort: '-startDate',
          page: 1,
        }}
        onSearchChange={() => {}}
      />,
    );

    const table = await screen.findByTestId('partnerships');
    const first = within(table).getByRole('link', { name: 'Hà Tĩnh – Bolikhamxay' }).closest('tr') as HTMLElement;
    expect(within(first).getByText('Đang hiệu lực')).toBeInTheDocument();
    expect(within(first).getByText(/Lào \(LA\)/)).toBeInTheDocument();
    expect(within(first).getByText('Hữu nghị đặc biệt')).toBeInTheDocument();
    expect(within(first).getByText('Không thời hạn')).toBeInTheDocument();
    const second = within(table).getByRole('link', { name: 'Lào Cai – Hekou' }).closest('tr') as HTMLElement;
    expect(within(second).getByText('Đã kết thúc')).toBeInTheDocument();
    expect(screen.getByTestId('total-count')).toHaveTextContent('41');

    const query = seen[0];
    expect(query?.get('q')).toBe('ha tinh');
    expect(query?.get('partnerCountryCode')).toBe('LA');
    expect(query?.get('type')).toBe('SPECIAL_FRIENDSHIP');
    expect(query?.get('pillar')).toBe('STATE');
    expect(query?.get('field')).toBe('TRANSPORT');
    expect(query?.get('status')).toBe('ACTIVE');
    expect(query?.get('sort')).toBe('-startDate');
    expect(query?.get('page')).toBe('1');

    // The expiring panel asks for the next 90 days.
    const panel = await screen.findByTestId('expiring-agreements');
    expect(within(panel).getByText('Kế hoạch hợp tác năm 2026')).toBeInTheDocument();
    expect(within(panel).getByText('Còn 40 ngày')).toBeInTheDocument();
    expect(expiringQuery?.get('expiringWithinDays')).toBe('90');
    // A viewer gets no create button.
    expect(screen.queryByRole('link', { name: 'Thêm quan hệ hợp tác' })).not.toBeInTheDocument();
  });

  it('puts a chosen filter in the search, back on the first page, and offers creation to editors', async () => {
    server.use(
      http.get('*/api/v1/auth/me', () => HttpResponse.json({ username: 'e', role: 'EDITOR', kind: 'USER' })),
      http.get('*/api/v1/partnerships', () => HttpResponse.json(page([]))),
      http.get('*/api/v1/agreements', () => HttpResponse.json(page([]))),
    );
    const onSearchChange = vi.fn();
    renderWithProviders(<PartnershipsPage search={{ page: 3 }} onSearchChange={onSearchChange} />);
    expect(await screen.findByText('Không có dữ liệu phù hợp.')).toBeInTheDocument();
    expect(await screen.findByText('Không có văn bản nào sắp hết hạn.')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Thêm quan hệ hợp tác' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('combobox', { name: 'Lọc theo tình trạng' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Tạm dừng', hidden: true }));
    expect(onSearchChange).toHaveBeenCalledWith({ status: 'SUSPENDED', page: 0 });

    await userEvent.type(screen.getByLabelText('Tìm kiếm'), 'hue');
    await waitFor(() => expect(onSearchChange).toHaveBeenCalledWith({ q: 'hue', page: 0 }));
  });

  it('shows an error state when the API fails', async () => {
    server.use(
      http.get('*/api/v1/auth/me', () => HttpResponse.json({ username: 'e', role: 'EDITOR', kind: 'USER' })),
      http.get('*/api/v1/partnerships', () =>
        HttpResponse.json(
          { status: 500, title: 'Internal error', requestId: 'req-7' },
          { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
      http.get('*/api/v1/agreements', () => HttpResponse.json(page([]))),
    );
    renderWithProviders(<PartnershipsPage search={{ page: 0 }} onSearchChange={() => {}} />);
    expect(await screen.findByText('Không tải được dữ liệu')).toBeInTheDocument();
    expect(screen.getByText('Mã yêu cầu: req-7')).toBeInTheDocument();
  });
});
