import FullCalendar from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import enGb from '@fullcalendar/react/locales/en-gb';
import vi from '@fullcalendar/react/locales/vi';
import classicThemePlugin from '@fullcalendar/react/themes/classic';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import { Box, ColorSwatch, Group, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/States';
import { useDelegationsBetween } from './api';
import { CALENDAR_COLORS, toEvents } from './calendarEvents';
import { addDays, localIso, monthOf } from '@/lib/dates';
import { DIRECTIONS, type DelegationSearch } from './search';

type Props = { search: DelegationSearch; onSearchChange: (next: DelegationSearch) => void };

/** A month of delegations; the month shown is kept in the URL. Default export for React.lazy. */
const DelegationCalendar = ({ search, onSearchChange }: Props) => {
  const { t, i18n } = useTranslation('delegations');
  const navigate = useNavigate();
  // The grid shows the days of the neighbouring months too: fetch what overlaps all visible days.
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const list = useDelegationsBetween(search, range?.from ?? '', range?.to ?? '', range !== null);

  return (
    <Box data-testid="delegation-calendar">
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      <FullCalendar
        plugins={[dayGridPlugin, classicThemePlugin]}
        initialView="dayGridMonth"
        initialDate={`${search.month ?? monthOf(new Date())}-01`}
        locale={i18n.language === 'en' ? enGb : vi}
        headerToolbar={{ start: 'prev,next today', center: 'title', end: '' }}
        height="auto"
        // Every delegation stays visible: a busy week grows taller instead of hiding visits behind "+n".
        dayMaxEvents={false}
        events={toEvents(list.data?.items)}
        datesSet={({ start, end, view }) => {
          setRange({ from: localIso(start), to: addDays(localIso(end), -1) });
          const month = monthOf(view.currentStart);
          if (month !== (search.month ?? monthOf(new Date()))) onSearchChange({ ...search, month });
        }}
        eventClick={({ event, jsEvent }) => {
          // The event is a real link (open in a new tab works); a plain click stays in the app.
          jsEvent.preventDefault();
          void navigate({ to: '/delegations/$id', params: { id: Number(event.id) } });
        }}
      />
      <Group gap="lg" mt="sm">
        {DIRECTIONS.map((d) => (
          <Group key={d} gap={6}>
            <ColorSwatch size={14} color={CALENDAR_COLORS[d]} />
            <Text size="sm">{t(`directions.${d}`)}</Text>
          </Group>
        ))}
        <Text size="sm" c="dimmed">
          {t('calendarHint')}
        </Text>
      </Group>
    </Box>
  );
};

export default DelegationCalendar;
