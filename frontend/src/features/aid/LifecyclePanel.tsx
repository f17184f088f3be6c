import { Alert, Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Stepper, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/DateField';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ErrorState, LoadingState } from '@/components/States';
import { StepsTable } from '@/components/StepsTable';
import { formatDate } from '@/lib/format';
import type { AidCommitment } from './api';
import { useAidTransition, useAidTransitions, type AidApprovalStatus, type AidTransitionRequest } from './lifecycleApi';

const PATH: AidApprovalStatus[] = ['DOSSIER_RECEIVED', 'OPINIONS_REQUESTED', 'APPRAISAL', 'APPROVED', 'IMPLEMENTATION', 'COMPLETED'];
const ENDS: Partial<Record<AidApprovalStatus, string>> = { REFUSED: 'red', REVOKED: 'red' };
const DECIDING: AidApprovalStatus[] = ['REFUSED', 'REVOKED'];

export const StepBadge = ({ step }: { step: AidApprovalStatus | undefined }) => {
  const { t } = useTranslation('aid');
  if (!step) return null;
  const color = ENDS[step] ?? (step === 'COMPLETED' ? 'green' : step === 'APPROVED' || step === 'IMPLEMENTATION' ? 'blue' : 'gray');
  return (
    <Badge color={color} variant="outline" tt="none" miw="max-content" styles={{ label: { overflow: 'visible' } }}>
      {t(`lifecycle.steps.${step}`)}
    </Badge>
  );
};

/** The aid's approval lifecycle: where it stands, what is overdue, the decision, the steps the caller may take, who did what. */
export const LifecyclePanel = ({ commitment: c }: { commitment: AidCommitment }) => {
  const { t, i18n } = useTranslation(['aid', 'common']);
  const lng = i18n.language;
  const [target, setTarget] = useState<AidApprovalStatus | null>(null);
  const step = c.approvalStatus ?? 'DOSSIER_RECEIVED';
  const reached = PATH.indexOf(step);
  const fact = (label: string, value: string | undefined | null) =>
    value ? (
      <div>
        <Text size="xs" c="dimmed">
          {label}
        </Text>
        <Text size="sm">{value}</Text>
      </div>
    ) : null;
  return (
    <Card withBorder component="section" aria-labelledby="lifecycle-title" data-testid="lifecycle">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} id="lifecycle-title">
            {t('lifecycle.title')}
          </Title>
          <StepBadge step={step} />
        </Group>
        {reached >= 0 && (
          <Stepper active={reached} size="xs" allowNextStepsSelect={false} aria-label={t('lifecycle.title')}>
            {PATH.map((s) => (
              <Stepper.Step key={s} label={t(`lifecycle.steps.${s}`)} />
            ))}
          </Stepper>
        )}
        {(c.alerts ?? []).map((a) => (
          <Alert key={a} color="orange" icon={<IconAlertTriangle size={16} />} data-testid={`alert-${a}`}>
            {t(`lifecycle.alerts.${a}`)}
          </Alert>
        ))}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {fact(t('lifecycle.dossierReceivedOn'), formatDate(c.dossierReceivedOn, lng))}
          {fact(t('lifecycle.dossierCompleteOn'), formatDate(c.dossierCompleteOn, lng))}
          {fact(t('lifecycle.appraisalDueOn'), formatDate(c.appraisalDueOn, lng))}
          {fact(
            t('lifecycle.decision'),
            c.approvalDecisionNo && [c.approvalDecisionNo, formatDate(c.approvalDate, lng), c.approvingAuthority].filter(Boolean).join(' — '),
          )}
          {fact(t('lifecycle.refusal'), c.refusalReason && `${formatDate(c.refusedOn, lng)} — ${c.refusalReason}`)}
          {fact(t('lifecycle.revocation'), c.revocationReason && `${formatDate(c.revokedOn, lng)} — ${c.revocationReason}`)}
          {fact(t('lifecycle.completedOn'), formatDate(c.completedOn, lng))}
        </SimpleGrid>
        {!!c.allowedTransitions?.length && (
          <Group gap="xs">
            {c.allowedTransitions.map((to) => (
              <Button key={to} size="sm" color={ENDS[to]} variant={DECIDING.includes(to) ? 'light' : 'filled'} onClick={() => setTarget(to)}>
                {t(`lifecycle.actions.${to}`)}
              </Button>
            ))}
          </Group>
        )}
        <StepHistory id={c.id ?? 0} />
      </Stack>
      <Modal opened={target !== null} onClose={() => setTarget(null)} title={target ? t(`lifecycle.actions.${target}`) : ''} centered size="lg">
        {target && <StepForm key={target} to={target} commitment={c} onDone={() => setTarget(null)} />}
      </Modal>
    </Card>
  );
};

