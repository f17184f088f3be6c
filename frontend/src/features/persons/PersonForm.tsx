import { Alert, Anchor, List, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '@/components/CountrySelect';
import { DateField } from '@/components/DateField';
import { FormActions } from '@/components/FormActions';
import { OrganizationPicker } from '@/components/OrganizationPicker';
import { ProblemAlert } from '@/components/ProblemAlert';
import { enumValues } from '@/lib/api/enums';
import { genderValues } from '@/lib/api/schema';
import { formatDate } from '@/lib/format';
import { useRecordValues, useServerErrors } from '@/lib/forms';
import { useSimilarPersons, type Person, type PersonInput } from './api';

const GENDERS = enumValues(genderValues);

type Values = {
  fullName: string;
  passportName: string;
  gender: PersonInput['gender'] | null;
  nationality: string | null;
  birthDate: string | null;
  homeOrganizationId: number | null;
  organizationId: number | null;
  organizationName: string;
  position: string;
  email: string;
  phone: string;
  languages: string;
  notes: string;
};

const toValues = (p?: Person): Values => ({
  fullName: p?.fullName ?? '',
  passportName: p?.passportName ?? '',
  gender: p?.gender ?? null,
  nationality: p?.nationality ?? null,
  birthDate: p?.birthDate ?? null,
  homeOrganizationId: p?.homeOrganizationId ?? null,
  organizationId: p?.organizationId ?? null,
  organizationName: p?.organizationName ?? '',
  position: p?.position ?? '',
  email: p?.email ?? '',
  phone: p?.phone ?? '',
  languages: p?.languages ?? '',
  notes: p?.notes ?? '',
});

const text = (s: string) => (s.trim() ? s.trim() : undefined);

export const toInput = (v: Values): PersonInput => ({
  fullName: v.fullName.trim(),
  passportName: text(v.passportName),
  gender: v.gender ?? undefined,
  nationality: v.nationality ?? undefined,
  birthDate: v.birthDate ?? undefined,
  homeOrganizationId: v.homeOrganizationId ?? 0,
  organizationId: v.organizationId ?? undefined,
  organizationName: text(v.organizationName),
  position: text(v.position),
  email: text(v.email),
  phone: text(v.phone),
  languages: text(v.languages),
  notes: text(v.notes),
});

const orgLabel = (o: Person['home']) => (o ? `${o.name} (${o.countryCode})` : undefined);

type Props = { initial?: Person; saving: boolean; error: unknown; onSubmit: (input: PersonInput) => void; onCancel: () => void; onReload?: () => void };

export const PersonForm = ({ initial, saving, error, onSubmit, onCancel, onReload }: Props) => {
  const { t, i18n } = useTranslation(['persons', 'common']);
  const form = useForm<Values>({
    initialValues: toValues(initial),
    validate: {
      fullName: (v) => (v.trim() ? null : t('common:validation.required')),
      homeOrganizationId: (v) => (v ? null : t('common:validation.required')),
    },
  });
  useRecordValues(form, initial?.version, () => toValues(initial));
  useServerErrors(form, error);
  // Before a new person is added: the namesakes already in the registry.
  const similar = useSimilarPersons(initial ? '' : form.values.fullName);
  return (
    <form noValidate onSubmit={form.onSubmit((values) => onSubmit(toInput(values)))}>
      <Stack>
        <ProblemAlert error={error} onReload={onReload} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('fields.fullName')} description={t('fullNameHint')} required {...form.getInputProps('fullName')} />
          <TextInput label={t('fields.passportName')} {...form.getInputProps('passportName')} />
        </SimpleGrid>
        {!!similar.data?.length && (
          <Alert color="yellow" title={t('similar.title')} data-testid="similar-persons">
            <List size="sm">
              {similar.data.map((p) => (
                <List.Item key={p.id}>
                  <Anchor renderRoot={(props) => <Link to="/persons/$id" params={{ id: p.id ?? 0 }} {...props} />}>{p.fullName}</Anchor>
                  {[p.organization?.name ?? p.organizationName, p.birthDate && formatDate(p.birthDate, i18n.language)].filter(Boolean).map((s) => ` — ${s}`)}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('fields.gender')}
            clearable
            data={GENDERS.map((value) => ({ value, label: t(`genders.${value}`) }))}
            {...form.getInputProps('gender')}
          />
          <CountrySelect label={t('fields.nationality')} clearable {...form.getInputProps('nationality')} />
          <DateField label={t('fields.birthDate')} {...form.getInputProps('birthDate')} />
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
            label={t('fields.organization')}
            placeholder={t('organizationPlaceholder')}
            value={form.values.organizationId}
            initialLabel={orgLabel(initial?.organization)}
            error={form.errors.organizationId}
            onChange={(id) => form.setFieldValue('organizationId', id)}
          />
          <TextInput label={t('fields.organizationName')} {...form.getInputProps('organizationName')} />
          <TextInput label={t('fields.position')} {...form.getInputProps('position')} />
          <TextInput label={t('fields.languages')} {...form.getInputProps('languages')} />
          <TextInput label={t('fields.email')} type="email" {...form.getInputProps('email')} />
          <TextInput label={t('fields.phone')} {...form.getInputProps('phone')} />
        </SimpleGrid>
        <Textarea label={t('fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
        <FormActions saving={saving} onCancel={onCancel} />
      </Stack>
    </form>
  );
};
