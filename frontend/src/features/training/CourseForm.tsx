import { NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/DateField';
import { FormActions } from '@/components/FormActions';
import { OrganizationPicker } from '@/components/OrganizationPicker';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useServerErrors } from '@/lib/forms';
import type { Course, CourseInput } from './api';
import { TOPICS, type TrainingTopic } from './search';

type Values = {
  title: string;
  topic: TrainingTopic | null;
  language: string;
  organizerOrganizationId: number | null;
  partnershipId: number | null;
  location: string;
  startDate: string | null;
  endDate: string | null;
  registrationDeadline: string | null;
  capacity: number | string;
  completionThreshold: number | string;
  description: string;
};

const toValues = (c?: Course): Values => ({
  title: c?.title ?? '',
  topic: c?.topic ?? null,
  language: c?.language ?? 'vi',
  organizerOrganizationId: c?.organizerOrganizationId ?? null,
  partnershipId: c?.partnershipId ?? null,
  location: c?.location ?? '',
  startDate: c?.startDate ?? null,
  endDate: c?.endDate ?? null,
  registrationDeadline: c?.registrationDeadline ?? null,
  capacity: c?.capacity ?? '',
  completionThreshold: c?.completionThreshold ?? 80,
  description: c?.description ?? '',
});

const toInput = (v: Values): CourseInput => ({
  title: v.title.trim(),
  topic: v.topic as TrainingTopic,
  language: v.language.trim(),
  organizerOrganizationId: v.organizerOrganizationId ?? 0,
  partnershipId: v.partnershipId ?? undefined,
  location: v.location.trim() || undefined,
  startDate: v.startDate ?? '',
  endDate: v.endDate ?? '',
  registrationDeadline: v.registrationDeadline ?? '',
  capacity: Number(v.capacity),
  completionThreshold: Number(v.completionThreshold),
  description: v.description.trim() || undefined,
});

const LANGUAGES = ['vi', 'lo', 'en', 'zh', 'km', 'ko', 'fr'];

type Props = { initial?: Course; saving: boolean; error: unknown; onSubmit: (input: CourseInput) => void; onCancel: () => void; onReload?: () => void };

export const CourseForm = ({ initial, saving, error, onSubmit, onCancel, onReload }: Props) => {
  const { t } = useTranslation(['training', 'common']);
  const required = (v: unknown) => (v === null || v === '' || (typeof v === 'string' && !v.trim()) ? t('common:validation.required') : null);
  const form = useForm<Values>({
    initialValues: toValues(initial),
    validate: {
      title: required,
      topic: required,
      language: required,
      organizerOrganizationId: required,
      startDate: required,
      // ISO dates compare correctly as strings.
      endDate: (v, all) => required(v) ?? (all.startDate && v && v < all.startDate ? t('validation.endBeforeStart') : null),
      registrationDeadline: (v, all) => required(v) ?? (all.endDate && v && v > all.endDate ? t('validation.deadlineAfterEnd') : null),
      capacity: (v) => required(v) ?? (Number(v) < 1 ? t('validation.capacity') : null),
    },
  });
  useServerErrors(form, error);

  return (
    <form noValidate onSubmit={form.onSubmit((values) => onSubmit(toInput(values)))}>
      <Stack>
        <ProblemAlert error={error} onReload={onReload} />
        <TextInput label={t('fields.title')} required {...form.getInputProps('title')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label={t('fields.topic')} required data={TOPICS.map((value) => ({ value, label: t(`topics.${value}`) }))} {...form.getInputProps('topic')} />
          <Select
            label={t('fields.language')}
            required
            searchable
            data={LANGUAGES.map((value) => ({ value, label: t(`languages.${value}`) }))}
            {...form.getInputProps('language')}
          />
          <OrganizationPicker
            label={t('fields.organizer')}
            required
            value={form.values.organizerOrganizationId}
            initialLabel={initial?.organizer ? `${initial.organizer.name} (${initial.organizer.countryCode})` : undefined}
            error={form.errors.organizerOrganizationId}
            onChange={(id) => form.setFieldValue('organizerOrganizationId', id)}
          />
          <TextInput label={t('fields.location')} {...form.getInputProps('location')} />
          <DateField label={t('fields.startDate')} required {...form.getInputProps('startDate')} />
          <DateField label={t('fields.endDate')} required minDate={form.values.startDate ?? undefined} {...form.getInputProps('endDate')} />
          <DateField label={t('fields.registrationDeadline')} required {...form.getInputProps('registrationDeadline')} />
          <NumberInput label={t('fields.capacity')} required min={1} allowDecimal={false} {...form.getInputProps('capacity')} />
          <NumberInput
            label={t('fields.completionThreshold')}
            description={t('completionThresholdHint')}
            min={1}
            max={100}
            suffix=" %"
            allowDecimal={false}
            {...form.getInputProps('completionThreshold')}
          />
        </SimpleGrid>
        <Textarea label={t('fields.description')} autosize minRows={3} {...form.getInputProps('description')} />
        <FormActions saving={saving} onCancel={onCancel} />
      </Stack>
    </form>
  );
};
