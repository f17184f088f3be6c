import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { DelegationForm } from './DelegationForm';
import { delegation, members, page } from './fixtures';

const noop = () => {};

describe('DelegationForm', () => {
  beforeEach(() =>
    server.use(
      http.get('*/api/v1/organizations', () => HttpResponse.json(page([]))),
      http.get('*/api/v1/partnerships', () => HttpResponse.json(page([]))),
    ),
  );

  it('refuses to submit without the required fields', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<DelegationForm saving={false} error={null} onSubmit={onSubmit} onCancel={noop} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Lưu' }));
    // Title, direction, level, counterpart, host agency, both dates and the country.
    expect(await screen.findAllByText('Bắt buộc nhập')).toHaveLength(8);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('refuses an end before the start, a second head and a member without a name', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(
      <DelegationForm
        initial={{ ...delegation, startDate: '2027-03-08', endDate: '2027-03-05' }}
        initialMembers={members}
        saving={false}
        error={null}
        onSubmit={onSubmit}
        onCancel={noop}
      />,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Thêm thành viên' }));
    const row = screen.getByTestId('member-row-3');
    const role = within(row).getByRole('combobox', { name: 'Vai trò, dòng 4' });
    await userEvent.click(role);
    // Mantine keeps every dropdown mounted but out of the accessibility tree under jsdom: look in the one the box controls.
    const list = await waitFor(() => document.getElementById(role.getAttribute('aria-controls') ?? '') ?? Promise.reject(new Error('closed')));
    await userEvent.click(await within(list).findByRole('option', { name: 'Trưởng đoàn', hidden: true }));
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Ngày kết thúc phải từ ngày bắt đầu trở đi')).toBeInTheDocument();
    expect(within(row).getByText('Mỗi đoàn chỉ có một trưởng đoàn')).toBeInTheDocument();
    expect(within(row).getByLabelText('Họ và tên, dòng 4')).toHaveAttribute('aria-invalid', 'true');
    // The first head is fine.
    expect(screen.getByRole('combobox', { name: 'Vai trò, dòng 1' })).not.toHaveAttribute('aria-invalid', 'true');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends the delegation and the members in order, without the empty optional fields', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<DelegationForm initial={delegation} initialMembers={members} saving={false} error={null} onSubmit={onSubmit} onCancel={noop} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Lưu' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const [input, rows] = onSubmit.mock.calls[0] as [Record<string, unknown>, Record<string, unknown>[]];
    expect(input).toMatchObject({
      direction: 'OUTGOING',
      title: 'Đoàn tỉnh thăm Bolikhamxay',
      counterpartOrganizationId: 21,
      homeOrganizationId: 1,
      startDate: '2027-03-08',
      endDate: '2027-03-11',
      countryCode: 'LA',
      level: 'PROVINCIAL',
      pillar: 'STATE',
      budget: { amount: '150000000', currency: 'VND' },
    });
    expect(rows.map((r) => [r.fullName, r.role])).toEqual([
      ['Nguyễn Văn An', 'HEAD'],
      ['Trần Thị Bình', 'DEPUTY'],
      ['Lê Văn Cường', 'INTERPRETER'],
    ]);
    expect(JSON.parse(JSON.stringify(rows[2]))).toEqual({ fullName: 'Lê Văn Cường', role: 'INTERPRETER' });
  });
});
