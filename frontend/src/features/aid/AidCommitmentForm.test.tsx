import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api/problem';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import { formatDate } from '@/lib/format';
import { AidCommitmentForm } from './AidCommitmentForm';
import { commitment, page, sectors } from './fixtures';

const noop = () => {};
const organizations = [
  { id: 37, name: 'Plan International', type: 'INTERNATIONAL_NGO', countryCode: 'GB' },
  { id: 12, name: 'Hội Nông dân tỉnh Lào Cai', type: 'NATIONAL_NGO', countryCode: 'VN' },
  { id: 11, name: 'Huyện Bát Xát', type: 'LOCAL_GOVERNMENT', countryCode: 'VN' },
];

// Mantine keeps every dropdown mounted but out of the accessibility tree under jsdom: look in the one the box controls.
const listOf = async (box: HTMLElement) =>
  waitFor(() => {
    const found = document.getElementById(box.getAttribute('aria-controls') ?? '');
    if (!found) throw new Error('dropdown not open');
    return found;
  });
// One change per value rather than one per character: Mantine re-renders the whole form on each.
const fill = async (box: HTMLElement, text: string) => {
  await userEvent.click(box);
  await userEvent.paste(text);
};
const pick = async (label: string | RegExp, name: string, typed?: string) => {
  const box = screen.getByRole('combobox', { name: label });
  if (typed) await fill(box, typed);
  else await userEvent.click(box);
  await userEvent.click(await within(await listOf(box)).findByRole('option', { name, hidden: true }));
};

describe('AidCommitmentForm', () => {
  const orgQueries: URL[] = [];
  beforeEach(() => {
    orgQueries.length = 0;
    server.use(
      sectors,
      http.get('*/api/v1/organizations', ({ request }) => {
        const url = new URL(request.url);
        orgQueries.push(url);
        const type = url.searchParams.get('type');
        const country = url.searchParams.get('countryCode');
        return HttpResponse.json(page(organizations.filter((o) => (!type || o.type === type) && (!country || o.countryCode === country))));
      }),
      http.get('*/api/v1/partnerships', () => HttpResponse.json(page([]))),
    );
  });

  it('refuses to submit without the required fields', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<AidCommitmentForm saving={false} error={null} onSubmit={onSubmit} onCancel={noop} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Lưu' }));
    // Title, donor, beneficiary, kind, sector, amount and commitment date (status and currency have defaults).
    expect(await screen.findAllByText('Bắt buộc nhập')).toHaveLength(7);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('holds the amount to the currency’s decimals', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<AidCommitmentForm initial={commitment} saving={false} error={null} onSubmit={onSubmit} onCancel={noop} />);
    const amount = await screen.findByRole('textbox', { name: 'Số tiền' });
    expect(amount).toHaveValue('250000');
    await userEvent.clear(amount);
    await fill(amount, '1.500,255');
    expect(screen.getByText('USD: tối đa 2 chữ số thập phân')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('USD chỉ có tối đa 2 chữ số thập phân')).toBeInTheDocument();

    await pick('Loại tiền', 'VND');
    await userEvent.clear(amount);
    await fill(amount, '1.500,5');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('VND không có phần thập phân')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  }, 90_000);

  it('offers donors and Vietnamese localities only, and sends amounts as decimal strings', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<AidCommitmentForm saving={false} error={null} onSubmit={onSubmit} onCancel={noop} />);
    await fill(await screen.findByRole('textbox', { name: /Tên dự án/ }), 'Cấp nước sạch Y Tý');

    const donor = screen.getByRole('combobox', { name: /^Nhà tài trợ/ });
    await userEvent.click(donor);
    const donors = await listOf(donor);
    await within(donors).findByRole('option', { name: 'Plan International (GB)', hidden: true });
    // A Vietnamese association is no donor.
    expect(within(donors).queryByRole('option', { name: /Hội Nông dân/, hidden: true })).not.toBeInTheDocument();
    await userEvent.click(within(donors).getByRole('option', { name: 'Plan International (GB)', hidden: true }));

    await pick(/^Địa phương thụ hưởng/, 'Huyện Bát Xát (VN)', 'bat xat');
    expect(orgQueries.some((u) => u.searchParams.get('type') === 'LOCAL_GOVERNMENT' && u.searchParams.get('countryCode') === 'VN')).toBe(true);
    await pick(/^Loại viện trợ/, 'Dự án');
    await pick(/^Lĩnh vực/, 'Nước sạch, vệ sinh môi trường (DAC 14030)');
    await pick('Loại tiền', 'USD');
    await fill(screen.getByRole('textbox', { name: 'Số tiền' }), '2.000.000,50');
    await fill(screen.getByRole('textbox', { name: /^Số tiền đối ứng/ }), '500.000.000');

    const now = new Date();
    const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-15`;
    await userEvent.click(screen.getByRole('button', { name: /^Ngày cam kết/ }));
    await userEvent.click(await screen.findByRole('button', { name: formatDate(day, 'vi'), hidden: true }));

    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({
      title: 'Cấp nước sạch Y Tý',
      ngoId: 37,
      donorCountryCode: undefined,
      kind: 'PROJECT',
      sector: 'WATER_SANITATION',
      beneficiaryOrganizationId: 11,
      partnershipId: undefined,
      committed: { amount: '2000000.5', currency: 'USD' },
      commitmentDate: day,
      startDate: undefined,
      endDate: undefined,
      status: 'PIPELINE',
      approvalDecisionNo: undefined,
      approvalDate: undefined,
      counterpartFunding: { amount: '500000000', currency: 'VND' },
      description: undefined,
    });
  }, 90_000);

  it('puts the server’s field errors next to their fields', async () => {
    const error = new ApiError({
      status: 400,
      errors: [
        { field: 'ngoId', message: 'must be a foreign NGO or donor' },
        { field: 'committed.amount', message: 'VND has no minor unit' },
      ],
    });
    renderWithProviders(<AidCommitmentForm initial={commitment} saving={false} error={error} onSubmit={noop} onCancel={noop} />);
    expect(await screen.findByText('must be a foreign NGO or donor')).toBeInTheDocument();
    expect(screen.getByText('VND has no minor unit')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Dữ liệu chưa hợp lệ');
  });
});
