import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { ApiKeysPage } from './ApiKeysPage';

const key = (over: Record<string, unknown>) => ({
  id: 1,
  name: 'Sở Kế hoạch và Đầu tư',
  role: 'VIEWER',
  prefix: 'dpk_abcd1234',
  active: true,
  createdAt: '2026-11-01T02:00:00Z',
  createdBy: 'admin',
  version: 0,
  ...over,
});

describe('ApiKeysPage', () => {
  it('shows each key’s last valid day and tells expired and revoked keys apart', async () => {
    server.use(
      http.get('*/api/v1/api-keys', () =>
        HttpResponse.json({
          items: [
            key({ id: 1, name: 'Cục Thống kê', expiresOn: '2099-12-31' }),
            key({ id: 2, name: 'Chương trình cũ', expiresOn: '2020-01-31' }),
            key({ id: 3, name: 'Đã thu hồi', active: false, revokedAt: '2026-11-02T00:00:00Z' }),
          ],
          page: 0,
          size: 20,
          totalItems: 3,
          totalPages: 1,
        }),
      ),
    );
    renderWithProviders(<ApiKeysPage />);
    const current = (await screen.findByText('Cục Thống kê')).closest('tr') as HTMLElement;
    expect(within(current).getByText(/2099/)).toBeInTheDocument();
    expect(within(current).getByText('Đang dùng')).toBeInTheDocument();
    const old = screen.getByText('Chương trình cũ').closest('tr') as HTMLElement;
    expect(within(old).getByText('Đã hết hạn')).toBeInTheDocument();
    const revoked = screen.getByText('Đã thu hồi', { selector: 'td' }).closest('tr') as HTMLElement;
    expect(within(revoked).getByText('Không hạn')).toBeInTheDocument();
  });

  it('creates a key without an expiry and shows its secret once', async () => {
    let sent: Record<string, unknown> | undefined;
    server.use(
      http.get('*/api/v1/api-keys', () => HttpResponse.json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 })),
      http.post('*/api/v1/api-keys', async ({ request }) => {
        sent = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json({ ...key({ id: 9, name: sent.name }), secret: 'dpk_secret-shown-once' }, { status: 201 });
      }),
    );
    renderWithProviders(<ApiKeysPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Tạo khóa API' }));
    await userEvent.type(await screen.findByLabelText(/Tên \(cơ quan, chương trình\)/), 'Sở Tư pháp');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByTestId('api-key-secret')).toHaveTextContent('dpk_secret-shown-once');
    expect(sent).toEqual({ name: 'Sở Tư pháp', role: 'VIEWER' });
  });
});
