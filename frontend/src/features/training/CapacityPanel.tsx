import { Card, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import { useParticipants, type Course } from './api';

/** Seats taken out of the capacity, and the waitlist in its order. */
export const CapacityPanel = ({ course: c }: { course: Course }) => {
  const { t, i18n } = useTranslation('training');
  const lng = i18n.language;
  const participants = useParticipants(c.id ?? 0);
  const registered = c.registeredCount ?? 0;
  const capacity = c.capacity ?? 0;
  const waitlist = (participants.data ?? []).filter((p) => p.status === 'WAITLISTED').sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={4}>{t('capacity.title')}</Title>
          <Text fw={600} data-testid="capacity-summary">
            {t('capacity.summary', { registered: formatNumber(registered, lng), capacity: formatNumber(capacity, lng) })}
          </Text>
        </Group>
        <Progress
          size="xl"
          value={capacity ? Math.min(100, (100 * registered) / capacity) : 0}
          color={registered >= capacity ? 'orange' : 'blue'}
          aria-label={t('capacity.title')}
        />
        <Text size="sm" c="dimmed">
          {registered >= capacity ? t('capacity.full') : t('capacity.left', { count: c.seatsLeft ?? 0 })}
        </Text>
        <Text fw={600} size="sm">
          {t('capacity.waitlist', { count: c.waitlistCount ?? 0 })}
        </Text>
        {waitlist.length > 0 && (
          <List type="ordered" size="sm" data-testid="waitlist">
            {waitlist.map((p) => (
              <List.Item key={p.id}>
                {p.fullName} — {p.organizationName}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
};
