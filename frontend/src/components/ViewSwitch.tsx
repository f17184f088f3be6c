import { Group, SegmentedControl } from '@mantine/core';
import { IconCalendar, IconList } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Switches a list page between its table and its calendar. */
export const ViewSwitch = ({ calendar, onChange }: { calendar: boolean; onChange: (calendar: boolean) => void }) => {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      aria-label={t('view.label')}
      value={calendar ? 'calendar' : 'list'}
      onChange={(view) => onChange(view === 'calendar')}
      data={[
        {
          value: 'list',
          label: (
            <Group gap={6} wrap="nowrap">
              <IconList size={16} />
              {t('view.list')}
            </Group>
          ),
        },
        {
          value: 'calendar',
          label: (
            <Group gap={6} wrap="nowrap">
              <IconCalendar size={16} />
              {t('view.calendar')}
            </Group>
          ),
        },
      ]}
    />
  );
};
