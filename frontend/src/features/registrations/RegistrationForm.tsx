import { Fieldset, MultiSelect, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '@/components/CountrySelect';
import { DateField } from '@/components/DateField';
import { foldedFilter } from '@/components/foldedFilter';
import { FormActions } from '@/components/FormActions';
import { OrganizationPicker } from '@/components/OrganizationPicker';
import { PersonPicker } from '@/components/PersonPicker';
import { ProblemAlert } from '@/components/ProblemAlert';
import { formatDate } from '@/lib/format';
import { useRecordValues, useServerErrors } from '@/lib/forms';
import { useNgoRegistrations, useProvinces, type Registration, type RegistrationInput } from './api';
import { KINDS, latestValidUntil, SECTORS, type AidSector, type RegistrationKind } from './search';

type Values = {
  ngoId: number | null;
  homeOrganizationId: number | null;
  kind: RegistrationKind | null;
  number: string;
  issuedBy: string;
  issuedOn: string | null;
  validUntil: string | null;
  permittedProvinceIds: string[];
  permittedFields: AidSector[];
  representativeName: string;
  representativeNationality: string | null;
  representativeContact: string;
  representativePersonId: number | null;
  plan: string;
  renewsId: string | null;
  revokedOn: string | null;
  revocationReason: string;
  notes: string;
};

/** The issuer of operation certificates under Decree 58/2022, offered for a new record. */
const DEFAULT_ISSUER = 'Bộ Ngoại giao';

const toValues = (r?: Registration): Values => ({
  ngoId: r?.ngoId ?? null,
  homeOrganizationId: r?.homeOrganizationId ?? null,
  kind: r?.kind ?? null,
  number: r?.number ?? '',
  issuedBy: r?.issuedBy ?? DEFAULT_ISSUER,
  issuedOn: r?.issuedOn ?? null,
  validUntil: r?.validUntil ?? null,
  permittedProvinceIds: (r?.permittedProvinceIds ?? []).map(String),
  permittedFields: r?.permittedFields ?? [],
  representativeName: r?.representative?.name ?? '',
  representativeNationality: r?.representative?.nationality ?? null,
  representativeContact: r?.representative?.contact ?? '',
  representativePersonId: r?.representative?.personId ?? null,
  plan: r?.plan ?? '',
  renewsId: r?.renewsId ? String(r.renewsId) : null,
  revokedOn: r?.revokedOn ?? null,
  revocationReason: r?.revocationReason ?? '',
  notes: r?.notes ?? '',
});

const text = (s: string) => (s.trim() ? s.trim() : undefined);

export const toInput = (v: Values): RegistrationInput => {
  const representative = {
    name: text(v.representativeName),
    nationality: v.representativeNationality ?? undefined,
    contact: text(v.representativeContact),
    personId: v.representativePersonId ?? undefined,
  };
  return {
    ngoId: v.ngoId ?? 0,
    homeOrganizationId: v.homeOrganizationId ?? 0,
    kind: v.kind as RegistrationKind,
    number: v.number.trim(),
    issuedBy: v.issuedBy.trim(),
    issuedOn: v.issuedOn ?? '',
    validUntil: v.validUntil ?? '',
    permittedProvinceIds: v.permittedProvinceIds.map(Number),
    permittedFields: v.permittedFields,
    representative: Object.values(representative).some(Boolean) ? representative : undefined,
    plan: text(v.plan),
    renewsId: v.renewsId ? Number(v.renewsId) : undefined,
    revokedOn: v.revokedOn ?? undefined,
    revocationReason: text(v.revocationReason),
    notes: text(v.notes),
  };
};

const orgLabel = (o: Registration['ngo']) => (o ? `${o.name} (${o.countryCode})` : undefined);

type Props = {
  initial?: Registration;
  saving: boolean;
  error: unknown;
  onSubmit: (input: RegistrationInput) => void;
  onCancel: () => void;
  onReload?: () => void;
};

export const RegistrationForm = ({ initial, saving, error, onSubmit, onCancel, onReload }: Props) => {
  const { t, i18n } = useTranslation(['registrations', 'aid', 'common']);
  const required = (v: unknown) => (v ? null : t('common:validation.required'));
  const form = useForm<Values>({
    initialValues: toValues(initial),
    validate: {
      ngoId: required,
      homeOrganizationId: required,
      kind: required,
      number: (v) => (v.trim() ? null : t('common:validation.required')),
      issuedBy: (v) => (v.trim() ? null : t('common:validation.required')),
      issuedOn: required,
      // ISO dates compare correctly as strings.
      validUntil: (v, all) =>
        !v
          ? t('common:validation.required')
          : all.issuedOn && v < all.issuedOn
            ? t('validation.beforeIssue')
            : all.issuedOn && v > latestValidUntil(all.issuedOn)
              ? t('validation.tooLong', { date: formatDate(latestValidUntil(all.issuedOn), i18n.language) })
              : null,
      permittedProvinceIds: (v) => (v.length ? null : t('validation.provinceRequired')),
      revokedOn: (v, all) => (v && all.issuedOn && v < all.issuedOn ? t('validation.beforeIssue') : null),
      revocationReason: (v, all) => (all.revokedOn && !v.trim() ? t('validation.reasonRequired') : null),
    },
  });
  useRecordValues(form, initial?.version, () => toValues(initial));
  useServerErrors(form, error);
  const provinces = useProvinces();
  const earlier = useNgoRegistrations(form.values.ngoId);
  const renewable = (earlier.data?.items ?? [])
    .filter((r) => r.id !== initial?.id)
    .map((r) => ({ value: String(r.id), label: `${r.number} – ${formatDate(r.validUntil, i18n.language)}` }));

  return (
    <form noValidate onSubmit={form.onSubmit((values) => onSubmit(toInput(values)))}>
      <Stack>
        <ProblemAlert error={error} onReload={onReload} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <OrganizationPicker
            label={t('fields.ngo')}
            placeholder={t('ngoPlaceholder')}
            required
            value={form.values.ngoId}
            initialLabel={orgLabel(initial?.ngo)}
            error={form.errors.ngoId}
            accept={(o) => (o.type === 'INTERNATIONAL_NGO' || o.type === 'FOUNDATION') && o.countryCode !== 'VN'}
            onChange={(id) => form.setFieldValue('ngoId', id)}
          />
          <OrganizationPicker
            label={t('fields.home')}
            placeholder={t('homePlaceholder')}
            required
            value={form.values.homeOrganizationId}
            initialLabel={orgLabel(initial?.home)}
            error={form.errors.homeOrganizationId}
            filter={{ countryCode: 'VN' }}
            onChange={(id) => form.setFieldValue('homeOrganizationId', id)}
          />
          <Select label={t('fields.kind')} required data={KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))} {...form.getInputProps('kind')} />
          <TextInput label={t('fields.number')} required {...form.getInputProps('number')} />
          <TextInput label={t('fields.issuedBy')} required {...form.getInputProps('issuedBy')} />
          <DateField label={t('fields.issuedOn')} required {...form.getInputProps('issuedOn')} />
          <DateField label={t('fields.validUntil')} description={t('validUntilHint')} required {...form.getInputProps('validUntil')} />
          <Select
            label={t('fields.renews')}
            placeholder={t('renewsPlaceholder')}
            clearable
            data={renewable}
            disabled={!form.values.ngoId}
            {...form.getInputProps('renewsId')}
          />
        </SimpleGrid>
        <MultiSelect
          label={t('fields.provinces')}
          placeholder={t('provincesPlaceholder')}
          required
          searchable
          filter={foldedFilter}
          data={(provinces.data?.items ?? []).map((p) => ({ value: String(p.id), label: p.name ?? '' }))}
          {...form.getInputProps('permittedProvinceIds')}
        />
        <MultiSelect
          label={t('fields.fields')}
          searchable
          filter={foldedFilter}
          data={SECTORS.map((value) => ({ value, label: t(`aid:sectors.${value}`) }))}
          {...form.getInputProps('permittedFields')}
        />
        <Fieldset legend={t('fields.representative')}>
          <PersonPicker
            label={t('fields.representativePerson')}
            description={t('representativePersonHint')}
            value={form.values.representativePersonId}
            initialLabel={initial?.representative?.name}
            onChange={(id) => form.setFieldValue('representativePersonId', id)}
            onPick={(p) =>
              p &&
              form.setValues({
                representativeName: form.values.representativeName || (p.fullName ?? ''),
                representativeNationality: form.values.representativeNationality ?? p.nationality ?? null,
                representativeContact: form.values.representativeContact || [p.email, p.phone].filter(Boolean).join(', '),
              })
            }
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
            <TextInput label={t('fields.representativeName')} {...form.getInputProps('representativeName')} />
            <CountrySelect label={t('fields.representativeNationality')} {...form.getInputProps('representativeNationality')} />
            <TextInput label={t('fields.representativeContact')} {...form.getInputProps('representativeContact')} />
          </SimpleGrid>
        </Fieldset>
        <Textarea label={t('fields.plan')} autosize minRows={3} {...form.getInputProps('plan')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label={t('fields.revokedOn')} {...form.getInputProps('revokedOn')} />
          <TextInput label={t('fields.revocationReason')} {...form.getInputProps('revocationReason')} />
        </SimpleGrid>
        <Textarea label={t('fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
        <FormActions saving={saving} onCancel={onCancel} />
      </Stack>
    </form>
  );
};
