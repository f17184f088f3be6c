import { Alert, Stack } from '@mantine/core';
import { IconAlertTriangle, IconClockExclamation, IconFileAlert } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import type { Delegation } from './api';
import type { DelegationAlert } from './search';

const LOOK: Record<DelegationAlert, { color: string; icon: React.ReactNode }> = {
  REPORT_OVERDUE: { color: 'red', icon: <IconClockExclamation size={18} /> },
  REPORT_DUE_SOON: { color: 'orange', icon: <IconClockExclamation size={18} /> },
  DECISION_MISSING: { color: 'yellow', icon: <IconFileAlert size={18} /> },
  OUTSIDE_PLAN: { color: 'yellow', icon: <IconAlertTriangle size={18} /> },
};

/** What the API says the delegation needs now (its `alerts`), worded for the office. */
export const DelegationAlerts = ({ delegation }: { delegation: Delegation }) => {
  const { t, i18n } = useTranslation('delegations');
  const alerts = delegation.alerts ?? [];
  if (!alerts.length) return null;
  const due = formatDate(delegation.reportDueOn ?? '', i18n.language);
  return (
    <Stack gap="xs" data-no-print data-testid="delegation-alerts">
      {alerts.map((a) => (
        <Alert key={a} color={LOOK[a].color} icon={LOOK[a].icon} title={t(`alerts.${a}.title`)}>
          {t(`alerts.${a}.message`, { date: due })}
        </Alert>
      ))}
    </Stack>
  );
};
