import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/testing/render';
import { server } from '@/testing/server';
import type { Registration } from './api';
import { RegistrationForm } from './RegistrationForm';

const noop = () => {};
const existing: Registration = {
  id: 7,
  ngoId: 30,
  ngo: { id: 30, name: 'Oxfam', type: 'INTERNATIONAL_NGO', countryCode: 'GB' },
  homeOrganizationId: 2,
  home: { id: 2, name: 'Ủy ban nhân dân tỉnh Lào Cai', type: 'LOCAL_GOVERNMENT', countryCode: 'VN' },
  kind: 'OPERATION',
  number: '1875/GĐK-BNG',
  issuedBy: 'Bộ Ngoại giao',
  issuedOn: '2024-09-15',
  validUntil: '2027-09-14',
  daysToExpiry: 300,
  status: 'ACTIVE',
  permittedProvinceIds: [2],
  permittedProvinces: [{ id: 2, name: 'Ủy ban nhân dân tỉnh Lào Cai', type: 'LOCAL_GOVERNMENT', countryCode: 'VN' }],
  permittedFields: ['LIVELIHOODS'],
  representative: { name: 'Nguyễn Thị Thu Hà', nationality: 'VN' },
  version: 3,
};
const page = (items: unknown[]) => HttpResponse.json({ items, page: 0, size: 100, totalItems: items.length, totalPages: 1 });

describe('RegistrationForm', () => {
  beforeEach(() => {
    server.use(
      http.get('*/api/v1/organizations', () => page([existing.permittedProvinces?.[0]])),
      http.get('*/api/v1/ngo-registrations', () => page([])),
    );
  });

  it('sends the certificate as the API takes it', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(<RegistrationForm initial={existing} saving={false} error={null} onSubmit={onSubmit} onCancel={noop} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({
      ngoId: 30,
      homeOrganizationId: 2,
      kind: 'OPERATION',
      number: '1875/GĐK-BNG',
      issuedBy: 'Bộ Ngoại giao',
      issuedOn: '2024-09-15',
      validUntil: '2027-09-14',
      permittedProvinceIds: [2],
      permittedFields: ['LIVELIHOODS'],
      representative: { name: 'Nguyễn Thị Thu Hà', nationality: 'VN', contact: undefined },
      plan: undefined,
      renewsId: undefined,
      revokedOn: undefined,
      revocationReason: undefined,
      notes: undefined,
    });
  });

  it('refuses more than 3 years of validity and a revocation without a reason before sending', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(
      <RegistrationForm
        initial={{ ...existing, validUntil: '2027-09-16', revokedOn: '2025-01-01' }}
        saving={false}
        error={null}
        onSubmit={onSubmit}
        onCancel={noop}
      />,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Tối đa 3 năm kể từ ngày cấp: đến 15/09/2027')).toBeInTheDocument();
    expect(screen.getByText('Cần ghi lý do khi thu hồi')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
