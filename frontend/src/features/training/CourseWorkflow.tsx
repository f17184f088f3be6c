import { Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '@/components/ConfirmButton';
import { ErrorState, LoadingState } from '@/components/States';
import { StepsTable } from '@/components/StepsTable';
import { errorMessage } from '@/lib/errors';
import { useCourseTransition, useCourseTransitions, type Course } from './api';

/** One button per move the API allows now; completion has its own tab, which says who completed. */
export const CourseWorkflow = ({ course }: { course: Course }) => {
  const { t } = useTranslation(['training', 'common']);
  const move = useCourseTransition(course.id ?? 0);
  const moves = (course.allowedTransitions ?? []).filter((to) => to !== 'COMPLETED');
  return (
    <Group gap="xs">
      {moves.map((to) => (
        <ConfirmButton
          key={to}
          variant={to === 'CANCELLED' ? 'light' : 'filled'}
          color={to === 'CANCELLED' ? 'red' : 'blue'}
          loading={move.isPending && move.variables?.to === to}
          title={t(`actions.${to}`)}
          message={t(`confirmMove.${to}`, { title: course.title })}
          confirmLabel={t(`actions.${to}`)}
          onConfirm={() =>
            move.mutate(
              { to, version: course.version ?? 0 },
              {
                onSuccess: () => notifications.show({ color: 'green', message: t(`moved.${to}`) }),
                onError: (error) => notifications.show({ color: 'red', message: errorMessage(t, error) }),
              },
            )
          }
        >
          {t(`actions.${to}`)}
        </ConfirmButton>
      ))}
    </Group>
  );
};

export const CourseHistory = ({ id }: { id: number }) => {
  const { t } = useTranslation(['training', 'common']);
  const history = useCourseTransitions(id);
  if (history.isPending) return <LoadingState />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  return (
    <StepsTable
      steps={history.data}
      stepLabel={t('fields.status')}
      noteLabel={t('common:history.note')}
      testId="course-history"
      renderStep={(h) => t(`statuses.${h.to ?? 'PLANNED'}`)}
    />
  );
};
