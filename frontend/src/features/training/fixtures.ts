// Test data shaped like the API's answers.
import type { Course, Grid, Participant } from './api';

export const course: Course = {
  id: 7,
  title: 'Lớp tiếng Lào cho cán bộ, công chức',
  topic: 'FOREIGN_LANGUAGE',
  language: 'lo',
  status: 'OPEN',
  allowedTransitions: ['IN_PROGRESS', 'CANCELLED'],
  organizerOrganizationId: 3,
  organizer: { id: 3, name: 'Sở Ngoại vụ Hà Tĩnh', type: 'GOVERNMENT_AGENCY', countryCode: 'VN' },
  location: 'Trường Chính trị Trần Phú',
  startDate: '2027-03-01',
  endDate: '2027-03-05',
  capacity: 2,
  registeredCount: 2,
  waitlistCount: 1,
  sessionCount: 2,
  seatsLeft: 0,
  registrationDeadline: '2027-02-20',
  registrationOpen: true,
  completionThreshold: 80,
  version: 4,
};

export const participant = (id: number, fullName: string, status: Participant['status'], waitlistPosition?: number): Participant => ({
  id,
  courseId: 7,
  fullName,
  organizationName: 'Sở Ngoại vụ Hà Tĩnh',
  position: 'Chuyên viên',
  status,
  waitlistPosition,
  version: 0,
});

export const grid: Grid = {
  courseId: 7,
  completionThreshold: 80,
  sessions: [
    { id: 31, date: '2027-03-01', startTime: '08:00', title: 'Bảng chữ cái', version: 2 },
    { id: 32, date: '2027-03-02', startTime: '08:00', title: 'Chào hỏi', version: 0 },
  ],
  rows: [
    {
      participantId: 11,
      fullName: 'Nguyễn Văn An',
      organizationName: 'Sở Ngoại vụ',
      status: 'REGISTERED',
      marks: [{ sessionId: 31, status: 'PRESENT' }],
      attended: 1,
      rate: 50,
      meetsThreshold: false,
    },
    {
      participantId: 12,
      fullName: 'Trần Thị Bình',
      organizationName: 'Sở Ngoại vụ',
      status: 'REGISTERED',
      marks: [],
      attended: 0,
      rate: 0,
      meetsThreshold: false,
    },
  ],
  averageRate: 25,
};

export const page = <T>(items: T[], totalItems = items.length) => ({ items, page: 0, size: 20, totalItems, totalPages: Math.ceil(totalItems / 20) });
