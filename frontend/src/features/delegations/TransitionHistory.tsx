import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/States';
import { StepsTable } from '@/components/StepsTable';
import { useTransitions } from './api';
import { StatusBadge } from './Badges';

export const TransitionHistory = ({ id }: { id: number }) => {
  const { t } = useTranslation(['delegations', 'common']);
  const history = useTransitions(id);
  if (history.isPending) return <LoadingState />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  return (
    <StepsTable
      steps={history.data}
      stepLabel={t('history.change')}
      noteLabel={t('fields.note')}
      testId="transition-history"
      renderStep={(h) => (
        <>
          {h.from && (
            <>
              <StatusBadge status={h.from} /> →{' '}
            </>
          )}
          <StatusBadge status={h.to} />
        </>
      )}
    />
  );
};
