import { Divider, Group, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '@/components/FormActions';
import { CountrySelect } from '@/components/CountrySelect';
import { DateField } from '@/components/DateField';
import { OrganizationPicker } from '@/components/OrganizationPicker';
import { PartnershipPicker } from '@/components/PartnershipPicker';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useRecordValues, useServerErrors } from '@/lib/forms';
import type { Delegation, DelegationInput, Member, MemberInput } from './api';
import { minorDigits, toFormErrors, toInput, toMemberInputs, toValues, type Values } from './formValues';
import { MembersEditor } from './MembersEditor';
import { DIRECTIONS, FUNDING_SOURCES, LEVELS, PILLARS } from './search';

type Props = {
  initial?: Delegation;
  initialMembers?: Member[];
  saving: boolean;
  error: unknown;
  onSubmit: (input: DelegationInput, members: MemberInput[]) => void;
  onCancel: () => void;
  onReload?: () => void;
};

const orgLabel = (o: Delegation['home']) => (o ? `${o.name} (${o.countryCode})` : undefined);
const EMAIL = /^\S+@\S+\.\S+$/;

export const DelegationForm = ({ initial, initialMembers, saving, error, onSubmit, onCancel, onReload }: Props) => {
  const { t, i18n } = useTranslation(['delegations', 'common']);
  const required = (v: unknown) => (v === null || (typeof v === 'string' && !v.trim()) ? t('common:validation.required') : null);
  const form = useForm<Values>({
    initialValues: toValues(initial, initialMembers),
    validate: {
      direction: required,
      title: required,
      counterpartOrganizationId: required,
      homeOrganizationId: (v, all) => required(v) ?? (v === all.counterpartOrganizationId ? t('validation.sameOrganization') : null),
      startDate: required,
      // ISO dates compare correctly as strings.
      endDate: (v, all) => required(v) ?? (all.startDate && v && v < all.startDate ? t('validation.endBeforeStart') : null),
      countryCode: required,
      level: required,
      budgetCurrency: (v, all) => (typeof all.budgetAmount === 'number' && !v ? t('common:validation.required') : null),
      members: {
        fullName: required,
        role: (v, all, path) => {
          if (!v) return t('common:validation.required');
          const index = Number(path.split('.')[1]);
          return v === 'HEAD' && all.members.findIndex((m) => m.role === 'HEAD') < index ? t('validation.oneHead') : null;
        },
        email: (v) => (!v.trim() || EMAIL.test(v.trim()) ? null : t('common:validation.email')),
      },
    },
  });
  const currencies = useMemo(() => Intl.supportedValuesOf('currency'), []);

  useRecordValues(form, initial?.version, () => toValues(initial, initialMembers));

  // The server's field errors, the member rows' included (`members[3].fullName`), go next to their inputs.
  useServerErrors(form, error, toFormErrors);

  const lng = i18n.language;
  return (
    <form noValidate onSubmit={form.onSubmit((values) => onSubmit(toInput(values), toMemberInputs(values.members)))}>
      <Stack>
        <ProblemAlert error={error} onReload={onReload} />
        <TextInput label={t('fields.title')} required {...form.getInputProps('title')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('fields.direction')}
            required
            data={DIRECTIONS.map((value) => ({ value, label: t(`directions.${value}`) }))}
            {...form.getInputProps('direction')}
            onChange={(value) => {
              form.setFieldValue('direction', value as Values['direction']);
              // A visit to the province takes place in Viet Nam; it is the usual case, so fill it in.
              if (value === 'INCOMING' && !form.values.countryCode) form.setFieldValue('countryCode', 'VN');
            }}
          />
          <Select label={t('fields.level')} required data={LEVELS.map((value) => ({ value, label: t(`levels.${value}`) }))} {...form.getInputProps('level')} />
          <OrganizationPicker
            label={t('fields.counterpart')}
            placeholder={t('organizationPlaceholder')}
            required
            value={form.values.counterpartOrganizationId}
            initialLabel={orgLabel(initial?.counterpart)}
            error={form.errors.counterpartOrganizationId}
            onChange={(id) => {
              form.setFieldValue('counterpartOrganizationId', id);
              if (id !== form.values.counterpartOrganizationId) form.setFieldValue('partnershipId', null);
            }}
          />
          <OrganizationPicker
            label={t('fields.home')}
            placeholder={t('organizationPlaceholder')}
            required
            value={form.values.homeOrganizationId}
            initialLabel={orgLabel(initial?.home)}
            error={form.errors.homeOrganizationId}
            onChange={(id) => form.setFieldValue('homeOrganizationId', id)}
          />
          <DateField label={t('fields.startDate')} required {...form.getInputProps('startDate')} />
          <DateField label={t('fields.endDate')} required minDate={form.values.startDate ?? undefined} {...form.getInputProps('endDate')} />
          <TextInput label={t('fields.location')} {...form.getInputProps('location')} />
          <CountrySelect label={t('fields.countryCode')} required {...form.getInputProps('countryCode')} />
          <Select
            label={t('fields.pillar')}
            clearable
            data={PILLARS.map((value) => ({ value, label: t(`pillars.${value}`) }))}
            {...form.getInputProps('pillar')}
          />
          <PartnershipPicker
            label={t('fields.partnership')}
            placeholder={t('partnershipPlaceholder')}
            waitingPlaceholder={t('partnershipNeedsCounterpart')}
            nothingFound={t('noPartnership')}
            partnerOrganizationId={form.values.counterpartOrganizationId}
            value={form.values.partnershipId}
            initialLabel={initial?.partnership?.title}
            error={form.errors.partnershipId}
            onChange={(id) => form.setFieldValue('partnershipId', id)}
          />
          <Group grow align="flex-start">
            <NumberInput
              label={t('fields.budget')}
              allowNegative={false}
              decimalScale={minorDigits(form.values.budgetCurrency)}
              thousandSeparator={lng === 'en' ? ',' : '.'}
              decimalSeparator={lng === 'en' ? '.' : ','}
              hideControls
              {...form.getInputProps('budgetAmount')}
            />
            <Select label={t('fields.currency')} searchable data={currencies} maw={120} {...form.getInputProps('budgetCurrency')} />
          </Group>
          <Select
            label={t('fields.fundingSource')}
            clearable
            data={FUNDING_SOURCES.map((value) => ({ value, label: t(`fundingSources.${value}`) }))}
            {...form.getInputProps('fundingSource')}
          />
          {(form.values.fundingSource === 'SPONSOR' || form.values.fundingSource === 'MIXED') && (
            <TextInput label={t('fields.fundingSponsor')} {...form.getInputProps('fundingSponsor')} />
          )}
          <TextInput label={t('fields.invitationFrom')} {...form.getInputProps('invitationFrom')} />
          <DateField label={t('fields.invitationDate')} {...form.getInputProps('invitationDate')} />
          <Select
            label={t('fields.inYearlyPlan')}
            description={t('inYearlyPlanHint')}
            clearable
            data={(['yes', 'no'] as const).map((value) => ({ value, label: t(`inYearlyPlan.${value}`) }))}
            {...form.getInputProps('inYearlyPlan')}
            onChange={(value) => form.setFieldValue('inYearlyPlan', (value ?? '') as Values['inYearlyPlan'])}
            value={form.values.inYearlyPlan || null}
          />
        </SimpleGrid>
        <Textarea label={t('fields.purpose')} autosize minRows={2} {...form.getInputProps('purpose')} />
        {initial?.status === 'APPROVED' && <Textarea label={t('fields.outcome')} autosize minRows={3} {...form.getInputProps('outcome')} />}
        <Divider />
        <Title order={3}>{t('members.title')}</Title>
        <MembersEditor form={form} />
        <FormActions saving={saving} onCancel={onCancel} />
      </Stack>
    </form>
  );
};
