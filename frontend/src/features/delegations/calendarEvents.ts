import { darker } from '@/lib/colors';
import type { EventInput } from '@fullcalendar/react';
import type { Delegation } from './api';
import { addDays } from '@/lib/dates';

// Mantine's palette, so that the calendar matches the direction badges.
export const CALENDAR_COLORS = { INCOMING: darker('indigo'), OUTGOING: darker('teal') } as const;

/** All-day events over each visit; the calendar's end is exclusive, the API's end date is the last day. Cancelled visits are left out. */
export const toEvents = (items: Delegation[] | undefined): EventInput[] =>
  (items ?? [])
    .filter((d) => d.status !== 'CANCELLED' && d.startDate && d.endDate)
    .map((d) => ({
      id: String(d.id),
      title: d.title ?? '',
      start: d.startDate,
      end: addDays(d.endDate as string, 1),
      allDay: true,
      url: `/delegations/${d.id}`,
      color: CALENDAR_COLORS[d.direction ?? 'INCOMING'],
    }));
