import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { session } from '@/lib/auth/session';
import { formatDate } from '@/lib/format';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import type { AidCommitment } from './api';
import { commitment } from './fixtures';
import { LifecyclePanel } from './LifecyclePanel';

const appraisal: AidCommitment = {
  ...commitment,
  status: 'PIPELINE',
  approvalStatus: 'APPRAISAL',
  allowedTransitions: ['APPROVED', 'REFUSED'],
  alerts: ['APPRAISAL_OVERDUE'],
  dossierCompleteOn: '2026-10-20',
  appraisalDueOn: '2026-11-09',
  approvalDecisionNo: undefined,
  version: 4,
};

describe('LifecyclePanel', () => {
  beforeEach(() => session.set({ token: 't', expiresAt: '2999-01-01T00:00:00Z' }));
  afterEach(() => session.set(null));

  it('flags the overdue appraisal and approves only with a decision, sending the record ETag', async () => {
    const calls: { ifMatch: string | null; body: unknown }[] = [];
    server.use(
      http.get('*/api/v1/aid-commitments/106/transitions', () => HttpResponse.json([])),
      http.post('*/api/v1/aid-commitments/106/transitions', async ({ request }) => {
        calls.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
        return HttpResponse.json({ ...appraisal, approvalStatus: 'APPROVED', allowedTransitions: [], alerts: [], version: 5 });
      }),
    );
    renderWithProviders(<LifecyclePanel commitment={appraisal} />);
    expect(await screen.findByTestId('alert-APPRAISAL_OVERDUE')).toHaveTextContent('Quá hạn thẩm định');
    expect(screen.getByText('09/11/2026')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Phê duyệt' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(dialog.querySelector('button[type="submit"]') as HTMLElement);
    expect(await screen.findAllByText('Bắt buộc nhập')).not.toHaveLength(0);
    expect(calls).toHaveLength(0);
    await userEvent.type(screen.getByRole('textbox', { name: /Số quyết định/ }), '1502/QĐ-UBND');
    const now = new Date();
    const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-15`;
    await userEvent.click(screen.getByRole('button', { name: /Ngày quyết định/ }));
    await userEvent.click(await screen.findByRole('button', { name: formatDate(day, 'vi'), hidden: true }));
    await userEvent.click(dialog.querySelector('button[type="submit"]') as HTMLElement);
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]?.ifMatch).toBe('"4"');
    expect(calls[0]?.body).toMatchObject({ to: 'APPROVED', decisionNumber: '1502/QĐ-UBND', decisionDate: day, approvingAuthority: 'Ủy ban nhân dân tỉnh' });
  });
});
