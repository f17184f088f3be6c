import { ColorSwatch, Group, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { MonthCalendar, type Range } from '@/components/MonthCalendar';
import { useDelegationsBetween } from './api';
import { CALENDAR_COLORS, toEvents } from './calendarEvents';
import { DIRECTIONS, type DelegationSearch } from './search';

type Props = { search: DelegationSearch; onSearchChange: (next: DelegationSearch) => void };

/** A month of delegations; the month shown is kept in the URL. Default export for React.lazy. */
const DelegationCalendar = ({ search, onSearchChange }: Props) => {
  const { t } = useTranslation('delegations');
  const navigate = useNavigate();
  const useEvents = (range: Range | null) => {
    const list = useDelegationsBetween(search, range?.from ?? '', range?.to ?? '', range !== null);
    return { events: toEvents(list.data?.items), error: list.error, refetch: list.refetch };
  };
  return (
    <MonthCalendar
      month={search.month}
      onMonth={(month) => onSearchChange({ ...search, month })}
      useEvents={useEvents}
      onOpen={(id) => void navigate({ to: '/delegations/$id', params: { id } })}
      testId="delegation-calendar"
    >
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
    </MonthCalendar>
  );
};

export default DelegationCalendar;
