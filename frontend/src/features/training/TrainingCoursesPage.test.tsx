import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { session } from '@/lib/auth/session';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { course, page } from './fixtures';
import { TrainingCoursesPage } from './TrainingCoursesPage';

describe('TrainingCoursesPage', () => {
  beforeEach(() => session.set({ token: 't', expiresAt: '2999-01-01T00:00:00Z' }));
  afterEach(() => session.set(null));

  it('shows registered/capacity, the waitlist and sessions, sending the filters', async () => {
    const seen: URLSearchParams[] = [];
    server.use(
      http.get('*/api/v1/auth/me', () => HttpResponse.json({ username: 'e', role: 'EDITOR', kind: 'USER' })),
      http.get('*/api/v1/training-courses', ({ request }) => {
        seen.push(new URL(request.url).searchParams);
        return HttpResponse.json(page([course], 1));
      }),
    );
    renderWithProviders(<TrainingCoursesPage search={{ q: 'lao', topic: 'FOREIGN_LANGUAGE', hasSeats: false, page: 0 }} onSearchChange={() => {}} />);
    const link = await screen.findByRole('link', { name: 'Lớp tiếng Lào cho cán bộ, công chức' });
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('Đang nhận đăng ký')).toBeInTheDocument();
    expect(within(row).getByTestId('seats')).toHaveTextContent('2/2');
    expect(within(row).getByTestId('waitlist')).toHaveTextContent('1');
    expect(within(row).getByText('Ngoại ngữ')).toBeInTheDocument();
    expect(Object.fromEntries(seen[0] ?? [])).toEqual({ q: 'lao', topic: 'FOREIGN_LANGUAGE', hasSeats: 'false', page: '0', size: '20' });
    expect(screen.getByRole('link', { name: 'Thêm khóa đào tạo' })).toBeInTheDocument();
  });
});
