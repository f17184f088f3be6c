import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBan, IconCheck, IconFlag } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { isApiError } from '@/lib/api/problem';
import { useTransition, type Delegation, type TransitionRequest } from './api';
import type { DelegationStatus } from './search';

const LOOK: Partial<Record<DelegationStatus, { color: string; icon: React.ReactNode }>> = {
  APPROVED: { color: 'green', icon: <IconCheck size={16} /> },
  COMPLETED: { color: 'indigo', icon: <IconFlag size={16} /> },
  CANCELLED: { color: 'red', icon: <IconBan size={16} /> },
};

type Props = { delegation: Delegation; onReload: () => void };

/** One button per move the API says the caller may make now (`allowedTransitions`); each asks what that move needs. */
export const WorkflowActions = ({ delegation, onReload }: Props) => {
  const { t } = useTranslation('delegations');
  const [target, setTarget] = useState<DelegationStatus | null>(null);
  const transition = useTransition(delegation.id ?? 0);
  const close = () => {
    setTarget(null);
    transition.reset();
  };
  return (
    <>
      {(delegation.allowedTransitions ?? []).map((to) => (
        <Button key={to} color={LOOK[to]?.color} variant={to === 'CANCELLED' ? 'light' : 'filled'} leftSection={LOOK[to]?.icon} onClick={() => setTarget(to)}>
          {t(`transitions.${to}`)}
        </Button>
      ))}
      <Modal opened={target !== null} onClose={close} title={target ? t(`transitions.${target}`) : ''} centered size="lg">
        {target && (
          <TransitionForm
            key={target}
            to={target}
            delegation={delegation}
            saving={transition.isPending}
            error={transition.error}
            onCancel={close}
            onReload={() => {
              close();
              onReload();
            }}
            onSubmit={(body) =>
              transition.mutate(
                { body, version: delegation.version ?? 0 },
                {
                  onSuccess: () => {
                    notifications.show({ color: 'green', message: t(`transitionDone.${target}`) });
                    close();
                  },
                },
              )
            }
          />
        )}
      </Modal>
    </>
  );
};

type FormProps = {
  to: DelegationStatus;
  delegation: Delegation;
  saving: boolean;
  error: unknown;
  onSubmit: (body: TransitionRequest) => void;
  onCancel: () => void;
  onReload: () => void;
};

const TransitionForm = ({ to, delegation, saving, error, onSubmit, onCancel, onReload }: FormProps) => {
  const { t } = useTranslation(['delegations', 'common']);
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState(delegation.outcome ?? '');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const text = to === 'COMPLETED' ? outcome : to === 'CANCELLED' ? reason : null;
  // Approval is refused (409) while nobody leads the delegation: say that, not the generic conflict.
  const needsHead = isApiError(error) && error.status === 409 && to === 'APPROVED' && !delegation.headName;

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (text !== null && !text.trim()) return setMissing(true);
        onSubmit({
          to,
          note: note.trim() || undefined,
          outcome: to === 'COMPLETED' ? outcome.trim() : undefined,
          reason: to === 'CANCELLED' ? reason.trim() : undefined,
        });
      }}
    >
      <Stack>
        <Text size="sm">{t(`transitionAsk.${to}`, { title: delegation.title })}</Text>
        {needsHead ? (
          <Alert color="orange" role="alert" title={t('needsHead.title')}>
            {t('needsHead.message')}
          </Alert>
        ) : (
          <ProblemAlert error={error} onReload={onReload} />
        )}
        {to === 'COMPLETED' && (
          <Textarea
            label={t('fields.outcome')}
            description={t('outcomeHint')}
            required
            autosize
            minRows={4}
            value={outcome}
            error={missing && !outcome.trim() ? t('common:validation.required') : undefined}
            onChange={(e) => setOutcome(e.currentTarget.value)}
          />
        )}
        {to === 'CANCELLED' && (
          <Textarea
            label={t('fields.cancellationReason')}
            required
            autosize
            minRows={2}
            value={reason}
            error={missing && !reason.trim() ? t('common:validation.required') : undefined}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
        )}
        <Textarea label={t('fields.note')} autosize minRows={1} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.close')}
          </Button>
          <Button type="submit" color={LOOK[to]?.color} loading={saving}>
            {t(`transitions.${to}`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
