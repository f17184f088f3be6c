import { http, HttpResponse } from 'msw';
import type { AidCommitment, AidReport } from './api';

export const page = <T>(items: T[]) => ({ items, page: 0, size: 20, totalItems: items.length, totalPages: items.length ? 1 : 0 });

export const commitment: AidCommitment = {
  id: 106,
  title: 'Cấp nước sạch cho xã Y Tý, huyện Bát Xát',
  ngoId: 37,
  ngo: { id: 37, name: 'Plan International', type: 'INTERNATIONAL_NGO', countryCode: 'GB' },
  donorCountryCode: 'GB',
  kind: 'PROJECT',
  sector: 'WATER_SANITATION',
  sectorDacCode: '14030',
  beneficiaryOrganizationId: 11,
  beneficiary: { id: 11, name: 'Huyện Bát Xát', type: 'LOCAL_GOVERNMENT', countryCode: 'VN' },
  committed: { amount: '250000.00', currency: 'USD' },
  committedInBase: { amount: '5908250000', currency: 'VND' },
  commitmentDate: '2023-03-15',
  status: 'IMPLEMENTATION',
  approvalStatus: 'IMPLEMENTATION',
  allowedTransitions: [],
  alerts: [],
  approvalDecisionNo: '1234/QĐ-UBND',
  approvalDate: '2023-03-01',
  counterpartFunding: { amount: '500000000', currency: 'VND' },
  disbursedToDate: { amount: '100000.00', currency: 'USD' },
  disbursementRate: '0.4000',
  overDisbursed: false,
  disbursementCount: 1,
  unconvertedDisbursements: [],
  version: 3,
};

export const report: AidReport = {
  groupBy: 'status',
  currency: 'VND',
  baseCurrency: 'VND',
  filters: [],
  rows: [],
  totals: {
    projects: 2,
    committed: { amount: '8908250000', currency: 'VND' },
    disbursed: { amount: '2363300000', currency: 'VND' },
    byCurrency: [
      { currency: 'USD', projects: 1, committed: { amount: '250000.00', currency: 'USD' }, disbursed: { amount: '100000.00', currency: 'USD' } },
      { currency: 'VND', projects: 1, committed: { amount: '3000000000', currency: 'VND' } },
    ],
    counterpartFunding: [{ amount: '500000000', currency: 'VND' }],
  },
  ratesUsed: [{ currency: 'USD', date: '2023-03-01', rate: '23633', source: 'Vietcombank' }],
  unconverted: [],
  unconvertedCount: 0,
};

/** The API's sector codelist, as GET /api/v1/aid-sectors answers it. */
export const sectors = http.get('*/api/v1/aid-sectors', () =>
  HttpResponse.json([
    { code: 'EDUCATION', dacCode: '11110', label: 'Education' },
    { code: 'HEALTH', dacCode: '12110', label: 'Health' },
    { code: 'WATER_SANITATION', dacCode: '14030', label: 'Water supply and sanitation' },
  ]),
);
