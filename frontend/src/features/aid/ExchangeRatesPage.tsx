import { Button, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconArrowLeft, IconPlus } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmedAction, EditButton, RowActions } from '@/components/RowActions';
import { FormModal, useModalForm } from '@/components/FormModal';
import { DateField } from '@/components/DateField';
import { ListTable, type Column } from '@/components/ListPage';
import { isAdmin, useMe } from '@/lib/auth/useMe';
import { formatDate } from '@/lib/format';
import { useDeleteExchangeRate, useExchangeRates, useSaveExchangeRate, type ExchangeRate } from './api';
import { CurrencySelect } from './Badges';
import type { ExchangeRateSearch } from './codes';
import { amountForInput, formatDecimal, parseRate } from './money';

type Values = { currency: string | null; date: string | null; rate: string; source: string };

const formatRateValue = formatDecimal;

const RateModal = ({ opened, rate, onClose, onReload }: { opened: boolean; rate?: ExchangeRate; onClose: () => void; onReload: () => void }) => {
  const { t, i18n } = useTranslation(['aid', 'common']);
  const lng = i18n.language;
  const save = useSaveExchangeRate();
  const toValues = (r?: ExchangeRate): Values => ({
    currency: r?.currency ?? 'USD',
    date: r?.date ?? null,
    rate: amountForInput(r?.rate, lng),
    source: r?.source ?? '',
  });
  const { form, close, saved } = useModalForm({
    opened,
    record: rate,
    toValues,
    save,
    onClose,
    validate: {
      currency: (v) => (v ? (v === 'VND' ? t('rates.notBase') : null) : t('common:validation.required')),
      date: (v) => (v ? null : t('common:validation.required')),
      rate: (v) => {
        const parsed = parseRate(v, lng);
        if (parsed.ok) return null;
        return parsed.reason === 'empty'
          ? t('common:validation.required')
          : parsed.reason === 'tooManyDecimals'
            ? t('rates.tooManyDecimals')
            : t('validation.positive');
      },
    },
  });
  const parsed = parseRate(form.values.rate, lng);
  const toInput = (v: Values) => ({
    currency: v.currency ?? '',
    date: v.date ?? '',
    rate: parsed.ok ? parsed.amount : v.rate,
    source: v.source.trim() || undefined,
  });
  return (
    <FormModal
      opened={opened}
      onClose={close}
      title={rate ? t('rates.editTitle') : t('rates.new')}
      save={save}
      onReload={onReload}
      onSubmit={form.onSubmit((v) => save.mutate({ body: toInput(v), current: rate }, saved()))}
    >
      <SimpleGrid cols={2}>
        <CurrencySelect label={t('fields.currency')} required {...form.getInputProps('currency')} />
        <DateField label={t('rates.fields.date')} required {...form.getInputProps('date')} />
      </SimpleGrid>
      <TextInput
        label={t('rates.fields.rate', { currency: form.values.currency ?? '…' })}
        description={parsed.ok ? `1 ${form.values.currency ?? ''} = ${formatRateValue(parsed.amount, lng)} ₫` : t('rates.rateHint')}
        inputMode="decimal"
        required
        {...form.getInputProps('rate')}
      />
      <TextInput label={t('rates.fields.source')} placeholder="Vietcombank" {...form.getInputProps('source')} />
    </FormModal>
  );
};

type Props = { search: ExchangeRateSearch; onSearchChange: (next: ExchangeRateSearch) => void };

/** Rates in VND per unit: everyone reads them, administrators keep them. */
export const ExchangeRatesPage = ({ search, onSearchChange }: Props) => {
  const { t, i18n } = useTranslation(['aid', 'common']);
  const lng = i18n.language;
  const me = useMe();
  const admin = isAdmin(me.data?.role);
  const list = useExchangeRates(search);
  const remove = useDeleteExchangeRate();
  const [editing, setEditing] = useState<'new' | number | null>(null);
  const rate = typeof editing === 'number' ? list.data?.items?.find((r) => r.id === editing) : undefined;
  const change = (patch: Partial<ExchangeRateSearch>) => onSearchChange({ ...search, ...patch, page: patch.page ?? 0 });
  const columns: Column<ExchangeRate>[] = [
    { label: t('fields.currency'), render: (r) => r.currency, td: { fw: 600 } },
    { label: t('rates.fields.date'), render: (r) => formatDate(r.date, lng) },
    {
      label: t('rates.fields.rateShort'),
      render: (r) => `${formatRateValue(r.rate, lng)} ${r.baseCurrency ?? 'VND'}`,
      th: { ta: 'right' },
      td: { style: { textAlign: 'right', whiteSpace: 'nowrap' } },
    },
    { label: t('rates.fields.validUntil'), render: (r) => (r.validUntil ? formatDate(r.validUntil, lng) : t('rates.current')) },
    { label: t('rates.fields.source'), render: (r) => r.source },
    ...(admin
      ? [
          {
            label: t('disbursements.fields.actions'),
            render: (r: ExchangeRate) => (
              <RowActions>
                <EditButton label={t('rates.editLabel', { currency: r.currency, date: formatDate(r.date, lng) })} onClick={() => setEditing(r.id ?? null)} />
                <ConfirmedAction
                  title={t('rates.deleteTitle')}
                  message={t('rates.deleteConfirm', { currency: r.currency, date: formatDate(r.date, lng) })}
                  errors="inline"
                  run={() => remove.mutateAsync({ id: r.id ?? 0, version: r.version ?? 0 })}
                />
              </RowActions>
            ),
          },
        ]
      : []),
  ];

  return (
    <Stack maw={1000}>
      <Group>
        <Button component={Link} to="/aid" variant="subtle" leftSection={<IconArrowLeft size={16} />}>
          {t('title')}
        </Button>
      </Group>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('rates.title')}
        </Title>
        {admin && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            {t('rates.new')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('rates.intro')}
      </Text>
      <Group align="flex-end">
        <CurrencySelect
          label={t('fields.currency')}
          placeholder={t('filters.all')}
          clearable
          value={search.currency ?? null}
          onChange={(currency) => change({ currency: currency ?? undefined })}
          w={140}
        />
        <DateField label={t('filters.from')} value={search.from ?? null} onChange={(from) => change({ from: from ?? undefined })} w={160} />
        <DateField label={t('filters.to')} value={search.to ?? null} onChange={(to) => change({ to: to ?? undefined })} w={160} />
      </Group>
      <ListTable
        failure={remove}
        list={list}
        columns={columns}
        onPage={(page) => change({ page })}
        minWidth={700}
        testId="exchange-rates"
        emptyMessage={t('rates.empty')}
      />
      {admin && (
        <RateModal opened={editing === 'new' || rate !== undefined} rate={rate} onClose={() => setEditing(null)} onReload={() => void list.refetch()} />
      )}
    </Stack>
  );
};
