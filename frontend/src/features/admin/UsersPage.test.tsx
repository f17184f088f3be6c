import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { session } from '@/lib/auth/session';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { UsersPage } from './UsersPage';

const user = (over: Record<string, unknown>) => ({
  id: 1,
  username: 'admin',
  displayName: 'Quản trị',
  role: 'ADMIN',
  enabled: true,
  createdAt: '2026-11-01T02:00:00Z',
  version: 3,
  ...over,
});

const list = (...items: unknown[]) =>
  http.get('*/api/v1/users', () => HttpResponse.json({ items, page: 0, size: 20, totalItems: items.length, totalPages: 1 }));

describe('UsersPage', () => {
  beforeEach(() => session.set({ token: 't', expiresAt: '2999-01-01T00:00:00Z' }));
  afterEach(() => session.set(null));

  it('never lets administrators lock or demote themselves, and locks another user with its version', async () => {
    let put: { body: Record<string, unknown>; ifMatch: string | null } | undefined;
    server.use(
      http.get('*/api/v1/auth/me', () => HttpResponse.json({ username: 'admin', role: 'ADMIN', kind: 'USER' })),
      list(user({}), user({ id: 2, username: 'lan.nguyen', displayName: 'Nguyễn Thị Lan', role: 'EDITOR', version: 7, scopeOrganizationId: 5 })),
      http.get('*/api/v1/organizations/5', () =>
        HttpResponse.json({ id: 5, name: 'Ủy ban nhân dân tỉnh Lai Châu', type: 'LOCAL_GOVERNMENT', countryCode: 'VN', version: 0 }),
      ),
      http.put('*/api/v1/users/2', async ({ request }) => {
        put = { body: (await request.json()) as Record<string, unknown>, ifMatch: request.headers.get('If-Match') };
        return HttpResponse.json(user({ id: 2, username: 'lan.nguyen', role: 'EDITOR', enabled: false, version: 8 }));
      }),
    );
    renderWithProviders(<UsersPage />);
    const self = (await screen.findByText('admin', { selector: 'td' })).closest('tr') as HTMLElement;
    await waitFor(() => expect(within(self).getByRole('button', { name: 'Khóa' })).toBeDisabled());
    expect(within(self).getByLabelText('Vai trò: admin')).toBeDisabled();
    const other = screen.getByText('lan.nguyen').closest('tr') as HTMLElement;
    await userEvent.click(within(other).getByRole('button', { name: 'Khóa' }));
    // Locking an account asks first.
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Khóa' }));
    await waitFor(() => expect(put).toBeDefined());
    expect(put?.ifMatch).toBe('"7"');
    // The whole account goes back, its scope included: locking must not make a provincial user national.
    expect(put?.body).toMatchObject({ role: 'EDITOR', enabled: false, displayName: 'Nguyễn Thị Lan', scopeOrganizationId: 5 });
    expect(within(other).getByText('Ủy ban nhân dân tỉnh Lai Châu')).toBeInTheDocument();
    expect(within(self).getByText('Toàn quốc')).toBeInTheDocument();
  });

  it('asks before changing a role, and changes nothing when the question is declined', async () => {
    const puts: Record<string, unknown>[] = [];
    server.use(
      http.get('*/api/v1/auth/me', () => HttpResponse.json({ username: 'admin', role: 'ADMIN', kind: 'USER' })),
      list(user({}), user({ id: 2, username: 'lan.nguyen', displayName: 'Nguyễn Thị Lan', role: 'VIEWER', version: 7 })),
      http.put('*/api/v1/users/2', async ({ request }) => {
        puts.push((await request.json()) as Record<string, unknown>);
        return HttpResponse.json(user({ id: 2, username: 'lan.nguyen', role: 'EDITOR', version: 8 }));
      }),
    );
    renderWithProviders(<UsersPage />);
    const pick = async () => {
      const inputs = await screen.findAllByLabelText('Vai trò: lan.nguyen');
      const input = inputs.find((el) => el.tagName === 'INPUT') ?? inputs[0]!;
      await userEvent.click(input);
      const options = await waitFor(() => document.getElementById(input.getAttribute('aria-controls') ?? '') as HTMLElement);
      await userEvent.click(await within(options).findByRole('option', { name: 'Biên tập viên', hidden: true }));
      return within(await screen.findByRole('dialog'));
    };
    const first = await pick();
    expect(first.getByText(/Nguyễn Thị Lan/)).toBeInTheDocument();
    await userEvent.click(first.getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(puts).toHaveLength(0);
    const second = await pick();
    await userEvent.click(second.getByRole('button', { name: 'Đổi vai trò' }));
    await waitFor(() => expect(puts).toHaveLength(1));
    expect(puts[0]).toMatchObject({ role: 'EDITOR' });
  });

  it('checks a new user’s password length before sending, and puts the server’s refusal next to the field', async () => {
    let posts = 0;
    server.use(
      http.get('*/api/v1/auth/me', () => HttpResponse.json({ username: 'admin', role: 'ADMIN', kind: 'USER' })),
      list(user({})),
      http.post('*/api/v1/users', () => {
        posts += 1;
        return HttpResponse.json(
          {
            type: 'https://diplomacy.example/problems/validation',
            title: 'Invalid request',
            status: 400,
            errors: [{ field: 'password', message: 'is too easy to guess' }],
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    renderWithProviders(<UsersPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Thêm người dùng' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText(/^Tên đăng nhập/), 'hoa.tran');
    await userEvent.type(within(dialog).getByLabelText(/^Mật khẩu/), 'ngan');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Tối thiểu 12 ký tự')).toBeInTheDocument();
    expect(posts).toBe(0);
    await userEvent.clear(within(dialog).getByLabelText(/^Mật khẩu/));
    await userEvent.type(within(dialog).getByLabelText(/^Mật khẩu/), 'password12345');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('is too easy to guess')).toBeInTheDocument();
    expect(posts).toBe(1);
  });
});
