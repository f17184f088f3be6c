import { Alert, Button, FileInput, Group, Modal, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBan, IconCheck, IconFlag } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { isApiError } from '@/lib/api/problem';
import { DateField } from '@/components/DateField';
import { localIso } from '@/lib/dates';
import { formatDate } from '@/lib/format';
import { useDelegationRules, useTransition, type Delegation, type TransitionRequest } from './api';
import type { ApprovingAuthority, DelegationStatus } from './search';

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
            onSubmit={(body, paper) =>
              transition.mutate(
                { body, version: delegation.version ?? 0, paper },
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
  onSubmit: (body: TransitionRequest, paper?: { file: File; kind: 'DECISION' | 'REPORT'; title: string }) => void;
  onCancel: () => void;
  onReload: () => void;
};

const TransitionForm = ({ to, delegation, saving, error, onSubmit, onCancel, onReload }: FormProps) => {
  const { t, i18n } = useTranslation(['delegations', 'common']);
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState(delegation.outcome ?? '');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [decisionNumber, setDecisionNumber] = useState('');
  const [decisionDate, setDecisionDate] = useState<string | null>(null);
  const [authority, setAuthority] = useState<ApprovingAuthority | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const rules = useDelegationRules(to === 'APPROVED');
  // The report may be a file instead of text; the decision's number and date go together.
  const text = to === 'COMPLETED' ? (file ? 'file' : outcome) : to === 'CANCELLED' ? reason : null;
  const decisionHalf = to === 'APPROVED' && !!decisionNumber.trim() !== !!decisionDate;
  const serverErrors = isApiError(error) ? error.fieldErrors : {};
  // The API completes a delegation only once it has ended (409 delegation-not-ended): say so before trying.
  const notEnded = to === 'COMPLETED' && !!delegation.endDate && localIso(new Date()) < delegation.endDate;
  // Approval is refused (409) while nobody leads the delegation: say that, not the generic conflict.
  const needsHead = isApiError(error) && error.status === 409 && to === 'APPROVED' && !delegation.headName;

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if ((text !== null && !text.trim()) || decisionHalf) return setMissing(true);
        const approving = to === 'APPROVED';
        onSubmit(
          {
            to,
            note: note.trim() || undefined,
            outcome: to === 'COMPLETED' ? outcome.trim() || undefined : undefined,
            reason: to === 'CANCELLED' ? reason.trim() : undefined,
            decisionNumber: approving ? decisionNumber.trim() || undefined : undefined,
            decisionDate: approving ? (decisionDate ?? undefined) : undefined,
            approvingAuthority: approving ? (authority ?? undefined) : undefined,
          },
          file && (approving || to === 'COMPLETED')
            ? {
                file,
                kind: approving ? 'DECISION' : 'REPORT',
                title: approving ? t('decisionPaperTitle', { number: decisionNumber.trim() }) : t('reportPaperTitle'),
              }
            : undefined,
        );
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
        {to === 'APPROVED' && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('fields.decisionNumber')}
              placeholder="2815/QĐ-UBND"
              value={decisionNumber}
              error={(missing && decisionHalf && !decisionNumber.trim() ? t('validation.decisionBoth') : undefined) ?? serverErrors.decisionNumber}
              onChange={(e) => setDecisionNumber(e.currentTarget.value)}
            />
            <DateField
              label={t('fields.decisionDate')}
              maxDate={localIso(new Date())}
              value={decisionDate}
              error={(missing && decisionHalf && !decisionDate ? t('validation.decisionBoth') : undefined) ?? serverErrors.decisionDate}
              onChange={setDecisionDate}
            />
            <Select
              label={t('fields.approvingAuthority')}
              clearable
              data={(rules.data?.approvingAuthorities ?? []).map((value) => ({ value, label: t(`authorities.${value}`) }))}
              value={authority}
              error={serverErrors.approvingAuthority}
              onChange={(value) => setAuthority(value as ApprovingAuthority | null)}
            />
            <FileInput label={t('fields.decisionFile')} clearable value={file} onChange={setFile} />
          </SimpleGrid>
        )}
        {to === 'APPROVED' && !decisionNumber.trim() && (
          <Text size="sm" c="orange.9">
            {t('decisionMissingHint')}
          </Text>
        )}
        {notEnded && (
          <Alert color="orange" role="alert" title={t('notEnded.title')}>
            {t('notEnded.message', { date: formatDate(delegation.endDate ?? '', i18n.language) })}
          </Alert>
        )}
        {to === 'COMPLETED' && (
          <>
            <Textarea
              label={t('fields.outcome')}
              description={t('outcomeHint')}
              autosize
              minRows={4}
              value={outcome}
              error={(missing && !text?.trim() ? t('validation.reportNeeded') : undefined) ?? serverErrors.outcome}
              onChange={(e) => setOutcome(e.currentTarget.value)}
            />
            <FileInput label={t('fields.reportFile')} description={t('reportFileHint')} clearable value={file} onChange={setFile} />
          </>
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
          <Button type="submit" color={LOOK[to]?.color} loading={saving} disabled={notEnded}>
            {t(`transitions.${to}`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
