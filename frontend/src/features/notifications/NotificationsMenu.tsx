import { ActionIcon, Badge, Button, Group, Indicator, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '@/lib/format';
import { targetOf, useMarkRead, useNotifications, type Notification } from './api';

/** The bell in the header: how many reminders are unread, and the list of them; opening one marks it read. */
export const NotificationsMenu = () => {
  const { t, i18n } = useTranslation('notifications');
  const lng = i18n.language;
  const [opened, setOpened] = useState(false);
  const navigate = useNavigate();
  const list = useNotifications();
  const mark = useMarkRead();
  const items = list.data?.items ?? [];
  const unread = list.data?.unread ?? 0;
  const when = (n: Notification) => {
    const days = n.days ?? 0;
    return days < 0 ? t('late', { count: -days }) : days === 0 ? t('today') : t('inDays', { count: days });
  };
  const open = (n: Notification) => {
    if (!n.read && n.key) mark.mutate([n.key]);
    const target = targetOf(n);
    setOpened(false);
    if (target) void navigate(target);
  };
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={380} shadow="md">
      <Popover.Target>
        <ActionIcon variant="subtle" size="lg" aria-label={t('button', { count: unread })} onClick={() => setOpened((o) => !o)}>
          <Indicator component="span" inline disabled={!unread} label={formatNumber(unread, lng)} size={16} color="red" offset={2}>
            <IconBell size={20} />
          </Indicator>
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Group justify="space-between" mb="xs">
          <Text fw={600}>{t('title')}</Text>
          {unread > 0 && (
            <Button
              size="compact-xs"
              variant="subtle"
              loading={mark.isPending}
              onClick={() => mark.mutate(items.filter((n) => !n.read).map((n) => n.key ?? ''))}
            >
              {t('markAll')}
            </Button>
          )}
        </Group>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {list.isError ? t('error') : t('none')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah={420}>
            <Stack gap={4} data-testid="notifications">
              {items.map((n) => (
                <UnstyledButton
                  key={n.key}
                  onClick={() => open(n)}
                  p={6}
                  style={{ borderRadius: 4, background: n.read ? undefined : 'var(--mantine-color-blue-light)' }}
                >
                  <Group gap={6} wrap="nowrap" justify="space-between">
                    <Text size="xs" c="dimmed">
                      {t(`types.${n.type ?? 'COURSE_STARTING'}`)}
                    </Text>
                    <Badge size="xs" variant="light" color={(n.days ?? 0) < 0 ? 'red' : 'yellow'} style={{ flexShrink: 0 }}>
                      {when(n)}
                    </Badge>
                  </Group>
                  <Text size="sm" fw={n.read ? 400 : 600} lineClamp={2}>
                    {n.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatDate(n.dueOn, lng)}
                  </Text>
                </UnstyledButton>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Popover.Dropdown>
    </Popover>
  );
};
