import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { session } from '@/lib/auth/session';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { DelegationsPage } from './DelegationsPage';
import { delegation, page } from './fixtures';

describe('DelegationsPage', () => {
  beforeEach(() => session.set({ token: 't', expiresAt: '2999-01-01T00:00:00Z' }));
  afterEach(() => session.set(null));

  const search = {
    q: 'bolikhamxay',
    direction: 'OUTGOING',
    status: 'PROPOSED',
    counterpartCountryCode: 'LA',
    level: 'PROVINCIAL',
    from: '2027-03-01',
    to: '2027-03-31',
    sort: '-startDate',
    page: 1,
  } as const;

  it('lists the delegations with their head and member count, sending the filters as query parameters', async () => {
    const seen: URLSearchParams[] = [];
    server.use(
      http.get('*/api/v1/auth/me', () => HttpResponse.json({ username: 'v', role: 'VIEWER', kind: 'USER' })),
      http.get('*/api/v1/delegations', ({ request }) => {
        seen.push(new URL(request.url).searchParams);
        return HttpResponse.json(
          page([delegation, { ...delegation, id: 6, title: 'Đoàn VUFO', direction: 'INCOMING', status: 'COMPLETED', headName: null, memberCount: 0 }], 22),
        );
      }),
    );
    renderWithProviders(<DelegationsPage search={search} onSearchChange={() => {}} />);

    const link = await screen.findByRole('link', { name: 'Đoàn tỉnh thăm Bolikhamxay' });
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('Đoàn ra')).toBeInTheDocument();
    expect(within(row).getByText('Đề xuất')).toBeInTheDocument();
    expect(within(row).getByText('Bolikhamxay Province')).toBeInTheDocument();
    expect(within(row).getByText('Cộng hòa Dân chủ nhân dân Lào')).toBeInTheDocument();
    expect(within(row).getByText('Nguyễn Văn An')).toBeInTheDocument();
    expect(within(row).getByTestId('member-count')).toHaveTextContent('3');
    const other = screen.getByRole('link', { name: 'Đoàn VUFO' }).closest('tr') as HTMLElement;
    expect(within(other).getByText('Đoàn vào')).toBeInTheDocument();
    expect(within(other).getByText('—')).toBeInTheDocument();
    expect(screen.getByTestId('total-count')).toHaveTextContent('22');

    // Every filter goes to the API as it stands in the address, with the page size.
    expect(Object.fromEntries(seen[0] ?? [])).toEqual({ ...search, page: '1', size: '20' });
    // A viewer proposes nothing.
    expect(screen.queryByRole('link', { name: 'Thêm đoàn' })).not.toBeInTheDocument();
  });

  it('debounces the search into one change back to the first page, and switches to the calendar in the URL', async () => {
    server.use(
      http.get('*/api/v1/auth/me', () => HttpResponse.json({ username: 'e', role: 'EDITOR', kind: 'USER' })),
      http.get('*/api/v1/delegations', () => HttpResponse.json(page([]))),
    );
    const onSearchChange = vi.fn();
    renderWithProviders(<DelegationsPage search={{ status: 'APPROVED', page: 2 }} onSearchChange={onSearchChange} />);
    expect(await screen.findByRole('link', { name: 'Thêm đoàn' })).toBeInTheDocument();
    // Pasted, not typed: under load, keystrokes slower than the debounce would make two changes.
    await userEvent.click(screen.getByLabelText('Tìm kiếm'));
    await userEvent.paste('lao');
    await waitFor(() => expect(onSearchChange).toHaveBeenCalledTimes(1));
    expect(onSearchChange).toHaveBeenCalledWith({ status: 'APPROVED', q: 'lao', page: 0 });
    expect(await screen.findByText('Không có dữ liệu phù hợp.')).toBeInTheDocument();

    await userEvent.click(screen.getByText('Lịch'));
    expect(onSearchChange).toHaveBeenLastCalledWith({ status: 'APPROVED', page: 2, view: 'calendar' });
  });
});
