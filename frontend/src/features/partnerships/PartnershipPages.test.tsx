import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { session } from '@/lib/auth/session';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { PartnershipDetailPage } from './PartnershipPages';

const partnership = {
  id: 1,
  title: 'Hà Tĩnh – Bolikhamxay',
  type: 'SPECIAL_FRIENDSHIP',
  status: 'SUSPENDED',
  homeOrganizationId: 1,
  home: { id: 1, name: 'Ủy ban nhân dân tỉnh Hà Tĩnh', countryCode: 'VN' },
  partnerOrganizationId: 21,
  partner: { id: 21, name: 'Bolikhamxay Province', countryCode: 'LA' },
  pillars: ['PARTY', 'STATE'],
  fields: ['BORDER_MANAGEMENT'],
  startDate: '2016-03-01',
  endDate: null,
  suspended: true,
  contactPerson: 'Nguyễn Văn A',
  agreementCount: 3,
  createdBy: 'system',
  version: 4,
};
const aid = {
  id: 7,
  title: 'Lớp học bán trú Bolikhamxay',
  ngo: { id: 30, name: 'Plan International', countryCode: 'GB' },
  committed: { amount: '25000.00', currency: 'USD' },
  commitmentDate: '2023-03-15',
  status: 'IMPLEMENTATION',
};
const conflict = () =>
  HttpResponse.json(
    { status: 409, title: 'Conflict', detail: 'The partnership has 3 agreements' },
    { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
  );

const setUp = (role: string, deletes: URL[]) =>
  server.use(
    http.get('*/api/v1/auth/me', () => HttpResponse.json({ username: 'u', role, kind: 'USER' })),
    http.get('*/api/v1/partnerships/1', () => HttpResponse.json(partnership)),
    http.get('*/api/v1/partnerships/1/agreements', () => HttpResponse.json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 })),
    http.get('*/api/v1/delegations', () => HttpResponse.json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 })),
    http.get('*/api/v1/training-courses', () => HttpResponse.json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 })),
    http.get('*/api/v1/activities', () => HttpResponse.json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 })),
    http.get('*/api/v1/aid-commitments', ({ request }) =>
      HttpResponse.json(
        new URL(request.url).searchParams.get('partnershipId') === '1'
          ? { items: [aid], page: 0, size: 20, totalItems: 1, totalPages: 1 }
          : { items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 },
      ),
    ),
    http.delete('*/api/v1/partnerships/1', ({ request }) => {
      const url = new URL(request.url);
      deletes.push(url);
      return url.searchParams.get('cascade') === 'true' ? new HttpResponse(null, { status: 204 }) : conflict();
    }),
  );

const deleteOnce = async () => {
  await userEvent.click(await screen.findByRole('button', { name: 'Xóa' }));
  await userEvent.click(await screen.findByRole('button', { name: 'Xóa vĩnh viễn' }));
};

describe('PartnershipDetailPage', () => {
  beforeEach(() => session.set({ token: 't', expiresAt: '2999-01-01T00:00:00Z' }));
  afterEach(() => session.set(null));

  it('shows both sides, the translated labels and the places for what comes later', async () => {
    setUp('VIEWER', []);
    renderWithProviders(<PartnershipDetailPage id={1} />);
    expect(await screen.findByRole('heading', { name: 'Hà Tĩnh – Bolikhamxay' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bolikhamxay Province' })).toBeInTheDocument();
    expect(screen.getAllByText('Tạm dừng').length).toBeGreaterThan(0);
    expect(screen.getByText('Đối ngoại Đảng')).toBeInTheDocument();
    expect(screen.getByText('Quản lý biên giới')).toBeInTheDocument();
    expect(screen.getByText('Không thời hạn')).toBeInTheDocument();
    for (const heading of ['Đoàn ra, đoàn vào', 'Viện trợ', 'Đào tạo, bồi dưỡng']) expect(screen.getByRole('heading', { name: heading })).toBeInTheDocument();
    expect(await screen.findByText('Chưa có văn bản thỏa thuận nào.')).toBeInTheDocument();
    // The aid committed under it, from the aid API.
    expect(await screen.findByRole('link', { name: 'Lớp học bán trú Bolikhamxay' })).toBeInTheDocument();
    expect(screen.getByText('Đang thực hiện')).toBeInTheDocument();
    expect(screen.getByText(/25\.000,00\sUS\$/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Xóa' })).not.toBeInTheDocument();
  });

  it('explains why a partnership with agreements is not deleted, and lets an administrator delete them together', async () => {
    const deletes: URL[] = [];
    setUp('ADMIN', deletes);
    renderWithProviders(<PartnershipDetailPage id={1} />);
    await deleteOnce();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Quan hệ này còn văn bản thỏa thuận nên chưa xóa được.');
    expect(deletes[0]?.searchParams.has('cascade')).toBe(false);

    await userEvent.click(within(alert).getByRole('button', { name: 'Xóa cùng các văn bản thỏa thuận' }));
    const question = await screen.findByText('Xóa “Hà Tĩnh – Bolikhamxay” cùng 3 văn bản thỏa thuận? Thao tác này không thể hoàn tác.');
    await userEvent.click(within(question.closest('[role=dialog]') as HTMLElement).getByRole('button', { name: 'Xóa vĩnh viễn' }));
    await waitFor(() => expect(deletes[1]?.searchParams.get('cascade')).toBe('true'));
  });

  it('gives an editor the reason but no cascade', async () => {
    setUp('EDITOR', []);
    renderWithProviders(<PartnershipDetailPage id={1} />);
    await deleteOnce();
    expect(await screen.findByRole('alert')).toHaveTextContent('Quan hệ này còn văn bản thỏa thuận');
    expect(screen.queryByRole('button', { name: 'Xóa cùng các văn bản thỏa thuận' })).not.toBeInTheDocument();
  });
});
