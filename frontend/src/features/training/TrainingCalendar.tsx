import { darker } from '@/lib/colors';
import { useNavigate } from '@tanstack/react-router';
import { MonthCalendar, type Range } from '@/components/MonthCalendar';
import { addDays } from '@/lib/dates';
import { useCoursesBetween, type Course } from './api';
import type { TrainingSearch } from './search';

type Props = { search: TrainingSearch; onSearchChange: (next: TrainingSearch) => void };

const COLORS = { PLANNED: 'gray', OPEN: 'blue', IN_PROGRESS: 'orange', COMPLETED: 'green', CANCELLED: 'red' } as const;

/** A month of courses (cancelled ones left out); the month shown is kept in the URL. Default export for React.lazy. */
const TrainingCalendar = ({ search, onSearchChange }: Props) => {
  const navigate = useNavigate();
  const useEvents = (range: Range | null) => {
    const list = useCoursesBetween(search, range?.from ?? '', range?.to ?? '', range !== null);
    return { events: toEvents(list.data?.items ?? []), error: list.error, refetch: list.refetch };
  };
  return (
    <MonthCalendar
      month={search.month}
      onMonth={(month) => onSearchChange({ ...search, month })}
      useEvents={useEvents}
      onOpen={(id) => void navigate({ to: '/training/$id', params: { id } })}
      testId="training-calendar"
    />
  );
};

const toEvents = (courses: Course[]) =>
  courses
    .filter((c) => c.status !== 'CANCELLED' && c.startDate && c.endDate)
    .map((c) => ({
      id: String(c.id),
      title: c.title ?? '',
      start: c.startDate,
      // The calendar's end is exclusive; the API's end date is the last day.
      end: addDays(c.endDate as string, 1),
      allDay: true,
      url: `/training/${c.id}`,
      // White event text stays above 4.5:1 on every status colour.
      color: darker(COLORS[c.status ?? 'PLANNED']),
    }));

export default TrainingCalendar;
