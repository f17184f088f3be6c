import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnershipStatus } from './search';

// Mantine lets a badge's text shrink to an ellipsis; in a table column it would, so the badge keeps its full width.
const COLORS: Record<PartnershipStatus, string> = { PLANNED: 'blue', ACTIVE: 'green', SUSPENDED: 'orange', ENDED: 'gray' };

export const StatusBadge = ({ status }: { status: PartnershipStatus | undefined }) => {
  const { t } = useTranslation('partnerships');
  if (!status) return null;
  return (
    <Badge color={COLORS[status]} variant="light" tt="none" miw="max-content">
      {t(`statuses.${status}`)}
    </Badge>
  );
};
