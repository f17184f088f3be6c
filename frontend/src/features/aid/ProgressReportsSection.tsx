import { Badge, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/DateField';
import { FormModal, useModalForm } from '@/components/FormModal';
import { ListTable, type Column } from '@/components/ListPage';
import { ConfirmedAction, EditButton, RowActions, SectionHeader } from '@/components/RowActions';
import { formatDate } from '@/lib/format';
import { renamed } from '@/lib/forms';
import {
  useAidProgressReports,
  useDeleteAidProgressReport,
  useSaveAidProgressReport,
  type AidProgressReport,
  type AidProgressReportInput,
} from './lifecycleApi';

const ReportState = ({ report }: { report: AidProgressReport }) => {
  const { t } = useTranslation('aid');
  if (report.receivedOn)
    return (
      <Badge color="green" variant="light" tt="none">
        {t('progress.received')}
      </Badge>
    );
  if (report.overdue)
    return (
      <Badge color="red" variant="light" tt="none" miw="max-content">
        {t('progress.overdue', { count: report.daysOverdue ?? 0 })}
      </Badge>
    );
  return (
    <Badge color="gray" variant="light" tt="none">
      {t('progress.pending')}
    </Badge>
  );
};

type Props = { commitmentId: number; editable: boolean };

/** The reports the aid owner owes, as scheduled by the aid's steps, and their receipt. */
export const ProgressReportsSection = ({ commitmentId, editable }: Props) => {
  const { t, i18n } = useTranslation(['aid', 'common']);
  const lng = i18n.language;
  const list = useAidProgressReports(commitmentId);
  const remove = useDeleteAidProgressReport(commitmentId);
  const [editing, setEditing] = useState<'new' | number | null>(null);
  const current = typeof editing === 'number' ? list.data?.items?.find((r) => r.id === editing) : undefined;
  const range = (r: AidProgressReport) => ({
    period: t(`progress.periods.${r.period ?? 'AD_HOC'}`),
    from: formatDate(r.periodStart, lng),
    to: formatDate(r.periodEnd, lng),
  });
  const columns: Column<AidProgressReport>[] = [
    {
      label: t('progress.period'),
      render: (r) => `${t(`progress.periods.${r.period ?? 'AD_HOC'}`)} ${formatDate(r.periodStart, lng)} – ${formatDate(r.periodEnd, lng)}`,
    },
    { label: t('progress.dueOn'), render: (r) => formatDate(r.dueOn, lng), td: { style: { whiteSpace: 'nowrap' } } },
    { label: t('progress.receivedOn'), render: (r) => formatDate(r.receivedOn, lng), td: { style: { whiteSpace: 'nowrap' } } },
    { label: t('progress.status'), render: (r) => <ReportState report={r} /> },
    { label: t('progress.summary'), render: (r) => r.summary },
  ];
  if (editable) {
    columns.push({
      label: t('disbursements.fields.actions'),
      render: (r) => (
        <RowActions>
          <EditButton label={t('progress.recordLabel', range(r))} onClick={() => setEditing(r.id ?? null)} />
          {r.period === 'AD_HOC' && (
            <ConfirmedAction
              title={t('progress.deleteTitle')}
              message={t('progress.deleteConfirm', range(r))}
              loading={remove.isPending && remove.variables?.id === r.id}
              errors="inline"
              run={() => remove.mutateAsync({ id: r.id ?? 0, version: r.version ?? 0 })}
            />
          )}
        </RowActions>
      ),
    });
  }
  return (
    <Stack component="section" aria-labelledby="progress-title" gap="xs">
      <SectionHeader id="progress-title" title={t('progress.title')} newLabel={t('progress.add')} onNew={editable ? () => setEditing('new') : undefined} />
      <Text size="sm" c="dimmed">
        {t('progress.hint')}
      </Text>
      <ListTable
        failure={remove}
        list={list}
        columns={columns}
        onPage={() => undefined}
        minWidth={760}
        testId="progress-reports"
        emptyMessage={t('progress.empty')}
      />
      <ReportModal
        commitmentId={commitmentId}
        opened={editing === 'new' || current !== undefined}
        report={current}
        onClose={() => setEditing(null)}
        onReload={() => void list.refetch()}
      />
    </Stack>
  );
};

type Values = { periodStart: string | null; periodEnd: string | null; receivedOn: string | null; summary: string; notes: string };

type ModalProps = { commitmentId: number; opened: boolean; report?: AidProgressReport; onClose: () => void; onReload: () => void };

const ReportModal = ({ commitmentId, opened, report, onClose, onReload }: ModalProps) => {
  const { t } = useTranslation(['aid', 'common']);
  const save = useSaveAidProgressReport(commitmentId);
  // A scheduled report keeps its period: only its receipt, summary and notes are recorded.
  const scheduled = !!report && report.period !== 'AD_HOC';
  const required = (v: unknown) => (v ? null : t('common:validation.required'));
  const { form, close, saved } = useModalForm({
    opened,
    record: report,
    toValues: (r?: AidProgressReport): Values => ({
      periodStart: r?.periodStart ?? null,
      periodEnd: r?.periodEnd ?? null,
      receivedOn: r?.receivedOn ?? null,
      summary: r?.summary ?? '',
      notes: r?.notes ?? '',
    }),
    save,
    onClose,
    validate: {
      periodStart: required,
      periodEnd: (v, all) => (!v ? t('common:validation.required') : all.periodStart && v < all.periodStart ? t('validation.endBeforeStart') : null),
    },
  });
  const toInput = (v: Values): AidProgressReportInput => ({
    period: report?.period ?? 'AD_HOC',
    periodStart: v.periodStart ?? '',
    periodEnd: v.periodEnd ?? '',
    dueOn: report?.dueOn,
    receivedOn: v.receivedOn ?? undefined,
    summary: v.summary.trim() || undefined,
    notes: v.notes.trim() || undefined,
  });
  return (
    <FormModal
      opened={opened}
      onClose={close}
      title={report ? t('progress.record') : t('progress.add')}
      size="lg"
      save={save}
      onReload={onReload}
      onSubmit={form.onSubmit((values) => save.mutate({ body: toInput(values), current: report }, saved(renamed({}))))}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField label={t('progress.periodStart')} required disabled={scheduled} {...form.getInputProps('periodStart')} />
        <DateField label={t('progress.periodEnd')} required disabled={scheduled} {...form.getInputProps('periodEnd')} />
      </SimpleGrid>
      <DateField label={t('progress.receivedOn')} {...form.getInputProps('receivedOn')} />
      <Textarea label={t('progress.summary')} autosize minRows={3} {...form.getInputProps('summary')} />
      <Textarea label={t('progress.notes')} autosize minRows={1} {...form.getInputProps('notes')} />
    </FormModal>
  );
};
