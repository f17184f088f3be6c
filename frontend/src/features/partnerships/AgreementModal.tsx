import { Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/DateField';
import { ModalActions } from '@/components/FormActions';
import { ProblemAlert } from '@/components/ProblemAlert';
import { isApiError } from '@/lib/api/problem';
import { errorsOnto } from '@/lib/forms';
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
  const form = useForm<Values>({
    initialValues: toValues(agreement),
    validate: {
      kind: (v) => (v ? null : t('common:validation.required')),
      code: (v) => (v.trim() ? null : t('common:validation.required')),
      title: (v) => (v.trim() ? null : t('common:validation.required')),
      expiresOn: (v, all) => (v && all.effectiveOn && v < all.effectiveOn ? t('validation.expiresBeforeEffective') : null),
      documentUrl: (v) => (!v.trim() || /^https?:\/\/\S+$/.test(v.trim()) ? null : t('common:validation.url')),
    },
  });

  // A fresh form each time it opens, and again when a reload brings a newer version.
  useEffect(() => {
    if (!opened) return;
    form.setValues(toValues(agreement));
    form.resetDirty();
    form.clearErrors();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, agreement?.id, agreement?.version]);

  const close = () => {
    save.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={agreement ? t('agreements.editTitle') : t('agreements.new')} size="lg">
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          save.mutate(
            { body: toInput(values), current: agreement },
            {
              onSuccess: () => {
                notifications.show({ color: 'green', message: t('common:saved') });
                close();
              },
              // The only conflict an agreement can meet is a reference already used in this partnership.
              onError: errorsOnto(form, (errors, error) =>
                isApiError(error) && error.status === 409 ? { ...errors, code: t('agreements.duplicateCode') } : errors,
              ),
            },
          ),
        )}
      >
        <Stack>
          <ProblemAlert
            error={save.error}
            onReload={() => {
              save.reset();
              onReload();
            }}
          />
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
          <ModalActions saving={save.isPending} onCancel={close} />
        </Stack>
      </form>
    </Modal>
  );
};
