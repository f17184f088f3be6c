import { fireEvent, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { session } from '@/lib/auth/session';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { OfficeSettingsPanel } from './OfficeSettingsPanel';

describe('OfficeSettingsPanel', () => {
  beforeEach(() => session.set({ token: 't', expiresAt: '2999-01-01T00:00:00Z' }));
  afterEach(() => session.set(null));

  it("says where the period comes from and saves the office's own, first without If-Match", async () => {
    const sent: { ifMatch: string | null; body: unknown }[] = [];
    let saved = false;
    server.use(
      http.get('*/api/v1/auth/me', () => HttpResponse.json({ username: 'admin', role: 'ADMIN', kind: 'USER' })),
      http.get('*/api/v1/office-settings/7', () =>
        HttpResponse.json(
          saved
            ? { organizationId: 7, delegationReportDueDays: 10, effectiveDelegationReportDueDays: 10, effectiveFrom: 7, saved: true, version: 0 }
            : { organizationId: 7, effectiveDelegationReportDueDays: 12, effectiveFrom: 2, saved: false, version: 0 },
        ),
      ),
      http.put('*/api/v1/office-settings/7', async ({ request }) => {
        sent.push({ ifMatch: request.headers.get('If-Match'), body: await request.json() });
        saved = true;
        return HttpResponse.json({
          organizationId: 7,
          delegationReportDueDays: 10,
          effectiveDelegationReportDueDays: 10,
          effectiveFrom: 7,
          saved: true,
          version: 0,
        });
      }),
    );
    renderWithProviders(<OfficeSettingsPanel organizationId={7} names={(id) => (id === 2 ? 'UBND tỉnh Quảng Trị' : undefined)} />);
    expect(await screen.findByText('(theo UBND tỉnh Quảng Trị)')).toBeInTheDocument();
    expect(screen.getByText(/trong 12 ngày sau khi kết thúc/)).toBeInTheDocument();
    fireEvent.change(await screen.findByLabelText(/Số ngày báo cáo sau chuyến đi/), { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu thiết lập' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ ifMatch: null, body: { delegationReportDueDays: 10 } });
    expect(await screen.findByText('(thiết lập của cơ quan này)')).toBeInTheDocument();
    // Saved once: the next change carries the ETag of that version.
    fireEvent.change(await screen.findByLabelText(/Số ngày báo cáo sau chuyến đi/), { target: { value: '9' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu thiết lập' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]?.ifMatch).toBe('"0"');
  });
});
