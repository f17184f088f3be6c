import FullCalendar from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import enGb from '@fullcalendar/react/locales/en-gb';
import vi from '@fullcalendar/react/locales/vi';
import classicThemePlugin from '@fullcalendar/react/themes/classic';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import { Box } from '@mantine/core';
import { useState, type ComponentProps, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, localIso, monthOf } from '@/lib/dates';
import { ErrorState } from './States';

export type Range = { from: string; to: string };
type Events = ComponentProps<typeof FullCalendar>['events'];

type Props = {
  /** The month shown (yyyy-MM), kept in the address; today's month when absent. */
  month: string | undefined;
  onMonth: (month: string) => void;
  /** Fetches what overlaps the days on screen (null until the grid is laid out). */
  useEvents: (range: Range | null) => { events: Events; error: unknown; refetch: () => unknown };
  /** Opens a record; the event's link still works with "open in a new tab". */
  onOpen: (id: number) => void;
  testId: string;
  children?: ReactNode;
};

/** A month grid of records with dates; the month shown is kept in the address. */
export const MonthCalendar = ({ month, onMonth, useEvents, onOpen, testId, children }: Props) => {
  const { i18n } = useTranslation();
  // The grid shows the days of the neighbouring months too: fetch what overlaps all visible days.
  const [range, setRange] = useState<Range | null>(null);
  const { events, error, refetch } = useEvents(range);
  const current = month ?? monthOf(new Date());
  return (
    <Box data-testid={testId}>
      {!!error && <ErrorState error={error} onRetry={() => void refetch()} />}
      <FullCalendar
        plugins={[dayGridPlugin, classicThemePlugin]}
        initialView="dayGridMonth"
        // Days of the next and previous months are left blank: drawn faded, their numbers fail the contrast check.
        showNonCurrentDates={false}
        initialDate={`${current}-01`}
        locale={i18n.language === 'en' ? enGb : vi}
        headerToolbar={{ start: 'prev,next today', center: 'title', end: '' }}
        height="auto"
        // Every record stays visible: a busy week grows taller instead of hiding some behind "+n".
        dayMaxEvents={false}
        events={events}
        datesSet={({ start, end, view }) => {
          setRange({ from: localIso(start), to: addDays(localIso(end), -1) });
          const shown = monthOf(view.currentStart);
          if (shown !== current) onMonth(shown);
        }}
        eventClick={({ event, jsEvent }) => {
          jsEvent.preventDefault();
          onOpen(Number(event.id));
        }}
      />
      {children}
    </Box>
  );
};
