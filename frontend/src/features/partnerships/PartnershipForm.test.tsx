import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api/problem';
import { formatDate } from '@/lib/format';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import type { Partnership } from './api';
import { PartnershipForm } from './PartnershipForm';

const noop = () => {};
const organizations = [
  { id: 1, name: 'Ủy ban nhân dân tỉnh Hà Tĩnh', type: 'LOCAL_GOVERNMENT', countryCode: 'VN' },
  { id: 21, name: 'Bolikhamxay Province', type: 'LOCAL_GOVERNMENT', countryCode: 'LA' },
];
const existing: Partnership = {
  id: 4,
  title: 'Hà Tĩnh – Bolikhamxay',
  type: 'SPECIAL_FRIENDSHIP',
  homeOrganizationId: 1,
  home: { id: 1, name: 'Ủy ban nhân dân tỉnh Hà Tĩnh', countryCode: 'VN' },
  partnerOrganizationId: 21,
  partner: { id: 21, name: 'Bolikhamxay Province', countryCode: 'LA' },
  pillars: ['STATE'],
  fields: [],
  startDate: '2016-03-01',
  suspended: false,
  version: 2,
};

// Mantine keeps every dropdown mounted but out of the accessibility tree under jsdom: look in the one the box controls.
const option = async (box: HTMLElement, name: string) => {
  const list = await waitFor(() => {
    const found = document.getElementById(box.getAttribute('aria-controls') ?? '');
    if (!found) throw new Error('dropdown not open');
    return found;
  });
  return within(list).findByRole('option', { name, hidden: true });
};
const pick = async (label: string, name: string, typed?: string) => {
  const box = screen.getByRole('combobox', { name: label });
  if (typed) await userEvent.type(box, typed);
  else await userEvent.click(box);
  await userEvent.click(await option(box, name));
};
// The API's search ignores case and accents.
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').toLowerCase();

describe('PartnershipForm', () => {
  beforeEach(() => {
    server.use(
      http.get('*/api/v1/organizations', ({ request }) => {
        const q = fold(new URL(request.url).searchParams.get('q') ?? '');
        const items = organizations.filter((o) => fold(o.name).includes(q));
        return HttpResponse.json({ items, page: 0, size: 20, totalItems: items.length, totalPages: 1 });
      }),
    );
  });

  it('refuses to submit without the required fields and at least one pillar', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<PartnershipForm saving={false} error={null} onSubmit={onSubmit} onCancel={noop} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Lưu' }));
    // Home, partner, type and start date.
    expect(await screen.findAllByText('Bắt buộc nhập')).toHaveLength(4);
    expect(screen.getByText('Chọn ít nhất một kênh đối ngoại')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('wants two different sides and an end on or after the start', async () => {
    const onSubmit = vi.fn();
    const same = { ...existing, partnerOrganizationId: 1, partner: existing.home, endDate: '2015-12-31' };
    renderWithProviders(<PartnershipForm initial={same} saving={false} error={null} onSubmit={onSubmit} onCancel={noop} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Bên đối tác phải khác bên Việt Nam')).toBeInTheDocument();
    expect(screen.getByText('Ngày kết thúc không được trước ngày bắt đầu')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends what was picked, with dates as YYYY-MM-DD and empty text left out', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<PartnershipForm saving={false} error={null} onSubmit={onSubmit} onCancel={noop} />);

    await screen.findByRole('combobox', { name: 'Bên Việt Nam' });
    await pick('Bên Việt Nam', 'Ủy ban nhân dân tỉnh Hà Tĩnh (VN)', 'ha tinh');
    await pick('Bên đối tác', 'Bolikhamxay Province (LA)', 'bolikhamxay');
    await pick('Hình thức quan hệ', 'Kết nghĩa');
    await pick('Kênh đối ngoại', 'Ngoại giao Nhà nước');
    await userEvent.click(await option(screen.getByRole('combobox', { name: 'Kênh đối ngoại' }), 'Đối ngoại Nhân dân'));
    await pick('Lĩnh vực hợp tác', 'Du lịch');

    // The calendar opens on the current month; the 15th of it.
    const now = new Date();
    const start = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-15`;
    await userEvent.click(screen.getByRole('button', { name: 'Ngày bắt đầu' }));
    await userEvent.click(await screen.findByRole('button', { name: formatDate(start, 'vi'), hidden: true }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Người liên hệ' }), '  Nguyễn Văn A  ');

    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(onSubmit).toHaveBeenCalledWith({
      homeOrganizationId: 1,
      partnerOrganizationId: 21,
      type: 'TWINNING',
      pillars: ['STATE', 'PEOPLE'],
      fields: ['TOURISM'],
      title: undefined,
      startDate: start,
      endDate: undefined,
      suspended: false,
      description: undefined,
      contactPerson: 'Nguyễn Văn A',
    });
  });

  it('puts the server field errors next to their fields and explains an overlap', async () => {
    const error = new ApiError({ status: 400, errors: [{ field: 'partnerOrganizationId', message: 'must differ from the home organization' }] });
    const { unmount } = renderWithProviders(<PartnershipForm initial={existing} saving={false} error={error} onSubmit={noop} onCancel={noop} />);
    expect(await screen.findByText('must differ from the home organization')).toBeInTheDocument();
    unmount();

    renderWithProviders(
      <PartnershipForm initial={existing} saving={false} error={new ApiError({ status: 409, detail: 'overlapping dates' })} onSubmit={noop} onCancel={noop} />,
    );
    expect(await screen.findByText('Hai bên đã có quan hệ cùng hình thức trong khoảng thời gian này.')).toBeInTheDocument();
  });

  it('offers to reload when someone else saved first (412)', async () => {
    const onReload = vi.fn();
    renderWithProviders(
      <PartnershipForm initial={existing} saving={false} error={new ApiError({ status: 412 })} onSubmit={noop} onCancel={noop} onReload={onReload} />,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Tải lại' }));
    expect(onReload).toHaveBeenCalled();
  });
});
