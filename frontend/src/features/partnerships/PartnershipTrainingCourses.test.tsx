import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { session } from '@/lib/auth/session';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { PartnershipTrainingCourses } from './PartnershipTrainingCourses';

describe('PartnershipTrainingCourses', () => {
  beforeEach(() => session.set({ token: 't', expiresAt: '2999-01-01T00:00:00Z' }));
  afterEach(() => session.set(null));

  it('lists the courses run under the partnership with their seats', async () => {
    let query: Record<string, string> = {};
    server.use(
      http.get('*/api/v1/training-courses', ({ request }) => {
        query = Object.fromEntries(new URL(request.url).searchParams);
        return HttpResponse.json({
          items: [
            { id: 9, title: 'Lớp tiếng Lào cho cán bộ', status: 'OPEN', startDate: '2027-03-01', endDate: '2027-05-28', capacity: 20, registeredCount: 20 },
          ],
          page: 0,
          size: 20,
          totalItems: 1,
          totalPages: 1,
        });
      }),
    );
    renderWithProviders(<PartnershipTrainingCourses partnershipId={4} />);
    const link = await screen.findByRole('link', { name: 'Lớp tiếng Lào cho cán bộ' });
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('20/20')).toBeInTheDocument();
    expect(within(row).getByText('Đang nhận đăng ký')).toBeInTheDocument();
    expect(query).toEqual({ partnershipId: '4', sort: '-startDate', size: '20' });
  });
});
