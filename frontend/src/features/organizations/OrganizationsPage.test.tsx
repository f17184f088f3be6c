import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { OrganizationsPage } from './OrganizationsPage';

const page = (items: object[], totalItems = items.length) => ({ items, page: 0, size: 20, totalItems, totalPages: Math.ceil(totalItems / 20) });

describe('OrganizationsPage', () => {
  it('shows the rows, total and pager the API answers, with the filters sent as query parameters', async () => {
    const seen: URLSearchParams[] = [];
    server.use(
      http.get('*/api/v1/auth/me', () => HttpResponse.json({ username: 'v', role: 'VIEWER', kind: 'USER' })),
      http.get('*/api/v1/organizations', ({ request }) => {
        seen.push(new URL(request.url).searchParams);
        return HttpResponse.json(
          page([{ id: 1, name: 'Sở Ngoại vụ Hà Tĩnh', type: 'GOVERNMENT_AGENCY', countryCode: 'VN', version: 0, updatedAt: '2026-11-22T10:00:00Z' }], 41),
        );
      }),
    );
    renderWithProviders(<OrganizationsPage search={{ q: 'ha tinh', type: 'GOVERNMENT_AGENCY', page: 0 }} onSearchChange={() => {}} />);

    expect(await screen.findByRole('link', { name: 'Sở Ngoại vụ Hà Tĩnh' })).toBeInTheDocument();
    expect(screen.getByTestId('total-count')).toHaveTextContent('41');
    expect(seen[0]?.get('q')).toBe('ha tinh');
    expect(seen[0]?.get('type')).toBe('GOVERNMENT_AGENCY');
    // A viewer gets no create button.
    expect(screen.queryByRole('link', { name: 'Thêm đối tác' })).not.toBeInTheDocument();
  });

  it('debounces typing into one search change and resets to the first page', async () => {
    server.use(
      http.get('*/api/v1/auth/me', () => HttpResponse.json({ username: 'e', role: 'EDITOR', kind: 'USER' })),
      http.get('*/api/v1/organizations', () => HttpResponse.json(page([]))),
    );
    const onSearchChange = vi.fn();
    renderWithProviders(<OrganizationsPage search={{ page: 3 }} onSearchChange={onSearchChange} />);
    // Pasted, not typed: under load, keystrokes slower than the debounce would make two changes.
    await userEvent.click(await screen.findByLabelText('Tìm kiếm'));
    await userEvent.paste('da nang');
    await waitFor(() => expect(onSearchChange).toHaveBeenCalledTimes(1));
    expect(onSearchChange).toHaveBeenCalledWith({ q: 'da nang', page: 0 });
    expect(await screen.findByText('Không có dữ liệu phù hợp.')).toBeInTheDocument();
  });

  it('shows an error state with the request id when the API fails', async () => {
    server.use(
      http.get('*/api/v1/auth/me', () => HttpResponse.json({ username: 'e', role: 'EDITOR', kind: 'USER' })),
      http.get('*/api/v1/organizations', () =>
        HttpResponse.json(
          { status: 500, title: 'Internal error', requestId: 'req-42' },
          { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderWithProviders(<OrganizationsPage search={{ page: 0 }} onSearchChange={() => {}} />);
    expect(await screen.findByText('Không tải được dữ liệu')).toBeInTheDocument();
    expect(screen.getByText('Mã yêu cầu: req-42')).toBeInTheDocument();
  });
});
