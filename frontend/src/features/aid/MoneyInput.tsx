import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { amountForInput, currencyDigits, formatMoney, parseAmount, type ParsedAmount } from './money';

type Props = Omit<TextInputProps, 'value' | 'onChange'> & {
  currency: string | null;
  value?: string;
  onChange?: (text: string) => void;
};

/** The message for an amount that cannot be sent, or null. */
export const amountError = (t: (key: string, options?: Record<string, unknown>) => string, parsed: ParsedAmount, currency: string) => {
  if (parsed.ok) return null;
  switch (parsed.reason) {
    case 'empty':
      return t('common:validation.required');
    case 'tooManyDecimals':
      return parsed.digits === 0 ? t('validation.noDecimals', { currency }) : t('validation.tooManyDecimals', { currency, count: parsed.digits });
    case 'notPositive':
      return t('validation.positive');
    default:
      return t('validation.amount');
  }
};

/**
 * An amount typed as the language writes numbers, kept as text (never a float), with the currency's decimals:
 * the hint says how many are allowed and shows how the amount reads; leaving the box tidies it.
 */
export const MoneyInput = ({ currency, value, onChange, onBlur, ...props }: Props) => {
  const { t, i18n } = useTranslation('aid');
  const lng = i18n.language;
  const parsed = currency ? parseAmount(value ?? '', currency, lng) : null;
  const digits = currency ? currencyDigits(currency) : null;
  const hint =
    parsed?.ok && currency
      ? formatMoney({ amount: parsed.amount, currency }, lng)
      : digits === null
        ? t('amountHint.pickCurrency')
        : digits === 0
          ? t('amountHint.noDecimals', { currency })
          : t('amountHint.decimals', { currency, count: digits });
  return (
    <TextInput
      inputMode="decimal"
      autoComplete="off"
      description={hint}
      value={value ?? ''}
      onChange={(e) => onChange?.(e.currentTarget.value)}
      onBlur={(e) => {
        if (parsed?.ok) onChange?.(amountForInput(parsed.amount, lng));
        onBlur?.(e);
      }}
      rightSection={currency ? <span style={{ fontSize: 12, color: 'var(--mantine-color-dimmed)' }}>{currency}</span> : undefined}
      rightSectionWidth={44}
      {...props}
    />
  );
};
