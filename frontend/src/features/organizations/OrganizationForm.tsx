import { Fieldset, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/FormActions';
import { CountrySelect } from '@/components/CountrySelect';
import { DateField } from '@/components/DateField';
import { OrganizationPicker } from '@/components/OrganizationPicker';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useRecordValues, useServerErrors } from '@/lib/forms';
import type { Organization, OrganizationInput } from './api';
import { NamesEditor, type NameRow } from './NamesEditor';
import { ORGANIZATION_TYPES, type OrganizationType } from './search';

type Values = {
  name: string;
  localName: string;
  acronym: string;
  names: NameRow[];
  type: OrganizationType | null;
  countryCode: string | null;
  parentId: number | null;
  website: string;
  email: string;
  phone: string;
  notes: string;
  validFrom: string | null;
  validTo: string | null;
  successorId: number | null;
};

const toValues = (o?: Organization): Values => ({
  name: o?.name ?? '',
  localName: o?.localName ?? '',
  acronym: o?.acronym ?? '',
  names: (o?.names ?? []).map((n) => ({ name: n.name, language: n.language ?? null, kind: n.kind ?? null })),
  type: o?.type ?? null,
  countryCode: o?.countryCode ?? null,
  parentId: o?.parentId ?? null,
  website: o?.website ?? '',
  email: o?.email ?? '',
  phone: o?.phone ?? '',
  notes: o?.notes ?? '',
  validFrom: o?.validFrom ?? null,
  validTo: o?.validTo ?? null,
  successorId: o?.successorId ?? null,
});

const blankToUndefined = (s: string) => (s.trim() ? s.trim() : undefined);

const names = (rows: NameRow[]) => {
  const kept = rows.filter((n) => n.name.trim()).map((n) => ({ name: n.name.trim(), language: n.language ?? undefined, kind: n.kind ?? undefined }));
  return kept.length ? kept : undefined;
};

export const toInput = (v: Values): OrganizationInput => ({
  name: v.name.trim(),
  localName: blankToUndefined(v.localName),
  acronym: blankToUndefined(v.acronym),
  names: names(v.names),
  type: v.type as OrganizationType,
  countryCode: v.countryCode ?? '',
  parentId: v.parentId ?? undefined,
  website: blankToUndefined(v.website),
  email: blankToUndefined(v.email),
  phone: blankToUndefined(v.phone),
  notes: blankToUndefined(v.notes),
  validFrom: v.validFrom ?? undefined,
  validTo: v.validTo ?? undefined,
  successorId: v.successorId ?? undefined,
});

type Props = {
  initial?: Organization;
  saving: boolean;
  error: unknown;
  onSubmit: (input: OrganizationInput) => void;
  onCancel: () => void;
  onReload?: () => void;
};

export const OrganizationForm = ({ initial, saving, error, onSubmit, onCancel, onReload }: Props) => {
  const { t } = useTranslation(['organizations', 'common']);
  const form = useForm<Values>({
    initialValues: toValues(initial),
    validate: {
      name: (v) => (v.trim() ? null : t('common:validation.required')),
      type: (v) => (v ? null : t('common:validation.required')),
      countryCode: (v) => (v ? null : t('common:validation.required')),
      website: (v) => (!v.trim() || /^https?:\/\/\S+$/.test(v.trim()) ? null : t('common:validation.url')),
      email: (v) => (!v.trim() || /^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('common:validation.email')),
      phone: (v) => (!v.trim() || /^[0-9+()./ -]{3,50}$/.test(v.trim()) ? null : t('common:validation.phone')),
      // A merged unit has ended: the server asks for the last day too, so say it before sending.
      validTo: (v, all) => (all.successorId != null && !v ? t('common:validation.required') : null),
    },
  });

  useRecordValues(form, initial?.version, () => toValues(initial));
  // Field errors the server found (uniqueness, parent) are shown next to the fields they concern.
  useServerErrors(form, error);

  return (
    <form noValidate onSubmit={form.onSubmit((values) => onSubmit(toInput(values)))}>
      <Stack>
        <ProblemAlert error={error} onReload={onReload} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('fields.name')} required {...form.getInputProps('name')} />
          <TextInput label={t('fields.localName')} {...form.getInputProps('localName')} />
          <TextInput label={t('fields.acronym')} description={t('fields.acronymHint')} maxLength={40} {...form.getInputProps('acronym')} />
          <Select
            label={t('fields.type')}
            required
            data={ORGANIZATION_TYPES.map((value) => ({ value, label: t(`types.${value}`) }))}
            {...form.getInputProps('type')}
          />
          <CountrySelect label={t('fields.countryCode')} required {...form.getInputProps('countryCode')} />
          <OrganizationPicker
            label={t('fields.parent')}
            placeholder={t('parentPlaceholder')}
            value={form.values.parentId}
            initialLabel={initial?.parent ? `${initial.parent.name} (${initial.parent.countryCode})` : undefined}
            excludeId={initial?.id}
            error={form.errors.parentId}
            onChange={(id) => form.setFieldValue('parentId', id)}
          />
          <TextInput label={t('fields.website')} type="url" {...form.getInputProps('website')} />
          <TextInput label={t('fields.email')} type="email" {...form.getInputProps('email')} />
          <TextInput label={t('fields.phone')} type="tel" {...form.getInputProps('phone')} />
        </SimpleGrid>
        <Fieldset legend={t('lifespan')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateField label={t('fields.validFrom')} {...form.getInputProps('validFrom')} />
            <DateField
              label={t('fields.validTo')}
              description={t('fields.validToHint')}
              minDate={form.values.validFrom ?? undefined}
              {...form.getInputProps('validTo')}
            />
            <OrganizationPicker
              label={t('fields.successorId')}
              description={t('fields.successorHint')}
              placeholder={t('successorPlaceholder')}
              value={form.values.successorId}
              initialLabel={initial?.successor ? `${initial.successor.name} (${initial.successor.countryCode})` : undefined}
              excludeId={initial?.id}
              error={form.errors.successorId}
              onChange={(id) => form.setFieldValue('successorId', id)}
            />
          </SimpleGrid>
        </Fieldset>
        <NamesEditor rows={form.values.names} errors={form.errors} onChange={(rows) => form.setFieldValue('names', rows)} />
        <Textarea label={t('fields.notes')} autosize minRows={3} {...form.getInputProps('notes')} />
        <FormActions saving={saving} onCancel={onCancel} />
      </Stack>
    </form>
  );
};
