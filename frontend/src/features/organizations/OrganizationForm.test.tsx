import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api/problem';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { http, HttpResponse } from 'msw';
import { OrganizationForm } from './OrganizationForm';

const noop = () => {};
const existing = { id: 7, name: 'Bolikhamxay Province', type: 'LOCAL_GOVERNMENT' as const, countryCode: 'LA', version: 3 };

describe('OrganizationForm', () => {
  it('refuses to submit without the required fields', async () => {
    server.use(http.get('*/api/v1/organizations', () => HttpResponse.json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 })));
    const onSubmit = vi.fn();
    renderWithProviders(<OrganizationForm saving={false} error={null} onSubmit={onSubmit} onCancel={noop} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Lưu' }));
    expect(await screen.findAllByText('Bắt buộc nhập')).toHaveLength(3);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends trimmed values and leaves empty optional fields out', async () => {
    server.use(http.get('*/api/v1/organizations', () => HttpResponse.json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 })));
    const onSubmit = vi.fn();
    renderWithProviders(<OrganizationForm initial={existing} saving={false} error={null} onSubmit={onSubmit} onCancel={noop} />);
    const name = await screen.findByRole('textbox', { name: 'Tên' });
    await userEvent.clear(name);
    await userEvent.type(name, '  Bolikhamxay  ');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    // Exactly these fields: the optional ones left empty are absent (undefined), not empty strings.
    expect(onSubmit).toHaveBeenCalledWith({ name: 'Bolikhamxay', type: 'LOCAL_GOVERNMENT', countryCode: 'LA' });
    expect(Object.values(onSubmit.mock.calls[0]![0] as object).filter((v) => v !== undefined)).toHaveLength(3);
  });

  it('sends the other names typed, in the language and kind chosen, and drops empty rows', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<OrganizationForm initial={existing} saving={false} error={null} onSubmit={onSubmit} onCancel={noop} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Thêm tên khác' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Tên khác 1' }), ' Bô-li-khăm-xay ');
    await userEvent.click(screen.getByRole('button', { name: 'Thêm tên khác' }));
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ names: [{ name: 'Bô-li-khăm-xay', language: 'vi', kind: 'EXONYM' }] }));
  });

  it('shows the names it has and removes one', async () => {
    const onSubmit = vi.fn();
    const named = {
      ...existing,
      names: [
        { name: 'Bô-li-khăm-xay', language: 'vi', kind: 'EXONYM' as const },
        { name: 'Borikhamxay', kind: 'FORMER' as const },
      ],
    };
    renderWithProviders(<OrganizationForm initial={named} saving={false} error={null} onSubmit={onSubmit} onCancel={noop} />);
    expect(await screen.findByRole('textbox', { name: 'Tên khác 2' })).toHaveValue('Borikhamxay');
    await userEvent.click(screen.getByRole('button', { name: 'Xóa tên khác 1' }));
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ names: [{ name: 'Borikhamxay', language: undefined, kind: 'FORMER' }] }));
  });

  it('sends the last day and the unit it was merged into, and wants the last day with a successor', async () => {
    server.use(http.get('*/api/v1/organizations', () => HttpResponse.json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 })));
    const onSubmit = vi.fn();
    const merged = { ...existing, validTo: '2025-06-30', successorId: 9, successor: { id: 9, name: 'Ủy ban nhân dân tỉnh Quảng Trị', countryCode: 'VN' } };
    const { unmount } = renderWithProviders(<OrganizationForm initial={merged} saving={false} error={null} onSubmit={onSubmit} onCancel={noop} />);
    expect(await screen.findByText('Hiệu lực (sáp nhập, giải thể)')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ validTo: '2025-06-30', successorId: 9 }));
    unmount();
    const again = vi.fn();
    renderWithProviders(<OrganizationForm initial={{ ...merged, validTo: undefined }} saving={false} error={null} onSubmit={again} onCancel={noop} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Bắt buộc nhập')).toBeInTheDocument();
    expect(again).not.toHaveBeenCalled();
  });

  it('puts the server field errors next to their fields', async () => {
    server.use(http.get('*/api/v1/organizations', () => HttpResponse.json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 })));
    const error = new ApiError({ status: 400, errors: [{ field: 'email', message: 'must be a well-formed email address' }] });
    renderWithProviders(<OrganizationForm initial={existing} saving={false} error={error} onSubmit={noop} onCancel={noop} />);
    expect(await screen.findByText('must be a well-formed email address')).toBeInTheDocument();
  });

  it('offers to reload when someone else saved first (412)', async () => {
    server.use(http.get('*/api/v1/organizations', () => HttpResponse.json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 })));
    const onReload = vi.fn();
    renderWithProviders(
      <OrganizationForm initial={existing} saving={false} error={new ApiError({ status: 412 })} onSubmit={noop} onCancel={noop} onReload={onReload} />,
    );
    expect(await screen.findByText('Bản ghi đã được người khác thay đổi trong lúc bạn sửa.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Tải lại' }));
    expect(onReload).toHaveBeenCalled();
  });
});
