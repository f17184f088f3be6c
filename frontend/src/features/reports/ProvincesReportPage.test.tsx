import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { session } from '@/lib/auth/session';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { ProvincesReportPage } from './ProvincesReportPage';
import type { ProvincesSearch } from './search';

const spaces = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

const Harness = () => {
  const [search, setSearch] = useState<ProvincesSearch>({ from: '2024-01-01' });
  return <ProvincesReportPage search={search} onSearchChange={setSearch} />;
};

describe('ProvincesReportPage', () => {
  const calls: URL[] = [];
  beforeEach(() => {
    session.set({ token: 't', expiresAt: '2999-01-01T00:00:00Z' });
    calls.length = 0;
    const answer =
      (body: object) =>
      ({ request }: { request: Request }) => {
        calls.push(new URL(request.url));
        return HttpResponse.json(body);
      };
    server.use(
      http.get('*/api/v1/reports/delegations', answer({ rows: [{ key: '9', label: 'Ủy ban nhân dân tỉnh Quảng Trị', delegations: 2, members: 7 }] })),
      http.get('*/api/v1/reports/training', answer({ rows: [] })),
      http.get(
        '*/api/v1/reports/aid',
        answer({
          rows: [
            {
              key: '9',
              label: 'Ủy ban nhân dân tỉnh Quảng Trị',
              projects: 1,
              committed: { amount: '1179000000', currency: 'VND' },
              disbursed: { amount: '0', currency: 'VND' },
            },
          ],
        }),
      ),
    );
  });
  afterEach(() => session.set(null));

  it('asks every report by province in the units of today, and shows them side by side with a total', async () => {
    renderWithProviders(<Harness />);
    const table = await screen.findByTestId('provinces-report');
    expect(within(table).getByText('Ủy ban nhân dân tỉnh Quảng Trị')).toBeInTheDocument();
    expect(spaces(screen.getByTestId('provinces-total').textContent)).toContain('1.179.000.000 ₫');
    expect(calls).toHaveLength(3);
    for (const url of calls) {
      expect(url.searchParams.get('groupBy')).toBe('province');
      expect(url.searchParams.get('from')).toBe('2024-01-01');
      expect(url.searchParams.get('asOf')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    await userEvent.click(screen.getByRole('switch', { name: /Tính theo đơn vị hành chính hiện nay/ }));
    await waitFor(() => expect(calls.length).toBe(6));
    expect(calls.slice(3).every((u) => !u.searchParams.has('asOf'))).toBe(true);
    expect(await screen.findByText('Theo đơn vị ghi trên từng hồ sơ')).toBeInTheDocument();
  });
});
