// Test data shaped like the API's answers.
import type { Delegation, Member } from './api';

export const delegation: Delegation = {
  id: 5,
  direction: 'OUTGOING',
  title: 'Đoàn tỉnh thăm Bolikhamxay',
  purpose: 'Trao đổi kinh nghiệm quản lý biên giới',
  status: 'PROPOSED',
  allowedTransitions: ['APPROVED', 'CANCELLED'],
  counterpartOrganizationId: 21,
  counterpart: { id: 21, name: 'Bolikhamxay Province', type: 'LOCAL_GOVERNMENT', countryCode: 'LA' },
  homeOrganizationId: 1,
  home: { id: 1, name: 'Ủy ban nhân dân tỉnh Hà Tĩnh', type: 'LOCAL_GOVERNMENT', countryCode: 'VN' },
  startDate: '2027-03-08',
  endDate: '2027-03-11',
  location: 'Paksan',
  countryCode: 'LA',
  pillar: 'STATE',
  level: 'PROVINCIAL',
  budget: { amount: '150000000', currency: 'VND' },
  headName: 'Nguyễn Văn An',
  memberCount: 3,
  createdBy: 'canbo',
  updatedBy: 'canbo',
  version: 4,
};

export const members: Member[] = [
  { id: 1, fullName: 'Nguyễn Văn An', position: 'Phó Chủ tịch UBND tỉnh', role: 'HEAD', nationality: 'VN' },
  { id: 2, fullName: 'Trần Thị Bình', position: 'Giám đốc Sở Ngoại vụ', role: 'DEPUTY', gender: 'FEMALE' },
  { id: 3, fullName: 'Lê Văn Cường', role: 'INTERPRETER' },
];

export const page = (items: object[], totalItems = items.length) => ({ items, page: 0, size: 20, totalItems, totalPages: Math.ceil(totalItems / 20) });

export const problem = (status: number, body: object = {}) =>
  new Response(JSON.stringify({ status, ...body }), { status, headers: { 'Content-Type': 'application/problem+json' } });
