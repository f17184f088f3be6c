import FullCalendar from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import enGb from '@fullcalendar/react/locales/en-gb';
import vi from '@fullcalendar/react/locales/vi';
import classicThemePlugin from '@fullcalendar/react/themes/classic';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import { Box } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/States';
import { useCoursesBetween } from './api';
import { addDays, localIso, monthOf } from '@/lib/dates';
import type { TrainingSearch } from './search';

type Props = { search: TrainingSearch; onSearchChange: (next: TrainingSearch) => void };

const COLORS = { PLANNED: 'gray', OPEN: 'blue', IN_PROGRESS: 'orange', COMPLETED: 'green', CANCELLED: 'red' } as const;

/** A month of courses (cancelled ones left out); the month shown is kept in the URL. Default export for React.lazy. */
const TrainingCalendar = ({ search, onSearchChange }: Props) => {
  const { i18n } = useTranslation('training');
  const navigate = useNavigate();
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const list = useCoursesBetween(search, range?.from ?? '', range?.to ?? '', range !== null);
  const events = (list.data?.items ?? [])
    .filter((c) => c.status !== 'CANCELLED' && c.startDate && c.endDate)
    .map((c) => ({
      id: String(c.id),
      title: c.title ?? '',
      start: c.startDate,
      // The calendar's end is exclusive; the API's end date is the last day.
      end: addDays(c.endDate as string, 1),
      allDay: true,
      url: `/training/${c.id}`,
      color: `var(--mantine-color-${COLORS[c.status ?? 'PLANNED']}-6)`,
    }));
  return (
    <Box data-testid="training-calendar">
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      <FullCalendar
        plugins={[dayGridPlugin, classicThemePlugin]}
        initialView="dayGridMonth"
        initialDate={`${search.month ?? monthOf(new Date())}-01`}
        locale={i18n.language === 'en' ? enGb : vi}
        headerToolbar={{ start: 'prev,next today', center: 'title', end: '' }}
        height="auto"
        dayMaxEvents={false}
        events={events}
        datesSet={({ start, end, view }) => {
          setRange({ from: localIso(start), to: addDays(localIso(end), -1) });
          const month = monthOf(view.currentStart);
          if (month !== (search.month ?? monthOf(new Date()))) onSearchChange({ ...search, month });
        }}
        eventClick={({ event, jsEvent }) => {
          jsEvent.preventDefault();
          void navigate({ to: '/training/$id', params: { id: Number(event.id) } });
        }}
      />
    </Box>
  );
};

export default TrainingCalendar;
