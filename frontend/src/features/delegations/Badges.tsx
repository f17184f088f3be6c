import { Badge } from '@mantine/core';
import { IconPlaneArrival, IconPlaneDeparture } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DelegationStatus, Direction } from './search';

const STATUS_COLORS: Record<DelegationStatus, string> = { PROPOSED: 'blue', APPROVED: 'green', COMPLETED: 'gray', CANCELLED: 'red' };
const DIRECTION_COLORS: Record<Direction, string> = { INCOMING: 'indigo', OUTGOING: 'teal' };

export const StatusBadge = ({ status }: { status: DelegationStatus | undefined }) => {
  const { t } = useTranslation('delegations');
  if (!status) return null;
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" tt="none" style={{ flexShrink: 0 }}>
      {t(`statuses.${status}`)}
    </Badge>
  );
};

export const DirectionBadge = ({ direction }: { direction: Direction | undefined }) => {
  const { t } = useTranslation('delegations');
  if (!direction) return null;
  const Icon = direction === 'INCOMING' ? IconPlaneArrival : IconPlaneDeparture;
  return (
    <Badge color={DIRECTION_COLORS[direction]} variant="outline" tt="none" leftSection={<Icon size={12} />} style={{ flexShrink: 0 }}>
      {t(`directions.${direction}`)}
    </Badge>
  );
};
