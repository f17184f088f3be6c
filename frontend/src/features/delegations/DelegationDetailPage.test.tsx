import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { session } from '@/lib/auth/session';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { DelegationDetailPage } from './DelegationDetailPage';
import { delegation, members, problem } from './fixtures';

type Sent = { body: unknown; ifMatch: string | null };

const setUp = (role: string, current: object, answer: (body: Record<string, unknown>) => Response) => {
  const sent: Sent[] = [];
  server.use(
    http.get('*/api/v1/auth/me', () => HttpResponse.json({ username: 'u', role, kind: 'USER' })),
    http.get('*/api/v1/delegations/5', () => HttpResponse.json(current)),
    http.get('*/api/v1/delegations/5/members', () => HttpResponse.json({ members })),
    http.get('*/api/v1/delegations/5/transitions', () =>
      HttpResponse.json([{ id: 1, from: null, to: 'PROPOSED', note: null, by: 'canbo', at: '2026-11-20T08:00:00Z' }]),
    ),
    http.post('*/api/v1/delegations/5/transitions', async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      sent.push({ body, ifMatch: request.headers.get('If-Match') });
      return answer(body);
    }),
  );
  return sent;
};

describe('DelegationDetailPage', () => {
  beforeEach(() => session.set({ token: 't', expiresAt: '2999-01-01T00:00:00Z' }));
  afterEach(() => session.set(null));

  it('shows the programme, the members and only the workflow moves the API allows', async () => {
    setUp('EDITOR', { ...delegation, allowedTransitions: ['CANCELLED'] }, () => HttpResponse.json(delegation));
    renderWithProviders(<DelegationDetailPage id={5} />);
    expect(await screen.findByRole('heading', { name: 'Đoàn tỉnh thăm Bolikhamxay' })).toBeInTheDocument();
    expect(screen.getByText('Bolikhamxay Province — Cộng hòa Dân chủ nhân dân Lào')).toBeInTheDocument();
    expect(screen.getByText('Cấp tỉnh')).toBeInTheDocument();
    const table = await screen.findByTestId('members-table');
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(within(table).getByText('Phiên dịch')).toBeInTheDocument();
    expect(await screen.findByTestId('transition-history')).toHaveTextContent('canbo');

    expect(screen.getByRole('button', { name: 'Hủy đoàn' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Duyệt' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Hoàn thành' })).not.toBeInTheDocument();
    // Proposed: an editor may still edit or delete it.
    expect(screen.getByRole('link', { name: 'Sửa' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Xóa' })).toBeInTheDocument();
  });

  it('gives a viewer no buttons but the print one, and no edit once completed', async () => {
    setUp('VIEWER', { ...delegation, status: 'COMPLETED', allowedTransitions: [], outcome: 'Ký biên bản hợp tác.' }, () => HttpResponse.json(delegation));
    renderWithProviders(<DelegationDetailPage id={5} />);
    expect(await screen.findByTestId('outcome')).toHaveTextContent('Ký biên bản hợp tác.');
    expect(screen.getByRole('button', { name: 'In chương trình' })).toBeInTheDocument();
    for (const name of ['Duyệt', 'Hoàn thành', 'Hủy đoàn', 'Xóa']) expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Sửa' })).not.toBeInTheDocument();
  });

  it('asks for the outcome to complete, and posts it with the version as If-Match', async () => {
    const sent = setUp('EDITOR', { ...delegation, endDate: '2024-06-07', status: 'APPROVED', allowedTransitions: ['COMPLETED', 'CANCELLED'] }, () =>
      HttpResponse.json({ ...delegation, status: 'COMPLETED', allowedTransitions: [], outcome: 'Đã ký kế hoạch năm 2027.', version: 5 }),
    );
    renderWithProviders(<DelegationDetailPage id={5} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Hoàn thành' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Hoàn thành' }));
    expect(await within(dialog).findByText('Nhập kết quả hoặc đính kèm báo cáo')).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    await userEvent.type(within(dialog).getByRole('textbox', { name: /Kết quả chuyến công tác/ }), 'Đã ký kế hoạch năm 2027.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Hoàn thành' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ body: { to: 'COMPLETED', outcome: 'Đã ký kế hoạch năm 2027.' }, ifMatch: '"4"' });
    expect(await screen.findByTestId('outcome')).toHaveTextContent('Đã ký kế hoạch năm 2027.');
  });

  it('does not complete a delegation before its end date', async () => {
    const sent = setUp('EDITOR', { ...delegation, endDate: '2999-03-11', status: 'APPROVED', allowedTransitions: ['COMPLETED', 'CANCELLED'] }, () =>
      HttpResponse.json(delegation),
    );
    renderWithProviders(<DelegationDetailPage id={5} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Hoàn thành' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('11/03/2999');
    expect(within(dialog).getByRole('button', { name: 'Hoàn thành' })).toBeDisabled();
    expect(sent).toHaveLength(0);
  });

  it('shows what the delegation needs: an overdue report, a missing decision', async () => {
    setUp('VIEWER', { ...delegation, status: 'APPROVED', reportDueOn: '2026-11-28', alerts: ['REPORT_OVERDUE', 'DECISION_MISSING'] }, () =>
      HttpResponse.json(delegation),
    );
    renderWithProviders(<DelegationDetailPage id={5} />);
    const alerts = await screen.findByTestId('delegation-alerts');
    expect(alerts).toHaveTextContent('Quá hạn báo cáo kết quả');
    expect(alerts).toHaveTextContent('28/11/2026');
    expect(alerts).toHaveTextContent('Chưa có quyết định cho phép');
  });

  it('asks for a reason to cancel', async () => {
    const sent = setUp('EDITOR', delegation, () => HttpResponse.json({ ...delegation, status: 'CANCELLED', allowedTransitions: [], version: 5 }));
    renderWithProviders(<DelegationDetailPage id={5} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Hủy đoàn' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Lý do hủy/ }), 'Đối tác đề nghị lùi lịch');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Ghi chú' }), 'Theo công văn số 12');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Hủy đoàn' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ body: { to: 'CANCELLED', reason: 'Đối tác đề nghị lùi lịch', note: 'Theo công văn số 12' }, ifMatch: '"4"' });
  });

  it('says plainly that approval needs a head of delegation when the API refuses it', async () => {
    const sent = setUp('ADMIN', { ...delegation, headName: null, memberCount: 0 }, () =>
      problem(409, { title: 'Conflict', detail: 'A delegation cannot be APPROVED without a HEAD member' }),
    );
    renderWithProviders(<DelegationDetailPage id={5} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Duyệt' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Duyệt' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Chưa duyệt được: đoàn chưa có trưởng đoàn');
    expect(sent[0]).toEqual({ body: { to: 'APPROVED' }, ifMatch: '"4"' });
  });
});
