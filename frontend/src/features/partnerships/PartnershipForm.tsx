import { MultiSelect, Select, SimpleGrid, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/FormActions';
import { DateField } from '@/components/DateField';
import { OrganizationPicker } from '@/components/OrganizationPicker';
import { ProblemAlert } from '@/components/ProblemAlert';
import { isApiError } from '@/lib/api/problem';
import { useRecordValues, useServerErrors } from '@/lib/forms';
import type { Partnership, PartnershipInput } from './api';
import { FIELDS, PARTNERSHIP_TYPES, PILLARS, type CooperationField, type PartnershipType, type Pillar } from './search';

type Values = {
  homeOrganizationId: number | null;
  partnerOrganizationId: number | null;
  type: PartnershipType | null;
  pillars: Pillar[];
  fields: CooperationField[];
  title: string;
  startDate: string | null;
  endDate: string | null;
  suspended: boolean;
  description: string;
  contactPerson: string;
};

const toValues = (p?: Partnership): Values => ({
  homeOrganizationId: p?.homeOrganizationId ?? null,
  partnerOrganizationId: p?.partnerOrganizationId ?? null,
  type: p?.type ?? null,
  pillars: p?.pillars ?? [],
  fields: p?.fields ?? [],
  title: p?.title ?? '',
  startDate: p?.startDate ?? null,
  endDate: p?.endDate ?? null,
  suspended: p?.suspended ?? false,
  description: p?.description ?? '',
  contactPerson: p?.contactPerson ?? '',
});

const blankToUndefined = (s: string) => (s.trim() ? s.trim() : undefined);

export const toInput = (v: Values): PartnershipInput => ({
  homeOrganizationId: v.homeOrganizationId ?? 0,
  partnerOrganizationId: v.partnerOrganizationId ?? 0,
  type: v.type as PartnershipType,
  pillars: v.pillars,
  fields: v.fields,
  title: blankToUndefined(v.title),
  startDate: v.startDate ?? '',
  endDate: v.endDate ?? undefined,
  suspended: v.suspended,
  description: blankToUndefined(v.description),
  contactPerson: blankToUndefined(v.contactPerson),
});

const orgLabel = (o: Partnership['home']) => (o ? `${o.name} (${o.countryCode})` : undefined);

type Props = {
  initial?: Partnership;
  saving: boolean;
  error: unknown;
  onSubmit: (input: PartnershipInput) => void;
  onCancel: () => void;
  onReload?: () => void;
};

export const PartnershipForm = ({ initial, saving, error, onSubmit, onCancel, onReload }: Props) => {
  const { t } = useTranslation(['partnerships', 'common']);
  const form = useForm<Values>({
    initialValues: toValues(initial),
    validate: {
      homeOrganizationId: (v) => (v ? null : t('common:validation.required')),
      partnerOrganizationId: (v, all) => (!v ? t('common:validation.required') : v === all.homeOrganizationId ? t('validation.samePartner') : null),
      type: (v) => (v ? null : t('common:validation.required')),
      pillars: (v) => (v.length ? null : t('validation.pillarRequired')),
      startDate: (v) => (v ? null : t('common:validation.required')),
      // ISO dates compare correctly as strings.
      endDate: (v, all) => (v && all.startDate && v < all.startDate ? t('validation.endBeforeStart') : null),
    },
  });

  useRecordValues(form, initial?.version, () => toValues(initial));

  // Server field errors go next to their fields; an overlap with another partnership (409) concerns the type and dates.
  useServerErrors(form, error, (errors, failure) => (isApiError(failure) && failure.status === 409 ? { ...errors, type: t('overlap') } : errors));

  return (
    <form noValidate onSubmit={form.onSubmit((values) => onSubmit(toInput(values)))}>
      <Stack>
        <ProblemAlert error={error} onReload={onReload} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <OrganizationPicker
            label={t('fields.home')}
            placeholder={t('homePlaceholder')}
            required
            value={form.values.homeOrganizationId}
            initialLabel={orgLabel(initial?.home)}
            error={form.errors.homeOrganizationId}
            onChange={(id) => form.setFieldValue('homeOrganizationId', id)}
          />
          <OrganizationPicker
            label={t('fields.partner')}
            placeholder={t('partnerPlaceholder')}
            required
            value={form.values.partnerOrganizationId}
            initialLabel={orgLabel(initial?.partner)}
            error={form.errors.partnerOrganizationId}
            onChange={(id) => form.setFieldValue('partnerOrganizationId', id)}
          />
          <Select
            label={t('fields.type')}
            required
            data={PARTNERSHIP_TYPES.map((value) => ({ value, label: t(`types.${value}`) }))}
            {...form.getInputProps('type')}
          />
          <TextInput label={t('fields.title')} description={t('titleHint')} {...form.getInputProps('title')} />
          <MultiSelect
            label={t('fields.pillars')}
            required
            data={PILLARS.map((value) => ({ value, label: t(`pillars.${value}`) }))}
            {...form.getInputProps('pillars')}
          />
          <MultiSelect
            label={t('fields.fields')}
            searchable
            data={FIELDS.map((value) => ({ value, label: t(`areas.${value}`) }))}
            {...form.getInputProps('fields')}
          />
          <DateField label={t('fields.startDate')} required {...form.getInputProps('startDate')} />
          <DateField label={t('fields.endDate')} {...form.getInputProps('endDate')} />
        </SimpleGrid>
        <Switch label={t('fields.suspended')} description={t('suspendedHint')} {...form.getInputProps('suspended', { type: 'checkbox' })} />
        <TextInput label={t('fields.contactPerson')} {...form.getInputProps('contactPerson')} />
        <Textarea label={t('fields.description')} autosize minRows={3} {...form.getInputProps('description')} />
        <FormActions saving={saving} onCancel={onCancel} />
      </Stack>
    </form>
  );
};
