import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CourseStatus, ParticipantStatus } from './search';

const COURSE_COLORS: Record<CourseStatus, string> = { PLANNED: 'gray', OPEN: 'blue', IN_PROGRESS: 'orange', COMPLETED: 'green', CANCELLED: 'red' };
const PARTICIPANT_COLORS: Record<ParticipantStatus, string> = { REGISTERED: 'blue', WAITLISTED: 'yellow', CANCELLED: 'gray', COMPLETED: 'green' };

export const CourseStatusBadge = ({ status }: { status?: CourseStatus }) => {
  const { t } = useTranslation('training');
  if (!status) return null;
  return (
    <Badge color={COURSE_COLORS[status]} variant="light">
      {t(`statuses.${status}`)}
    </Badge>
  );
};

export const ParticipantStatusBadge = ({ status, position }: { status?: ParticipantStatus; position?: number }) => {
  const { t } = useTranslation('training');
  if (!status) return null;
  return (
    <Badge color={PARTICIPANT_COLORS[status]} variant="light">
      {status === 'WAITLISTED' && position ? t('participants.waitlistedAt', { position }) : t(`participantStatuses.${status}`)}
    </Badge>
  );
};
