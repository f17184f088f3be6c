import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegistrationStatus } from './search';

const COLORS: Record<RegistrationStatus, string> = { ACTIVE: 'green', EXPIRED: 'gray', REVOKED: 'red', RENEWED: 'blue' };

export const StatusBadge = ({ status }: { status: RegistrationStatus | undefined }) => {
  const { t } = useTranslation('registrations');
  if (!status) return null;
  return (
    <Badge color={COLORS[status]} variant="light" tt="none" miw="max-content">
      {t(`statuses.${status}`)}
    </Badge>
  );
};

/** Days left of a certificate in force: red within 30 days, yellow within the reminder window. */
export const DaysLeft = ({ status, days, within }: { status: RegistrationStatus | undefined; days: number | undefined; within: number }) => {
  const { t } = useTranslation('registrations');
  if (status !== 'ACTIVE' || typeof days !== 'number' || days > within) return null;
  return (
    <Badge color={days <= 30 ? 'red' : 'yellow'} variant="light" tt="none" miw="max-content">
      {days === 0 ? t('expiresToday') : t('daysLeft', { count: days })}
    </Badge>
  );
};
