import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { session } from '@/lib/auth/session';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { HistoryPanel } from './HistoryPanel';

const entry = (seq: number, kind: string, action: string, changes: { field: string; before: string | null; after: string | null }[] = []) => ({
  seq,
  kind,
  recordId: kind === 'organization' ? 5 : 90 + seq,
  action,
  at: '2026-03-02T03:04:05Z',
  actor: seq === 1 ? 'system' : 'nguyen.an',
  requestId: `r${seq}`,
  changes,
});

const page = (items: unknown[], totalItems = items.length) => ({ items, page: 0, size: 20, totalItems, totalPages: 1, totalExact: true, next: null });

describe('HistoryPanel', () => {
  let sizes: string[] = [];
  beforeEach(() => {
    sizes = [];
    session.set({ token: 't', expiresAt: '2999-01-01T00:00:00Z' });
    server.use(
      http.get('*/api/v1/organizations/5/history', ({ request }) => {
        const url = new URL(request.url);
        sizes.push(url.searchParams.get('size') ?? '');
        expect(url.searchParams.get('sort')).toBe('-at');
        return HttpResponse.json(
          page(
            [
              entry(3, 'organization', 'UPDATED', [
                { field: 'type', before: 'LOCAL_GOVERNMENT', after: 'INTERNATIONAL_NGO' },
                { field: 'localName', before: null, after: 'ແຂວງຄໍາມ່ວນ' },
              ]),
              entry(2, 'agreement', 'CREATED'),
              entry(1, 'organization', 'CREATED'),
            ],
            45,
          ),
        );
      }),
    );
  });
  afterEach(() => session.set(null));

  it('tells each change in words: the field’s label, codes as their names, empty values, other kinds named', async () => {
    renderWithProviders(<HistoryPanel path="/api/v1/organizations/{id}/history" params={{ id: 5 }} ns="organizations" />);
    expect(await screen.findByText(/Chính quyền địa phương → Tổ chức phi chính phủ nước ngoài/)).toBeInTheDocument();
    expect(screen.getByText(/\(trống\) → ແຂວງຄໍາມ່ວນ/)).toBeInTheDocument();
    expect(screen.getByText('Văn bản thỏa thuận #92')).toBeInTheDocument();
    expect(screen.getByText('Hệ thống')).toBeInTheDocument();
    expect(screen.getAllByText('Tạo mới')).toHaveLength(2);
    expect(screen.getByText('3 / 45 thay đổi')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Xem thêm' }));
    await screen.findByText('3 / 45 thay đổi');
    expect(sizes).toEqual(['20', '40']);
  });
});
