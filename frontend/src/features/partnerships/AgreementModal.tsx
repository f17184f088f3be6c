import { Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/DateField';
import { FormModal, useModalForm } from '@/components/FormModal';
import { isApiError } from '@/lib/api/problem';
import { useSaveAgreement, type Agreement, type AgreementInput } from './api';
import { AGREEMENT_KINDS, type AgreementKind } from './search';

type Values = {
  kind: AgreementKind | null;
  code: string;
  title: string;
  signedOn: string | null;
  effectiveOn: string | null;
  expiresOn: string | null;
  signatories: string;
  documentUrl: string;
  notes: string;
};

const toValues = (a?: Agreement): Values => ({
  kind: a?.kind ?? null,
  code: a?.code ?? '',
  title: a?.title ?? '',
  signedOn: a?.signedOn ?? null,
  effectiveOn: a?.effectiveOn ?? null,
  expiresOn: a?.expiresOn ?? null,
  signatories: a?.signatories ?? '',
  documentUrl: a?.documentUrl ?? '',
  notes: a?.notes ?? '',
});

const blankToUndefined = (s: string) => (s.trim() ? s.trim() : undefined);

const toInput = (v: Values): AgreementInput => ({
  kind: v.kind as AgreementKind,
  code: v.code.trim(),
  title: v.title.trim(),
  signedOn: v.signedOn ?? undefined,
  effectiveOn: v.effectiveOn ?? undefined,
  expiresOn: v.expiresOn ?? undefined,
  signatories: blankToUndefined(v.signatories),
  documentUrl: blankToUndefined(v.documentUrl),
  notes: blankToUndefined(v.notes),
});

type Props = {
  partnershipId: number;
  opened: boolean;
  /** The agreement being edited; none to add one. */
  agreement?: Agreement;
  onClose: () => void;
  onReload: () => void;
};

export const AgreementModal = ({ partnershipId, opened, agreement, onClose, onReload }: Props) => {
  const { t } = useTranslation(['partnerships', 'common']);
  const save = useSaveAgreement(partnershipId);
  const { form, close, saved } = useModalForm({
    opened,
    record: agreement,
    toValues,
    save,
    onClose,
    validate: {
      kind: (v) => (v ? null : t('common:validation.required')),
      code: (v) => (v.trim() ? null : t('common:validation.required')),
      title: (v) => (v.trim() ? null : t('common:validation.required')),
      expiresOn: (v, all) => (v && all.effectiveOn && v < all.effectiveOn ? t('validation.expiresBeforeEffective') : null),
      documentUrl: (v) => (!v.trim() || /^https?:\/\/\S+$/.test(v.trim()) ? null : t('common:validation.url')),
    },
  });
  // The only conflict an agreement can meet is a reference already used in this partnership.
  const duplicateCode = (errors: Record<string, string>, error: unknown) =>
    isApiError(error) && error.status === 409 ? { ...errors, code: t('agreements.duplicateCode') } : errors;

  return (
    <FormModal
      opened={opened}
      onClose={close}
      title={agreement ? t('agreements.editTitle') : t('agreements.new')}
      size="lg"
      save={save}
      onReload={onReload}
      onSubmit={form.onSubmit((values) => save.mutate({ body: toInput(values), current: agreement }, saved(duplicateCode)))}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('agreements.fields.kind')}
          required
          data={AGREEMENT_KINDS.map((value) => ({ value, label: t(`agreements.kinds.${value}`) }))}
          {...form.getInputProps('kind')}
        />
        <TextInput label={t('agreements.fields.code')} required {...form.getInputProps('code')} />
      </SimpleGrid>
      <TextInput label={t('agreements.fields.title')} required {...form.getInputProps('title')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <DateField label={t('agreements.fields.signedOn')} {...form.getInputProps('signedOn')} />
        <DateField label={t('agreements.fields.effectiveOn')} {...form.getInputProps('effectiveOn')} />
        <DateField label={t('agreements.fields.expiresOn')} {...form.getInputProps('expiresOn')} />
      </SimpleGrid>
      <TextInput label={t('agreements.fields.signatories')} {...form.getInputProps('signatories')} />
      <TextInput label={t('agreements.fields.documentUrl')} type="url" {...form.getInputProps('documentUrl')} />
      <Textarea label={t('agreements.fields.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  );
};
