import { Badge, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/DateField';
import { FormModal, useModalForm } from '@/components/FormModal';
import { ListTable, type Column } from '@/components/ListPage';
import { ConfirmedAction, EditButton, RowActions, SectionHeader } from '@/components/RowActions';
import { formatDate } from '@/lib/format';
import { renamed } from '@/lib/forms';
import {
  OPINION_KINDS,
  VERDICTS,
  useAidOpinions,
  useDeleteAidOpinion,
  useSaveAidOpinion,
  type AidOpinion,
  type AidOpinionInput,
  type AidOpinionKind,
  type AidOpinionVerdict,
} from './lifecycleApi';

const VERDICT_COLORS: Record<AidOpinionVerdict, string> = { AGREED: 'green', AGREED_WITH_CONDITIONS: 'yellow', DISAGREED: 'red' };

type Props = { commitmentId: number; editable: boolean; foreignNgo: boolean };

/** The opinions asked on the dossier (Decree 80/2020: departments, security, the friendship union for foreign NGOs). */
export const OpinionsSection = ({ commitmentId, editable, foreignNgo }: Props) => {
  const { t, i18n } = useTranslation(['aid', 'common']);
  const lng = i18n.language;
  const opinions = useAidOpinions(commitmentId);
  const remove = useDeleteAidOpinion(commitmentId);
  const [editing, setEditing] = useState<'new' | number | null>(null);
  const current = typeof editing === 'number' ? opinions.data?.items?.find((o) => o.id === editing) : undefined;
  const columns: Column<AidOpinion>[] = [
    { label: t('opinions.agency'), render: (o) => o.agency },
    { label: t('opinions.agencyKind'), render: (o) => o.agencyKind && t(`opinions.kinds.${o.agencyKind}`) },
    { label: t('opinions.askedOn'), render: (o) => formatDate(o.askedOn, lng), td: { style: { whiteSpace: 'nowrap' } } },
    { label: t('opinions.answeredOn'), render: (o) => formatDate(o.answeredOn, lng) || t('opinions.pending'), td: { style: { whiteSpace: 'nowrap' } } },
    {
      label: t('opinions.verdict'),
      render: (o) =>
        o.verdict && (
          <Badge color={VERDICT_COLORS[o.verdict]} variant="light" tt="none">
            {t(`opinions.verdicts.${o.verdict}`)}
          </Badge>
        ),
    },
    { label: t('opinions.answer'), render: (o) => o.answer },
  ];
  if (editable) {
    columns.push({
      label: t('disbursements.fields.actions'),
      render: (o) => (
        <RowActions>
          <EditButton label={`${t('opinions.edit')}: ${o.agency ?? ''}`} onClick={() => setEditing(o.id ?? null)} />
          <ConfirmedAction
            title={t('opinions.deleteTitle')}
            message={t('opinions.deleteConfirm', { agency: o.agency })}
            loading={remove.isPending && remove.variables?.id === o.id}
            errors="inline"
            run={() => remove.mutateAsync({ id: o.id ?? 0, version: o.version ?? 0 })}
          />
        </RowActions>
      ),
    });
  }
  return (
    <Stack component="section" aria-labelledby="opinions-title" gap="xs">
      <SectionHeader id="opinions-title" title={t('opinions.title')} newLabel={t('opinions.add')} onNew={editable ? () => setEditing('new') : undefined} />
      {foreignNgo && (
        <Text size="sm" c="dimmed">
          {t('opinions.vufoHint')}
        </Text>
      )}
      <ListTable
        failure={remove}
        list={opinions}
        columns={columns}
        onPage={() => undefined}
        minWidth={760}
        testId="opinions"
        emptyMessage={t('opinions.empty')}
      />
      <OpinionModal
        commitmentId={commitmentId}
        opened={editing === 'new' || current !== undefined}
        opinion={current}
        onClose={() => setEditing(null)}
        onReload={() => void opinions.refetch()}
      />
    </Stack>
  );
};

type Values = {
  agency: string;
  agencyKind: AidOpinionKind | null;
  askedOn: string | null;
  answeredOn: string | null;
  verdict: AidOpinionVerdict | null;
  answer: string;
};

type ModalProps = { commitmentId: number; opened: boolean; opinion?: AidOpinion; onClose: () => void; onReload: () => void };

const OpinionModal = ({ commitmentId, opened, opinion, onClose, onReload }: ModalProps) => {
  const { t } = useTranslation(['aid', 'common']);
  const save = useSaveAidOpinion(commitmentId);
  const required = (v: unknown) => (v ? null : t('common:validation.required'));
  const { form, close, saved } = useModalForm({
    opened,
    record: opinion,
    toValues: (o?: AidOpinion): Values => ({
      agency: o?.agency ?? '',
      agencyKind: o?.agencyKind ?? null,
      askedOn: o?.askedOn ?? null,
      answeredOn: o?.answeredOn ?? null,
      verdict: o?.verdict ?? null,
      answer: o?.answer ?? '',
    }),
    save,
    onClose,
    validate: {
      agency: (v) => (v.trim() ? null : t('common:validation.required')),
      agencyKind: required,
      askedOn: required,
      verdict: (v, all) => (all.answeredOn && !v ? t('opinions.answeredNeedsVerdict') : null),
      answeredOn: (v, all) =>
        all.verdict && !v ? t('common:validation.required') : v && all.askedOn && v < all.askedOn ? t('validation.endBeforeStart') : null,
    },
  });
  const toInput = (v: Values): AidOpinionInput => ({
    agency: v.agency.trim(),
    agencyKind: v.agencyKind as AidOpinionKind,
    askedOn: v.askedOn ?? '',
    answeredOn: v.answeredOn ?? undefined,
    verdict: v.verdict ?? undefined,
    answer: v.answer.trim() || undefined,
  });
  return (
    <FormModal
      opened={opened}
      onClose={close}
      title={opinion ? t('opinions.edit') : t('opinions.add')}
      size="lg"
      save={save}
      onReload={onReload}
      onSubmit={form.onSubmit((values) => save.mutate({ body: toInput(values), current: opinion }, saved(renamed({}))))}
    >
      <TextInput label={t('opinions.agency')} required {...form.getInputProps('agency')} />
      <Select
        label={t('opinions.agencyKind')}
        required
        comboboxProps={{ withinPortal: true }}
        data={OPINION_KINDS.map((value) => ({ value, label: t(`opinions.kinds.${value}`) }))}
        {...form.getInputProps('agencyKind')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DateField label={t('opinions.askedOn')} required {...form.getInputProps('askedOn')} />
        <DateField label={t('opinions.answeredOn')} {...form.getInputProps('answeredOn')} />
      </SimpleGrid>
      <Select
        label={t('opinions.verdict')}
        clearable
        comboboxProps={{ withinPortal: true }}
        data={VERDICTS.map((value) => ({ value, label: t(`opinions.verdicts.${value}`) }))}
        {...form.getInputProps('verdict')}
      />
      <Textarea label={t('opinions.answer')} autosize minRows={2} {...form.getInputProps('answer')} />
    </FormModal>
  );
};