const StepForm = ({ to, commitment: c, onDone }: { to: AidApprovalStatus; commitment: AidCommitment; onDone: () => void }) => {
  const { t } = useTranslation(['aid', 'common']);
  const move = useAidTransition(c.id ?? 0);
  const [on, setOn] = useState<string | null>(null);
  const [decisionNumber, setNumber] = useState('');
  const [decisionDate, setDecisionDate] = useState<string | null>(null);
  const [authority, setAuthority] = useState(t('lifecycle.approvingAuthorityDefault'));
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const approving = to === 'APPROVED';
  const needsReason = DECIDING.includes(to);
  const missing = (v: string | null) => (tried && !v?.trim() ? t('common:validation.required') : undefined);
  const submit = () => {
    setTried(true);
    if (approving && (!decisionNumber.trim() || !decisionDate || !authority.trim())) return;
    if (needsReason && !reason.trim()) return;
    const body: AidTransitionRequest = {
      to,
      on: on ?? undefined,
      decisionNumber: approving ? decisionNumber.trim() : undefined,
      decisionDate: approving ? (decisionDate ?? undefined) : undefined,
      approvingAuthority: approving ? authority.trim() : undefined,
      reason: needsReason ? reason.trim() : undefined,
      note: note.trim() || undefined,
    };
    move.mutate(
      { body, version: c.version ?? 0 },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('lifecycle.done', { step: t(`lifecycle.steps.${to}`) }) });
          onDone();
        },
      },
    );
  };
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack>
        <Text size="sm">{t('lifecycle.ask', { action: t(`lifecycle.actions.${to}`), title: c.title })}</Text>
        {approving && c.kind === 'EMERGENCY_RELIEF' && <Text size="sm">{t('lifecycle.emergencyHint')}</Text>}
        <ProblemAlert error={move.error} onReload={onDone} />
        {approving ? (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('lifecycle.decisionNumber')}
                placeholder="1234/QĐ-UBND"
                required
                value={decisionNumber}
                error={missing(decisionNumber)}
                onChange={(e) => setNumber(e.currentTarget.value)}
              />
              <DateField label={t('lifecycle.decisionDate')} required value={decisionDate} error={missing(decisionDate)} onChange={setDecisionDate} />
            </SimpleGrid>
            <TextInput
              label={t('lifecycle.approvingAuthority')}
              required
              value={authority}
              error={missing(authority)}
              onChange={(e) => setAuthority(e.currentTarget.value)}
            />
            <Text size="xs" c="dimmed">
              {t('lifecycle.decisionHint')}
            </Text>
          </>
        ) : (
          <DateField label={t(`lifecycle.on.${to}`)} value={on} onChange={setOn} />
        )}
        {needsReason && (
          <Textarea
            label={t('lifecycle.reason')}
            required
            autosize
            minRows={2}
            value={reason}
            error={missing(reason)}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
        )}
        <Textarea label={t('lifecycle.note')} autosize minRows={1} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:actions.close')}
          </Button>
          <Button type="submit" color={ENDS[to]} loading={move.isPending}>
            {t(`lifecycle.actions.${to}`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};

const StepHistory = ({ id }: { id: number }) => {
  const { t } = useTranslation(['aid', 'common']);
  const history = useAidTransitions(id);
  if (history.isPending) return <LoadingState />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  return (
    <StepsTable
      steps={history.data}
      stepLabel={t('lifecycle.change')}
      noteLabel={t('lifecycle.note')}
      testId="aid-steps"
      ariaLabel={t('lifecycle.historyTitle')}
      renderStep={(h) => <StepBadge step={h.to} />}
    />
  );
};
