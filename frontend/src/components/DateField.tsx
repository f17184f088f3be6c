import { DatePickerInput, type DatePickerInputProps } from '@mantine/dates';
import 'dayjs/locale/vi';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';

type Props = Omit<DatePickerInputProps, 'type' | 'value' | 'onChange'> & {
  value?: string | null;
  onChange?: (value: string | null) => void;
};

/** A calendar date as the API takes it ('YYYY-MM-DD'), shown and announced the way the language writes dates. */
export const DateField = (props: Props) => {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <DatePickerInput
      clearable
      locale={lng}
      firstDayOfWeek={1}
      valueFormat={lng === 'en' ? 'D MMM YYYY' : 'DD/MM/YYYY'}
      getDayAriaLabel={(date) => formatDate(date, lng)}
      nextLabel={t('dates.next')}
      previousLabel={t('dates.previous')}
      {...props}
    />
  );
};
