import { Fieldset, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '@/components/CountrySelect';
import { DateField } from '@/components/DateField';
import { FormActions } from '@/components/FormActions';
import { OrganizationPicker, type OrganizationFilter } from '@/components/OrganizationPicker';
import { PartnershipPicker } from '@/components/PartnershipPicker';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { Schemas } from '@/lib/api/client';
import { renamed, useRecordValues, useServerErrors } from '@/lib/forms';
import type { AidCommitment, AidCommitmentInput } from './api';
import { CurrencySelect, useSectorOptions } from './Badges';
import { KINDS, NON_PROJECT_FORMS, STATUSES, type AidKind, type AidSector, type AidStatus } from './codes';
import { APPROVED_STEPS } from './lifecycleApi';
import { amountError, MoneyInput } from './MoneyInput';
import { amountForInput, parseAmount } from './money';

export type Values = {
  title: string;
  ngoId: number | null;
  donorCountryCode: string | null;
  kind: AidKind | null;
  nonProjectForm: Schemas['AidNonProjectForm'] | null;
  sector: AidSector | null;
  beneficiaryOrganizationId: number | null;
  partnershipId: number | null;
  aidOwnerOrganizationId: number | null;
  implementingPartnerOrganizationId: number | null;
  dossierReceivedOn: string | null;
  currency: string | null;
  amount: string;
  commitmentDate: string | null;
  startDate: string | null;
  endDate: string | null;
  status: AidStatus | null;
  approvalDecisionNo: string;
  approvalDate: string | null;
  counterpartCurrency: string | null;
  counterpartAmount: string;
  description: string;
};

const toValues = (c: AidCommitment | undefined, lng: string): Values => ({
  title: c?.title ?? '',
  ngoId: c?.ngoId ?? null,
  donorCountryCode: c?.donorCountryCode ?? null,
  kind: c?.kind ?? null,
  nonProjectForm: c?.nonProjectForm ?? null,
  sector: c?.sector ?? null,
  beneficiaryOrganizationId: c?.beneficiaryOrganizationId ?? null,
  partnershipId: c?.partnershipId ?? null,
  aidOwnerOrganizationId: c?.aidOwnerOrganizationId ?? null,
  implementingPartnerOrganizationId: c?.implementingPartnerOrganizationId ?? null,
  dossierReceivedOn: c?.dossierReceivedOn ?? null,
  currency: c?.committed?.currency ?? 'VND',
  amount: amountForInput(c?.committed?.amount, lng),
  commitmentDate: c?.commitmentDate ?? null,
  startDate: c?.startDate ?? null,
  endDate: c?.endDate ?? null,
  status: c?.status ?? 'PIPELINE',
  approvalDecisionNo: c?.approvalDecisionNo ?? '',
  approvalDate: c?.approvalDate ?? null,
  counterpartCurrency: c?.counterpartFunding?.currency ?? 'VND',
  counterpartAmount: amountForInput(c?.counterpartFunding?.amount, lng),
  description: c?.description ?? '',
});

const blankToUndefined = (s: string) => (s.trim() ? s.trim() : undefined);

/** The body the API takes: amounts as decimal strings in the currency's own decimals, empty text left out. */
export const toInput = (v: Values, lng: string): AidCommitmentInput => {
  const committed = parseAmount(v.amount, v.currency ?? '', lng);
  const counterpart = v.counterpartAmount.trim() ? parseAmount(v.counterpartAmount, v.counterpartCurrency ?? '', lng) : null;
  return {
    title: v.title.trim(),
    ngoId: v.ngoId ?? 0,
    donorCountryCode: v.donorCountryCode ?? undefined,
    kind: v.kind as AidKind,
    nonProjectForm: v.kind === 'NON_PROJECT' ? (v.nonProjectForm ?? undefined) : undefined,
    sector: v.sector as AidSector,
    beneficiaryOrganizationId: v.beneficiaryOrganizationId ?? 0,
    partnershipId: v.partnershipId ?? undefined,
    aidOwnerOrganizationId: v.aidOwnerOrganizationId ?? undefined,
    implementingPartnerOrganizationId: v.implementingPartnerOrganizationId ?? undefined,
    dossierReceivedOn: v.dossierReceivedOn ?? undefined,
    committed: { amount: committed.ok ? committed.amount : v.amount, currency: v.currency ?? '' },
    commitmentDate: v.commitmentDate ?? '',
    startDate: v.startDate ?? undefined,
    endDate: v.endDate ?? undefined,
    status: v.status as AidStatus,
    approvalDecisionNo: blankToUndefined(v.approvalDecisionNo),
    approvalDate: v.approvalDate ?? undefined,
    counterpartFunding: counterpart?.ok ? { amount: counterpart.amount, currency: v.counterpartCurrency ?? 'VND' } : undefined,
    description: blankToUndefined(v.description),
  };
};

// The API names money fields by their JSON path (committed.amount); the form has one box per money part.
const FIELD_OF: Record<string, keyof Values> = {
  committed: 'amount',
  'committed.amount': 'amount',
  'committed.currency': 'currency',
  counterpartFunding: 'counterpartAmount',
  'counterpartFunding.amount': 'counterpartAmount',
  'counterpartFunding.currency': 'counterpartCurrency',
};

/** The types of organization that give aid; the API refuses others (and Vietnamese ones). */
const DONOR_TYPES = new Set<Schemas['OrganizationType']>([
  'INTERNATIONAL_NGO',
  'FOUNDATION',
  'MULTILATERAL',
  'EMBASSY',
  'GOVERNMENT_AGENCY',
  'PRIVATE_SECTOR',
  'ACADEMIC',
  'FRIENDSHIP_ASSOCIATION',
]);
const isDonor = (o: Schemas['Organization']) => !!o.type && DONOR_TYPES.has(o.type) && o.countryCode !== 'VN';
const BENEFICIARY: OrganizationFilter = { type: 'LOCAL_GOVERNMENT', countryCode: 'VN' };
const VIETNAMESE: OrganizationFilter = { countryCode: 'VN' };

const orgLabel = (o: AidCommitment['ngo']) => (o ? `${o.name} (${o.countryCode})` : undefined);

type Props = {
  initial?: AidCommitment;
  saving: boolean;
  error: unknown;
  onSubmit: (input: AidCommitmentInput) => void;
  onCancel: () => void;
  onReload?: () => void;
};

export const AidCommitmentForm = ({ initial, saving, error, onSubmit, onCancel, onReload }: Props) => {
  const { t, i18n } = useTranslation(['aid', 'common']);
  const sectorOptions = useSectorOptions();
  const lng = i18n.language;
  const required = (v: unknown) => (v ? null : t('common:validation.required'));
  const form = useForm<Values>({
    initialValues: toValues(initial, lng),
    validate: {
      title: (v) => (v.trim() ? null : t('common:validation.required')),
      ngoId: required,
      kind: required,
      sector: required,
      beneficiaryOrganizationId: required,
      currency: required,
      amount: (v, all) => (all.currency ? amountError(t, parseAmount(v, all.currency, lng), all.currency) : null),
      commitmentDate: required,
      status: required,
      // Aid recorded as already approved carries both its decision number and date.
      approvalDate: (v, all) => (!v && all.approvalDecisionNo.trim() ? t('common:validation.required') : null),
      approvalDecisionNo: (v, all) => (!v.trim() && all.approvalDate ? t('common:validation.required') : null),
      // ISO dates compare correctly as strings.
      endDate: (v, all) => (v && all.startDate && v < all.startDate ? t('validation.endBeforeStart') : null),
      counterpartAmount: (v, all) =>
        !v.trim()
          ? null
          : !all.counterpartCurrency
            ? t('common:validation.required')
            : amountError(t, parseAmount(v, all.counterpartCurrency, lng), all.counterpartCurrency),
    },
  });

  useRecordValues(form, initial?.version, () => toValues(initial, lng));
  const decisionEditable = !initial || !!initial.approvalDecisionNo || APPROVED_STEPS.includes(initial.approvalStatus ?? 'DOSSIER_RECEIVED');

  // Server field errors go next to their fields.
  useServerErrors(form, error, renamed(FIELD_OF));

  return (
    <form noValidate onSubmit={form.onSubmit((values) => onSubmit(toInput(values, lng)))}>
      <Stack>
        <ProblemAlert error={error} onReload={onReload} />
        <TextInput label={t('fields.title')} required {...form.getInputProps('title')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <OrganizationPicker
            label={t('fields.donor')}
            placeholder={t('donorPlaceholder')}
            required
            value={form.values.ngoId}
            initialLabel={orgLabel(initial?.ngo)}
            error={form.errors.ngoId}
            accept={isDonor}
            onChange={(id) => form.setFieldValue('ngoId', id)}
          />
          <CountrySelect label={t('fields.donorCountry')} description={t('donorCountryHint')} {...form.getInputProps('donorCountryCode')} />
          <OrganizationPicker
            label={t('fields.beneficiary')}
            placeholder={t('beneficiaryPlaceholder')}
            required
            value={form.values.beneficiaryOrganizationId}
            initialLabel={orgLabel(initial?.beneficiary)}
            error={form.errors.beneficiaryOrganizationId}
            filter={BENEFICIARY}
            onChange={(id) => form.setFieldValue('beneficiaryOrganizationId', id)}
          />
          <PartnershipPicker
            label={t('fields.partnership')}
            placeholder={t('partnershipPlaceholder')}
            value={form.values.partnershipId}
            initialLabel={initial?.partnership?.title}
            error={form.errors.partnershipId}
            onChange={(id) => form.setFieldValue('partnershipId', id)}
          />
          <OrganizationPicker
            label={t('fields.aidOwner')}
            placeholder={t('aidOwnerPlaceholder')}
            value={form.values.aidOwnerOrganizationId}
            initialLabel={orgLabel(initial?.aidOwner)}
            error={form.errors.aidOwnerOrganizationId}
            filter={VIETNAMESE}
            onChange={(id) => form.setFieldValue('aidOwnerOrganizationId', id)}
          />
          <OrganizationPicker
            label={t('fields.implementingPartner')}
            value={form.values.implementingPartnerOrganizationId}
            initialLabel={orgLabel(initial?.implementingPartner)}
            error={form.errors.implementingPartnerOrganizationId}
            onChange={(id) => form.setFieldValue('implementingPartnerOrganizationId', id)}
          />
          <Select label={t('fields.kind')} required data={KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))} {...form.getInputProps('kind')} />
          {form.values.kind === 'NON_PROJECT' && (
            <Select
              label={t('fields.nonProjectForm')}
              clearable
              data={NON_PROJECT_FORMS.map((value) => ({ value, label: t(`nonProjectForms.${value}`) }))}
              {...form.getInputProps('nonProjectForm')}
            />
          )}
          <Select label={t('fields.sector')} required searchable data={sectorOptions} {...form.getInputProps('sector')} />
          <Select
            label={t('fields.status')}
            required
            data={STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }))}
            {...form.getInputProps('status')}
          />
          <DateField label={t('fields.commitmentDate')} description={t('commitmentDateHint')} required {...form.getInputProps('commitmentDate')} />
        </SimpleGrid>
        <Fieldset legend={t('fields.committed')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <CurrencySelect label={t('fields.currency')} required {...form.getInputProps('currency')} />
            <MoneyInput label={t('fields.amount')} required currency={form.values.currency} {...form.getInputProps('amount')} />
          </SimpleGrid>
        </Fieldset>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label={t('fields.startDate')} {...form.getInputProps('startDate')} />
          <DateField label={t('fields.endDate')} {...form.getInputProps('endDate')} />
          <DateField label={t('fields.dossierReceivedOn')} {...form.getInputProps('dossierReceivedOn')} />
        </SimpleGrid>
        {/* A decision is typed only for aid approved before it is entered, or to correct one; a dossier is approved by its lifecycle. */}
        {decisionEditable && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('fields.approvalDecisionNo')}
              description={initial ? undefined : t('decisionRecordedHint')}
              placeholder="1234/QĐ-UBND"
              {...form.getInputProps('approvalDecisionNo')}
            />
            <DateField label={t('fields.approvalDate')} {...form.getInputProps('approvalDate')} />
          </SimpleGrid>
        )}
        <Fieldset legend={t('fields.counterpartFunding')}>
          <Stack gap="xs">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <CurrencySelect label={t('fields.counterpartCurrency')} {...form.getInputProps('counterpartCurrency')} />
              <MoneyInput label={t('fields.counterpartAmount')} currency={form.values.counterpartCurrency} {...form.getInputProps('counterpartAmount')} />
            </SimpleGrid>
            <span style={{ fontSize: 'var(--mantine-font-size-xs)', color: 'var(--mantine-color-dimmed)' }}>{t('counterpartHint')}</span>
          </Stack>
        </Fieldset>
        <Textarea label={t('fields.description')} autosize minRows={3} {...form.getInputProps('description')} />
        <FormActions saving={saving} onCancel={onCancel} />
      </Stack>
    </form>
  );
};
