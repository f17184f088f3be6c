import { Modal, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/DateField';
import { ModalActions } from '@/components/FormActions';
import { ProblemAlert } from '@/components/ProblemAlert';
import { errorsOnto, renamed } from '@/lib/forms';
import { useSaveDisbursement, type Disbursement, type DisbursementInput } from './api';
import { CurrencySelect } from './Badges';
import { amountError, MoneyInput } from './MoneyInput';
import { amountForInput, parseAmount } from './money';

type Values = { date: string | null; currency: string | null; amount: string; note: string };

const FIELD_OF: Record<string, keyof Values> = { amount: 'amount', 'amount.amount': 'amount', 'amount.currency': 'currency' };

type Props = {
  commitmentId: number;
  /** The commitment's currency, proposed for a new disbursement. */
  defaultCurrency: string;
  opened: boolean;
  disbursement?: Disbursement;
  onClose: () => void;
  onReload: () => void;
};

export const DisbursementModal = ({ commitmentId, defaultCurrency, opened, disbursement, onClose, onReload }: Props) => {
  const { t, i18n } = useTranslation(['aid', 'common']);
  const lng = i18n.language;
  const save = useSaveDisbursement(commitmentId);
  const toValues = (d?: Disbursement): Values => ({
    date: d?.date ?? null,
    currency: d?.amount?.currency ?? defaultCurrency,
    amount: amountForInput(d?.amount?.amount, lng),
    note: d?.note ?? '',
  });
  const form = useForm<Values>({
    initialValues: toValues(disbursement),
    validate: {
      date: (v) => (v ? null : t('common:validation.required')),
      currency: (v) => (v ? null : t('common:validation.required')),
      amount: (v, all) => (all.currency ? amountError(t, parseAmount(v, all.currency, lng), all.currency) : null),
    },
  });

  // A fresh form each time it opens, and again when a reload brings a newer version.
  useEffect(() => {
    if (!opened) return;
    form.setValues(toValues(disbursement));
    form.resetDirty();
    form.clearErrors();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opened, disbursement?.id, disbursement?.version]);

  const close = () => {
    save.reset();
    onClose();
  };
  const toInput = (v: Values): DisbursementInput => {
    const parsed = parseAmount(v.amount, v.currency ?? '', lng);
    return {
      date: v.date ?? '',
      amount: { amount: parsed.ok ? parsed.amount : v.amount, currency: v.currency ?? '' },
      note: v.note.trim() || undefined,
    };
  };

  return (
    <Modal opened={opened} onClose={close} title={disbursement ? t('disbursements.editTitle') : t('disbursements.new')} size="lg">
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          save.mutate(
            { body: toInput(values), current: disbursement },
            {
              onSuccess: () => {
                notifications.show({ color: 'green', message: t('common:saved') });
                close();
              },
              onError: errorsOnto(form, renamed(FIELD_OF)),
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
          <DateField label={t('disbursements.fields.date')} description={t('disbursements.dateHint')} required {...form.getInputProps('date')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <CurrencySelect label={t('fields.currency')} required comboboxProps={{ withinPortal: true }} {...form.getInputProps('currency')} />
            <MoneyInput label={t('disbursements.fields.amount')} required currency={form.values.currency} {...form.getInputProps('amount')} />
          </SimpleGrid>
          <Textarea label={t('disbursements.fields.note')} autosize minRows={2} {...form.getInputProps('note')} />
          <ModalActions saving={save.isPending} onCancel={close} />
        </Stack>
      </form>
    </Modal>
  );
};
