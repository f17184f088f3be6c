import { Fieldset, MultiSelect, NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/DateField';
import { foldedFilter } from '@/components/foldedFilter';
import { FormActions } from '@/components/FormActions';
import { OrganizationPicker } from '@/components/OrganizationPicker';
import { PartnershipPicker } from '@/components/PartnershipPicker';
import { PersonPicker } from '@/components/PersonPicker';
import { ProblemAlert } from '@/components/ProblemAlert';
import type { Schemas } from '@/lib/api/client';
import { useRecordValues, useServerErrors } from '@/lib/forms';
import type { Activity, ActivityInput } from './api';
import {
  COMPETENCES,
  DIRECTIONS,
  FIELDS,
  hasExchange,
  KINDS,
  OCCASIONS,
  PILLARS,
  STATUSES,
  type ActivityKind,
  type ActivityStatus,
  type CooperationField,
  type Pillar,
} from './search';

type Values = {
  kind: ActivityKind | null;
  title: string;
  startDate: string | null;
  endDate: string | null;
  place: string;
  homeOrganizationId: number | null;
  partnerIds: (number | null)[];
  participantsVietnamese: number | string;
  participantsForeign: number | string;
  status: ActivityStatus;
  cancellationReason: string;
  description: string;
  outcome: string;
  direction: string | null;
  occasion: string | null;
  sender: string;
  recipient: string;
  season: string;
  setsFound: number | string;
  setsIdentified: number | string;
  agreedPoints: string;
  assessment: string;
  competence: string | null;
  applicationSentOn: string | null;
  permissionNumber: string;
  permissionDate: string | null;
  reportSentOn: string | null;
  partnershipId: number | null;
  pillars: Pillar[];
  fields: CooperationField[];
  personIds: (number | null)[];
  budget: number | string;
};

/** Named persons picked in the form; more, if the record has them, are kept. */
const PERSON_SLOTS = 3;

const toValues = (a?: Activity): Values => ({
  kind: a?.kind ?? null,
  title: a?.title ?? '',
  startDate: a?.startDate ?? null,
  endDate: a?.endDate ?? null,
  place: a?.place ?? '',
  homeOrganizationId: a?.homeOrganizationId ?? null,
  partnerIds: [a?.partnerOrganizationIds?.[0] ?? null, a?.partnerOrganizationIds?.[1] ?? null],
  participantsVietnamese: a?.participantsVietnamese ?? '',
  participantsForeign: a?.participantsForeign ?? '',
  status: a?.status ?? 'PLANNED',
  cancellationReason: a?.cancellationReason ?? '',
  description: a?.description ?? '',
  outcome: a?.outcome ?? '',
  direction: a?.exchange?.direction ?? 'SENT',
  occasion: a?.exchange?.occasion ?? null,
  sender: a?.exchange?.sender ?? '',
  recipient: a?.exchange?.recipient ?? '',
  season: a?.repatriation?.season ?? '',
  setsFound: a?.repatriation?.setsFound ?? '',
  setsIdentified: a?.repatriation?.setsIdentified ?? '',
  agreedPoints: a?.twinningReview?.agreedPoints ?? '',
  assessment: a?.twinningReview?.assessment ?? '',
  competence: a?.conference?.competence ?? 'OTHER_AUTHORITY',
  applicationSentOn: a?.conference?.applicationSentOn ?? null,
  permissionNumber: a?.conference?.permissionNumber ?? '',
  permissionDate: a?.conference?.permissionDate ?? null,
  reportSentOn: a?.conference?.reportSentOn ?? null,
  partnershipId: a?.partnershipId ?? null,
  pillars: a?.pillars ?? ['PEOPLE'],
  fields: a?.fields ?? [],
  personIds: Array.from({ length: PERSON_SLOTS }, (_, i) => a?.personIds?.[i] ?? null),
  budget: a?.budget?.amount ? Number(a.budget.amount) : '',
});

const text = (s: string) => (s.trim() ? s.trim() : undefined);
const count = (n: number | string) => (typeof n === 'number' ? n : undefined);

/** The form's values as the API takes them; the other partners and the record's other fields are kept. */
export const toInput = (v: Values, initial?: Activity): ActivityInput => {
  const extra = (initial?.partnerOrganizationIds ?? []).slice(2);
  const morePersons = (initial?.personIds ?? []).slice(PERSON_SLOTS);
  const currency = initial?.budget?.currency ?? 'VND';
  const kind = v.kind as ActivityKind;
  return {
    kind,
    title: v.title.trim(),
    startDate: v.startDate ?? '',
    endDate: v.endDate ?? v.startDate ?? '',
    place: text(v.place),
    countryCode: initial?.countryCode ?? undefined,
    homeOrganizationId: v.homeOrganizationId ?? 0,
    partnerOrganizationIds: [...new Set([...v.partnerIds.filter((id): id is number => !!id), ...extra])],
    partnershipId: v.partnershipId ?? undefined,
    pillars: v.pillars,
    fields: v.fields,
    personIds: [...new Set([...v.personIds.filter((id): id is number => !!id), ...morePersons])],
    budget: typeof v.budget === 'number' ? { amount: String(v.budget), currency } : undefined,
    participantsVietnamese: count(v.participantsVietnamese),
    participantsForeign: count(v.participantsForeign),
    status: v.status,
    cancellationReason: v.status === 'CANCELLED' ? text(v.cancellationReason) : undefined,
    description: text(v.description),
    outcome: text(v.outcome),
    exchange: hasExchange(kind)
      ? {
          direction: (v.direction ?? 'SENT') as Schemas['ExchangeDirection'],
          occasion: (v.occasion ?? undefined) as Schemas['MessageOccasion'] | undefined,
          sender: text(v.sender),
          recipient: text(v.recipient),
        }
      : undefined,
    repatriation:
      kind === 'REPATRIATION_CEREMONY' ? { season: text(v.season), setsFound: count(v.setsFound), setsIdentified: count(v.setsIdentified) } : undefined,
    twinningReview: kind === 'TWINNING_REVIEW' ? { agreedPoints: text(v.agreedPoints), assessment: text(v.assessment) } : undefined,
    conference:
      kind === 'CONFERENCE'
        ? {
            competence: (v.competence ?? 'OTHER_AUTHORITY') as Schemas['ConferenceCompetence'],
            applicationSentOn: v.applicationSentOn ?? undefined,
            opinionsRequestedOn: initial?.conference?.opinionsRequestedOn ?? undefined,
            opinionsReceivedOn: initial?.conference?.opinionsReceivedOn ?? undefined,
            permissionNumber: text(v.permissionNumber),
            permissionDate: v.permissionDate ?? undefined,
            reportSentOn: v.reportSentOn ?? undefined,
          }
        : undefined,
  };
};

const orgLabel = (o: Activity['home']) => (o ? `${o.name} (${o.countryCode})` : undefined);

type Props = {
  initial?: Activity;
  saving: boolean;
  error: unknown;
  onSubmit: (input: ActivityInput) => void;
  onCancel: () => void;
  onReload?: () => void;
};

export const ActivityForm = ({ initial, saving, error, onSubmit, onCancel, onReload }: Props) => {
  const { t } = useTranslation(['activities', 'partnerships', 'common']);
  const required = (v: unknown) => (v ? null : t('common:validation.required'));
  const form = useForm<Values>({
    initialValues: toValues(initial),
    validate: {
      kind: required,
      title: (v) => (v.trim() ? null : t('common:validation.required')),
      startDate: required,
      endDate: (v, all) => (v && all.startDate && v < all.startDate ? t('validation.endBeforeStart') : null),
      homeOrganizationId: required,
      occasion: (v, all) => (all.kind === 'CONGRATULATORY_MESSAGE' && !v ? t('common:validation.required') : null),
      cancellationReason: (v, all) => (all.status === 'CANCELLED' && !v.trim() ? t('common:validation.required') : null),
    },
  });
  useRecordValues(form, initial?.version, () => toValues(initial));
  useServerErrors(form, error);
  const kind = form.values.kind;
  const options = (values: readonly string[], group: string) => values.map((value) => ({ value, label: t(`${group}.${value}`) }));
  return (
    <form noValidate onSubmit={form.onSubmit((values) => onSubmit(toInput(values, initial)))}>
      <Stack>
        <ProblemAlert error={error} onReload={onReload} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label={t('fields.kind')} required searchable data={options(KINDS, 'kinds')} {...form.getInputProps('kind')} />
          <Select label={t('fields.status')} required data={options(STATUSES, 'statuses')} {...form.getInputProps('status')} />
        </SimpleGrid>
        <TextInput label={t('fields.title')} required {...form.getInputProps('title')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DateField label={t('fields.startDate')} required {...form.getInputProps('startDate')} />
          <DateField label={t('fields.endDate')} description={t('endDateHint')} {...form.getInputProps('endDate')} />
          <TextInput label={t('fields.place')} {...form.getInputProps('place')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <OrganizationPicker
            label={t('fields.home')}
            required
            value={form.values.homeOrganizationId}
            initialLabel={orgLabel(initial?.home)}
            error={form.errors.homeOrganizationId}
            filter={{ countryCode: 'VN' }}
            onChange={(id) => form.setFieldValue('homeOrganizationId', id)}
          />
          {[0, 1].map((i) => (
            <OrganizationPicker
              key={i}
              label={i === 0 ? t('fields.partner') : t('fields.otherPartner')}
              value={form.values.partnerIds[i]}
              initialLabel={orgLabel(initial?.partners?.[i])}
              error={i === 0 ? form.errors.partnerOrganizationIds : undefined}
              accept={(o) => o.countryCode !== 'VN'}
              onChange={(id) => form.setFieldValue(`partnerIds.${i}`, id)}
            />
          ))}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('fields.participantsVietnamese')}
            min={0}
            thousandSeparator="."
            decimalSeparator=","
            {...form.getInputProps('participantsVietnamese')}
          />
          <NumberInput
            label={t('fields.participantsForeign')}
            min={0}
            thousandSeparator="."
            decimalSeparator=","
            {...form.getInputProps('participantsForeign')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <PartnershipPicker
            label={t('fields.partnershipId')}
            placeholder={t('partnershipPlaceholder')}
            value={form.values.partnershipId}
            initialLabel={initial?.partnership?.title}
            error={form.errors.partnershipId}
            onChange={(id) => form.setFieldValue('partnershipId', id)}
          />
          <MultiSelect
            label={t('fields.pillars')}
            data={PILLARS.map((value) => ({ value, label: t(`partnerships:pillars.${value}`) }))}
            {...form.getInputProps('pillars')}
          />
          <MultiSelect
            label={t('fields.fields')}
            searchable
            filter={foldedFilter}
            data={FIELDS.map((value) => ({ value, label: t(`partnerships:areas.${value}`) }))}
            {...form.getInputProps('fields')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {form.values.personIds.map((_, i) => (
            <PersonPicker
              key={i}
              label={`${t('fields.persons')} ${i + 1}`}
              value={form.values.personIds[i]}
              initialLabel={initial?.persons?.[i]?.fullName}
              error={i === 0 ? form.errors.personIds : undefined}
              onChange={(id) => form.setFieldValue(`personIds.${i}`, id)}
            />
          ))}
        </SimpleGrid>
        <NumberInput
          label={`${t('fields.budget')} (${initial?.budget?.currency ?? 'VND'})`}
          min={0}
          allowDecimal={false}
          thousandSeparator="."
          decimalSeparator=","
          maw={320}
          {...form.getInputProps('budget')}
        />
        {hasExchange(kind) && (
          <Fieldset legend={t(kind === 'GIFT_DONATION' ? 'gift' : 'message')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select label={t('fields.direction')} data={options(DIRECTIONS, 'directions')} {...form.getInputProps('direction')} />
              <Select
                label={t('fields.occasion')}
                required={kind === 'CONGRATULATORY_MESSAGE'}
                clearable
                data={options(OCCASIONS, 'occasions')}
                {...form.getInputProps('occasion')}
              />
              <TextInput label={t('fields.sender')} {...form.getInputProps('sender')} />
              <TextInput label={t('fields.recipient')} {...form.getInputProps('recipient')} />
            </SimpleGrid>
          </Fieldset>
        )}
        {kind === 'REPATRIATION_CEREMONY' && (
          <Fieldset legend={t('repatriation')}>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput label={t('fields.season')} {...form.getInputProps('season')} />
              <NumberInput label={t('fields.setsFound')} min={0} {...form.getInputProps('setsFound')} />
              <NumberInput label={t('fields.setsIdentified')} min={0} {...form.getInputProps('setsIdentified')} />
            </SimpleGrid>
          </Fieldset>
        )}
        {kind === 'TWINNING_REVIEW' && (
          <Fieldset legend={t('twinningReview')}>
            <Textarea label={t('fields.agreedPoints')} autosize minRows={2} {...form.getInputProps('agreedPoints')} />
            <Textarea label={t('fields.assessment')} autosize minRows={2} {...form.getInputProps('assessment')} />
          </Fieldset>
        )}
        {kind === 'CONFERENCE' && (
          <Fieldset legend={t('conference')}>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Select label={t('fields.competence')} data={options(COMPETENCES, 'competences')} {...form.getInputProps('competence')} />
              <DateField label={t('fields.applicationSentOn')} {...form.getInputProps('applicationSentOn')} />
              <DateField label={t('fields.reportSentOn')} {...form.getInputProps('reportSentOn')} />
              <TextInput label={t('fields.permissionNumber')} {...form.getInputProps('permissionNumber')} />
              <DateField label={t('fields.permissionDate')} {...form.getInputProps('permissionDate')} />
            </SimpleGrid>
          </Fieldset>
        )}
        {form.values.status === 'CANCELLED' && <TextInput label={t('fields.cancellationReason')} required {...form.getInputProps('cancellationReason')} />}
        <Textarea label={t('fields.description')} autosize minRows={2} {...form.getInputProps('description')} />
        <Textarea label={t('fields.outcome')} description={t('outcomeHint')} autosize minRows={2} {...form.getInputProps('outcome')} />
        <FormActions saving={saving} onCancel={onCancel} />
      </Stack>
    </form>
  );
};
