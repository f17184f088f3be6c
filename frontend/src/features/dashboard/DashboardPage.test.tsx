import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { DashboardPage } from './DashboardPage';

const page = (items: object[], totalItems = items.length) => ({ items, page: 0, size: 5, totalItems, totalPages: 1 });

describe('DashboardPage', () => {
  it('shows the counts and what needs attention soon', async () => {
    const seen: Record<string, URLSearchParams> = {};
    server.use(
      http.get('*/api/v1/auth/me', () => HttpResponse.json({ username: 'admin', displayName: 'Quản trị', role: 'ADMIN', kind: 'USER' })),
      http.get('*/api/v1/organizations', () => HttpResponse.json(page([], 39))),
      http.get('*/api/v1/partnerships', ({ request }) => {
        seen.partnerships = new URL(request.url).searchParams;
        return HttpResponse.json(page([], 14));
      }),
      http.get('*/api/v1/delegations', ({ request }) => {
        const params = new URL(request.url).searchParams;
        if (params.get('size') === '1') {
          seen.counted = params;
          return HttpResponse.json(page([], params.get('status') === 'APPROVED' ? 4 : params.get('status') === 'COMPLETED' ? 1230 : 99999));
        }
        if (params.get('status') === 'APPROVED') {
          seen.upcoming = params;
          return HttpResponse.json(page([{ id: 3, title: 'Đoàn đại biểu tỉnh Hà Tĩnh thăm tỉnh Bolikhamxay', startDate: '2026-12-08' }]));
        }
        return HttpResponse.json(page([], 1234));
      }),
      http.get('*/api/v1/reports/aid', ({ request }) => {
        seen.aid = new URL(request.url).searchParams;
        return HttpResponse.json({
          groupBy: 'year',
          currency: 'VND',
          rows: [],
          totals: { projects: 3, committed: { amount: '15200000000', currency: 'VND' } },
        });
      }),
      http.get('*/api/v1/agreements', ({ request }) => {
        seen.agreements = new URL(request.url).searchParams;
        return HttpResponse.json(
          page([
            { id: 2, partnershipId: 1, title: 'Kế hoạch hợp tác năm 2026', expiresOn: '2027-01-02', partnership: { id: 1, title: 'Hà Tĩnh – Bolikhamxay' } },
          ]),
        );
      }),
      http.get('*/api/v1/ngo-registrations', () => HttpResponse.json(page([]))),
      http.get('*/api/v1/training-courses', ({ request }) => {
        seen.courses = new URL(request.url).searchParams;
        return HttpResponse.json(
          page([
            {
              id: 3,
              title: 'Bồi dưỡng tiếng Lào cho cán bộ biên phòng',
              status: 'IN_PROGRESS',
              startDate: '2026-11-20',
              endDate: '2026-12-20',
              capacity: 30,
              registeredCount: 28,
              seatsLeft: 2,
            },
            {
              id: 4,
              title: 'Lớp đã lên kế hoạch',
              status: 'PLANNED',
              startDate: '2027-02-01',
              endDate: '2027-02-05',
              capacity: 20,
              registeredCount: 0,
              seatsLeft: 20,
            },
          ]),
        );
      }),
      http.get('*/api/v1/aid-progress-reports', ({ request }) => {
        seen.reports = new URL(request.url).searchParams;
        return HttpResponse.json(
          page([
            {
              id: 8,
              commitmentId: 40,
              commitment: { id: 40, title: 'Phát triển dược liệu Bát Xát', aidOwner: { id: 5, name: 'Sở Nông nghiệp và Môi trường tỉnh Lào Cai' } },
              dueOn: '2026-07-15',
              overdue: true,
              daysOverdue: 141,
            },
          ]),
        );
      }),
    );
    renderWithProviders(<DashboardPage />);
    expect(await screen.findByText('39')).toBeInTheDocument();
    expect(await screen.findByText('14')).toBeInTheDocument();
    expect(await screen.findByText('1.234')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Đoàn đại biểu tỉnh Hà Tĩnh thăm tỉnh Bolikhamxay' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kế hoạch hợp tác năm 2026' })).toBeInTheDocument();
    expect(seen.partnerships?.get('status')).toBe('ACTIVE');
    expect(seen.upcoming?.get('sort')).toBe('startDate');
    expect(seen.agreements?.get('expiringWithinDays')).toBe('90');
    expect((await screen.findByTestId('aid-this-year')).textContent?.replace(/\s/g, ' ')).toBe('15.200.000.000 ₫');
    expect(seen.aid?.get('year')).toBe(String(new Date().getFullYear()));
    expect(await screen.findByRole('link', { name: 'Phát triển dược liệu Bát Xát' })).toHaveAttribute('href', '/aid/40');
    expect(screen.getByText('quá 141 ngày')).toBeInTheDocument();
    expect(seen.reports?.get('overdue')).toBe('true');
    // Training under way with its free seats; a course still being planned is not shown.
    expect(await screen.findByRole('link', { name: 'Bồi dưỡng tiếng Lào cho cán bộ biên phòng' })).toHaveAttribute('href', '/training/3');
    expect(screen.getByText('28/30 học viên')).toBeInTheDocument();
    expect(screen.getByText('còn 2 chỗ')).toBeInTheDocument();
    expect(screen.queryByText('Lớp đã lên kế hoạch')).not.toBeInTheDocument();
    expect(seen.courses?.get('from')).toBeTruthy();
  });
});
