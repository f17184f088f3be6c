import { Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/DateField';
import { FormActions } from '@/components/FormActions';
import { OrganizationPicker } from '@/components/OrganizationPicker';
import { PersonPicker } from '@/components/PersonPicker';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useRecordValues, useServerErrors } from '@/lib/forms';
import type { Stay, StayInput } from './api';
import { KINDS, STATUSES, type StayKind, type StayStatus } from './search';

type Values = {
  personId: number | null;
  homeOrganizationId: number | null;
  kind: StayKind | null;
  hostOrganizationId: number | null;
  hostName: string;
  programme: string;
  sponsor: string;
  fieldOfStudy: string;
  startDate: string | null;
  endDate: string | null;
  status: StayStatus | null;
  statusReason: string;
  notes: string;
};

const toValues = (s?: Stay): Values => ({
  personId: s?.personId ?? null,
  homeOrganizationId: s?.homeOrganizationId ?? null,
  kind: s?.kind ?? 'STUDENT',
  hostOrganizationId: s?.hostOrganizationId ?? null,
  hostName: s?.hostName ?? '',
  programme: s?.programme ?? '',
  sponsor: s?.sponsor ?? '',
  fieldOfStudy: s?.fieldOfStudy ?? '',
  startDate: s?.startDate ?? null,
  endDate: s?.endDate ?? null,
  status: s?.status ?? null,
  statusReason: s?.statusReason ?? '',
  notes: s?.notes ?? '',
});

const text = (s: string) => (s.trim() ? s.trim() : undefined);

/** The form's values as the API takes them; no status lets the server take it from the dates. */
export const toInput = (v: Values): StayInput => ({
  personId: v.personId ?? 0,
  homeOrganizationId: v.homeOrganizationId ?? 0,
  kind: v.kind as StayKind,
  hostOrganizationId: v.hostOrganizationId ?? undefined,
  hostName: text(v.hostName),
  programme: text(v.programme),
  sponsor: text(v.sponsor),
  fieldOfStudy: text(v.fieldOfStudy),
  startDate: v.startDate ?? '',
  endDate: v.endDate ?? '',
  status: v.status ?? undefined,
  statusReason: v.status === 'DISCONTINUED' ? text(v.statusReason) : undefined,
  notes: text(v.notes),
});

const orgLabel = (o: Stay['home']) => (o ? `${o.name} (${o.countryCode})` : undefined);

type Props = {
  initial?: Stay;
  saving: boolean;
  error: unknown;
  onSubmit: (input: StayInput) => void;
  onCancel: () => void;
  onReload?: () => void;
};

export const StayForm = ({ initial, saving, error, onSubmit, onCancel, onReload }: Props) => {
  const { t } = useTranslation(['stays', 'common']);
  const required = (v: unknown) => (v ? null : t('common:validation.required'));
  const form = useForm<Values>({
    initialValues: toValues(initial),
    validate: {
      personId: required,
      homeOrganizationId: required,
      kind: required,
      startDate: required,
      // ISO dates compare correctly as strings.
      endDate: (v, all) => (!v ? t('common:validation.required') : all.startDate && v < all.startDate ? t('validation.endBeforeStart') : null),
      hostName: (v, all) => (!all.hostOrganizationId && !v.trim() ? t('validation.hostRequired') : null),
      statusReason: (v, all) => (all.status === 'DISCONTINUED' && !v.trim() ? t('validation.reasonRequired') : null),
    },
  });
  useRecordValues(form, initial?.version, () => toValues(initial));
  useServerErrors(form, error);
  return (
    <form noValidate onSubmit={form.onSubmit((values) => onSubmit(toInput(values)))}>
      <Stack>
        <ProblemAlert error={error} onReload={onReload} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PersonPicker
            label={t('fields.person')}
            description={t('personHint')}
            required
            value={form.values.personId}
            initialLabel={initial?.person?.fullName}
            error={form.errors.personId}
            onChange={(id) => form.setFieldValue('personId', id)}
          />
          <Select label={t('fields.kind')} required data={KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))} {...form.getInputProps('kind')} />
          <OrganizationPicker
            label={t('fields.home')}
            required
            value={form.values.homeOrganizationId}
            initialLabel={orgLabel(initial?.home)}
            error={form.errors.homeOrganizationId}
            filter={{ countryCode: 'VN' }}
            onChange={(id) => form.setFieldValue('homeOrganizationId', id)}
          />
          <OrganizationPicker
            label={t('fields.host')}
            description={t('hostHint')}
            value={form.values.hostOrganizationId}
            initialLabel={orgLabel(initial?.host)}
            error={form.errors.hostOrganizationId}
            filter={{ countryCode: 'VN' }}
            onChange={(id) => form.setFieldValue('hostOrganizationId', id)}
          />
          <TextInput label={t('fields.hostName')} description={t('fields.hostNameHint')} {...form.getInputProps('hostName')} />
          <TextInput label={t('fields.fieldOfStudy')} {...form.getInputProps('fieldOfStudy')} />
          <TextInput label={t('fields.programme')} {...form.getInputProps('programme')} />
          <TextInput label={t('fields.sponsor')} {...form.getInputProps('sponsor')} />
          <DateField label={t('fields.startDate')} required {...form.getInputProps('startDate')} />
          <DateField label={t('fields.endDate')} required {...form.getInputProps('endDate')} />
          <Select
            label={t('fields.status')}
            description={t('fields.statusHint')}
            clearable
            data={STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }))}
            {...form.getInputProps('status')}
          />
          {form.values.status === 'DISCONTINUED' && <TextInput label={t('fields.statusReason')} required {...form.getInputProps('statusReason')} />}
        </SimpleGrid>
        <Textarea label={t('fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
        <FormActions saving={saving} onCancel={onCancel} />
      </Stack>
    </form>
  );
};
