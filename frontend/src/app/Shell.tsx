import { AppShell, Burger, Button, Group, NavLink, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconBuildingCommunity,
  IconCertificate,
  IconChartBar,
  IconConfetti,
  IconHeartHandshake,
  IconKey,
  IconLayoutDashboard,
  IconLicense,
  IconLogout,
  IconMapPin,
  IconPlaneDeparture,
  IconReportAnalytics,
  IconSchool,
  IconUserCircle,
  IconUsers,
  IconUsersGroup,
  IconWorld,
} from '@tabler/icons-react';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useRef } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { NotificationsMenu } from '@/features/notifications/NotificationsMenu';
import { session } from '@/lib/auth/session';
import { isAdmin, useMe } from '@/lib/auth/useMe';
import { usePageHeading } from './pageHeading';

const Item = ({ to, label, icon, active, onNavigate }: { to: string; label: string; icon: ReactNode; active: boolean; onNavigate: () => void }) => (
  <NavLink component={Link} to={to} label={label} leftSection={icon} active={active} onClick={onNavigate} />
);

export const Shell = () => {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const me = useMe();
  const path = useRouterState({ select: (s) => s.location.pathname });
  const main = useRef<HTMLElement>(null);
  usePageHeading(main, path, t('appName'));

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 280, breakpoint: 'md', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="md" size="sm" aria-label={t('nav.menu')} />
            <Title order={4}>{t('appName')}</Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            {me.data && <NotificationsMenu />}
            {me.data && (
              <Stack gap={0} visibleFrom="sm" data-testid="current-user">
                <Text size="sm" fw={600}>
                  {me.data.displayName ?? me.data.username}
                </Text>
                <Text size="xs" c="dimmed">
                  {me.data.role ? t(`roles.${me.data.role}`) : ''}
                  {me.data.scope ? ` · ${me.data.scope.name}` : ''}
                </Text>
              </Stack>
            )}
            <Button variant="subtle" size="xs" leftSection={<IconLogout size={16} />} onClick={() => session.set(null)}>
              {t('actions.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <ScrollArea>
          <nav aria-label={t('appName')}>
            <Item to="/" label={t('nav.dashboard')} icon={<IconLayoutDashboard size={18} />} active={path === '/'} onNavigate={close} />
            <Item
              to="/organizations"
              label={t('nav.organizations')}
              icon={<IconBuildingCommunity size={18} />}
              active={path.startsWith('/organizations')}
              onNavigate={close}
            />
            <Item
              to="/partnerships"
              label={t('nav.partnerships')}
              icon={<IconWorld size={18} />}
              active={path.startsWith('/partnerships')}
              onNavigate={close}
            />
            <Item
              to="/delegations"
              label={t('nav.delegations')}
              icon={<IconPlaneDeparture size={18} />}
              active={path.startsWith('/delegations')}
              onNavigate={close}
            />
            <Item to="/aid" label={t('nav.aid')} icon={<IconHeartHandshake size={18} />} active={path.startsWith('/aid')} onNavigate={close} />
            <Item
              to="/ngo-registrations"
              label={t('nav.registrations')}
              icon={<IconLicense size={18} />}
              active={path.startsWith('/ngo-registrations')}
              onNavigate={close}
            />
            <Item to="/activities" label={t('nav.activities')} icon={<IconConfetti size={18} />} active={path.startsWith('/activities')} onNavigate={close} />
            <Item to="/persons" label={t('nav.persons')} icon={<IconUsersGroup size={18} />} active={path.startsWith('/persons')} onNavigate={close} />
            <Item to="/stays" label={t('nav.stays')} icon={<IconSchool size={18} />} active={path.startsWith('/stays')} onNavigate={close} />
            <Item to="/training" label={t('nav.training')} icon={<IconCertificate size={18} />} active={path.startsWith('/training')} onNavigate={close} />
            <Item
              to="/reports/provinces"
              label={t('nav.provinces')}
              icon={<IconChartBar size={18} />}
              active={path.startsWith('/reports/provinces')}
              onNavigate={close}
            />
            <Item
              to="/reports/periodic"
              label={t('nav.periodic')}
              icon={<IconReportAnalytics size={18} />}
              active={path.startsWith('/reports/periodic')}
              onNavigate={close}
            />
            <Item
              to="/reports/ngo-registrations"
              label={t('nav.ngoPresence')}
              icon={<IconMapPin size={18} />}
              active={path.startsWith('/reports/ngo-registrations')}
              onNavigate={close}
            />
            {isAdmin(me.data?.role) && (
              <>
                <Text size="xs" c="dimmed" fw={700} tt="uppercase" mt="md" mb={4} px="sm">
                  {t('nav.administration')}
                </Text>
                <Item to="/admin/users" label={t('nav.users')} icon={<IconUsers size={18} />} active={path === '/admin/users'} onNavigate={close} />
                <Item to="/admin/api-keys" label={t('nav.apiKeys')} icon={<IconKey size={18} />} active={path === '/admin/api-keys'} onNavigate={close} />
              </>
            )}
            <Item to="/account" label={t('nav.account')} icon={<IconUserCircle size={18} />} active={path === '/account'} onNavigate={close} />
          </nav>
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main ref={main}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
};
