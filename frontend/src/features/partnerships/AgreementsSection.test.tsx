import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { AgreementsSection } from './AgreementsSection';

const page = (items: object[]) => ({ items, page: 0, size: 20, totalItems: items.length, totalPages: 1 });
const mou = {
  id: 1,
  partnershipId: 1,
  kind: 'MEMORANDUM_OF_UNDERSTANDING',
  code: 'MOU-01',
  title: 'Bản ghi nhớ hợp tác giáo dục',
  signedOn: '2024-03-20',
  expiresOn: '2027-01-02',
  daysToExpiry: 40,
  version: 0,
};
const conflict = (detail: string) =>
  HttpResponse.json({ status: 409, title: 'Conflict', detail }, { status: 409, headers: { 'Content-Type': 'application/problem+json' } });

const fillAndSave = async (code: string) => {
  const dialog = await screen.findByRole('dialog');
  const kind = within(dialog).getByRole('combobox', { name: 'Loại văn bản' });
  await userEvent.click(kind);
  const list = await waitFor(() => document.getElementById(kind.getAttribute('aria-controls') ?? '') ?? Promise.reject(new Error('closed')));
  await userEvent.click(await within(list).findByRole('option', { name: 'Kế hoạch năm', hidden: true }));
  await userEvent.type(within(dialog).getByRole('textbox', { name: 'Số hiệu' }), code);
  await userEvent.type(within(dialog).getByRole('textbox', { name: 'Tên văn bản' }), 'Kế hoạch hợp tác năm 2027');
  await userEvent.type(within(dialog).getByRole('textbox', { name: 'Người ký' }), 'Chủ tịch UBND hai tỉnh');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
};

describe('AgreementsSection', () => {
  it('lists the agreements and adds one, sending the form as the API takes it', async () => {
    let sent: unknown;
    let items = [mou];
    server.use(
      http.get('*/api/v1/partnerships/1/agreements', () => HttpResponse.json(page(items))),
      http.post('*/api/v1/partnerships/1/agreements', async ({ request }) => {
        sent = await request.json();
        const created = { ...(sent as object), id: 2, partnershipId: 1, version: 0 };
        items = [mou, created as typeof mou];
        return HttpResponse.json(created, { status: 201 });
      }),
    );
    renderWithProviders(<AgreementsSection partnershipId={1} editable />);
    const table = await screen.findByTestId('agreements');
    expect(within(table).getByText('Bản ghi nhớ hợp tác giáo dục')).toBeInTheDocument();
    expect(within(table).getByText('Bản ghi nhớ')).toBeInTheDocument();
    expect(within(table).getByText('Còn 40 ngày')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Thêm văn bản' }));
    await fillAndSave('  KH-2027  ');
    await waitFor(() =>
      expect(sent).toEqual({ kind: 'ANNUAL_PLAN', code: 'KH-2027', title: 'Kế hoạch hợp tác năm 2027', signatories: 'Chủ tịch UBND hai tỉnh' }),
    );
    expect(await within(screen.getByTestId('agreements')).findByText('KH-2027')).toBeInTheDocument();
  });

  it('says so next to the reference when the partnership already has it (409)', async () => {
    server.use(
      http.get('*/api/v1/partnerships/1/agreements', () => HttpResponse.json(page([mou]))),
      http.post('*/api/v1/partnerships/1/agreements', () => conflict("The partnership already has an agreement with code 'MOU-01'")),
    );
    renderWithProviders(<AgreementsSection partnershipId={1} editable />);
    await userEvent.click(await screen.findByRole('button', { name: 'Thêm văn bản' }));
    await fillAndSave('MOU-01');
    const dialog = screen.getByRole('dialog');
    expect(await within(dialog).findByText('Quan hệ này đã có văn bản mang số hiệu này.')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Số hiệu' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('checks the dates and the link before sending', async () => {
    server.use(http.get('*/api/v1/partnerships/1/agreements', () => HttpResponse.json(page([{ ...mou, effectiveOn: '2027-06-01', expiresOn: '2027-01-01' }]))));
    renderWithProviders(<AgreementsSection partnershipId={1} editable />);
    await userEvent.click(await screen.findByRole('button', { name: 'Sửa MOU-01' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Đường dẫn văn bản' }), 'ftp://files');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Ngày hết hạn không được trước ngày có hiệu lực')).toBeInTheDocument();
    expect(within(dialog).getByText('Địa chỉ web phải bắt đầu bằng http:// hoặc https://')).toBeInTheDocument();
  });

  it('marks what has expired and shows no write buttons to viewers', async () => {
    const expired = { ...mou, id: 3, code: 'BBTT-2021', expiresOn: '2025-12-31', daysToExpiry: -327 };
    server.use(http.get('*/api/v1/partnerships/1/agreements', () => HttpResponse.json(page([mou, expired]))));
    renderWithProviders(<AgreementsSection partnershipId={1} editable={false} />);
    const row = (await screen.findByText('BBTT-2021')).closest('tr') as HTMLElement;
    expect(within(row).getByText('Đã hết hạn')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Thêm văn bản' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Xóa' })).not.toBeInTheDocument();
  });
});
