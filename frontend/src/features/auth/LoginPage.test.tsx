import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { session } from '@/lib/auth/session';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { LoginPage } from './LoginPage';

describe('LoginPage', () => {
  it('says so when the credentials are wrong and keeps the user on the page', async () => {
    server.use(
      http.post('*/api/v1/auth/login', () =>
        HttpResponse.json({ status: 401, title: 'Authentication required' }, { status: 401, headers: { 'Content-Type': 'application/problem+json' } }),
      ),
    );
    const onLoggedIn = vi.fn();
    renderWithProviders(<LoginPage onLoggedIn={onLoggedIn} />);
    await userEvent.type(await screen.findByLabelText(/Tên đăng nhập/), 'admin');
    await userEvent.type(screen.getByLabelText(/Mật khẩu/), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Sai tên đăng nhập hoặc mật khẩu');
    expect(onLoggedIn).not.toHaveBeenCalled();
    expect(session.token()).toBeNull();
  });

  it('stores the token and moves on after a successful login', async () => {
    server.use(
      http.post('*/api/v1/auth/login', () =>
        HttpResponse.json({
          accessToken: 'jwt-token',
          tokenType: 'Bearer',
          expiresIn: 3600,
          expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
          user: { username: 'admin', role: 'ADMIN', kind: 'USER' },
        }),
      ),
    );
    const onLoggedIn = vi.fn();
    renderWithProviders(<LoginPage onLoggedIn={onLoggedIn} />);
    await userEvent.type(await screen.findByLabelText(/Tên đăng nhập/), 'admin');
    await userEvent.type(screen.getByLabelText(/Mật khẩu/), 'right-password');
    await userEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    await vi.waitFor(() => expect(onLoggedIn).toHaveBeenCalled());
    expect(session.token()).toBe('jwt-token');
    session.set(null);
  });
});
