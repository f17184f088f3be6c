import { SimpleGrid, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/DateField';
import { FormModal, useModalForm } from '@/components/FormModal';
import { renamed } from '@/lib/forms';
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
  const { form, close, saved } = useModalForm({
    opened,
    record: disbursement,
    toValues,
    save,
    onClose,
    validate: {
      date: (v) => (v ? null : t('common:validation.required')),
      currency: (v) => (v ? null : t('common:validation.required')),
      amount: (v, all) => (all.currency ? amountError(t, parseAmount(v, all.currency, lng), all.currency) : null),
    },
  });
  const toInput = (v: Values): DisbursementInput => {
    const parsed = parseAmount(v.amount, v.currency ?? '', lng);
    return {
      date: v.date ?? '',
      amount: { amount: parsed.ok ? parsed.amount : v.amount, currency: v.currency ?? '' },
      note: v.note.trim() || undefined,
    };
  };

  return (
    <FormModal
      opened={opened}
      onClose={close}
      title={disbursement ? t('disbursements.editTitle') : t('disbursements.new')}
      size="lg"
      save={save}
      onReload={onReload}
      onSubmit={form.onSubmit((values) => save.mutate({ body: toInput(values), current: disbursement }, saved(renamed(FIELD_OF))))}
    >
      <DateField label={t('disbursements.fields.date')} description={t('disbursements.dateHint')} required {...form.getInputProps('date')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <CurrencySelect label={t('fields.currency')} required comboboxProps={{ withinPortal: true }} {...form.getInputProps('currency')} />
        <MoneyInput label={t('disbursements.fields.amount')} required currency={form.values.currency} {...form.getInputProps('amount')} />
      </SimpleGrid>
      <Textarea label={t('disbursements.fields.note')} autosize minRows={2} {...form.getInputProps('note')} />
    </FormModal>
  );
};
