import { z } from 'zod';
import { listFields, dateRangeFields, calendarFields, optionalEnum } from '@/lib/listSearch';
import type { Schemas } from '@/lib/api/client';
import { attendanceStatusValues, courseStatusValues, genderValues, trainingTopicValues } from '@/lib/api/schema';
import { enumValues } from '@/lib/api/enums';

export type TrainingTopic = Schemas['TrainingTopic'];
export type CourseStatus = Schemas['CourseStatus'];
export type ParticipantStatus = Schemas['ParticipantStatus'];
export type AttendanceStatus = Schemas['AttendanceStatus'];
export type Gender = Schemas['Gender'];

export const TOPICS = enumValues(trainingTopicValues);
export const STATUSES = enumValues(courseStatusValues);
export const MARKS = enumValues(attendanceStatusValues);
export const GENDERS = enumValues(genderValues);

/** The API refuses changes once a course is completed or cancelled (409). */
export const isClosed = (status: CourseStatus | undefined) => status === 'COMPLETED' || status === 'CANCELLED';

export const SORTABLE = ['startDate', 'endDate', 'title', 'status', 'topic', 'capacity', 'registrationDeadline', 'createdAt', 'updatedAt'] as const;

/** The list's state in the URL (bookmarkable); bad values are dropped. */
export const trainingSearchSchema = z.object({
  ...listFields(SORTABLE),
  topic: optionalEnum(TOPICS),
  status: optionalEnum(STATUSES),
  hasSeats: z.boolean().optional().catch(undefined),
  ...dateRangeFields,
  ...calendarFields,
});

export type TrainingSearch = z.infer<typeof trainingSearchSchema>;

/** The filters the list and the calendar share. */
export const sharedFilters = (s: TrainingSearch) => ({
  q: s.q || undefined,
  topic: s.topic,
  status: s.status,
  hasSeats: s.hasSeats,
});

/** The detail page's tabs, kept in the URL so that a reload stays on the same tab. */
export const TABS = ['overview', 'participants', 'sessions', 'attendance', 'completion', 'history'] as const;
export type Tab = (typeof TABS)[number];
export const detailSearchSchema = z.object({ tab: optionalEnum(TABS) });
