import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryOptions } from '@/lib/countries';
import { foldedFilter } from './foldedFilter';

export const CountrySelect = (props: Omit<SelectProps, 'data'>) => {
  const { i18n } = useTranslation();
  const data = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  return <Select searchable clearable data={data} filter={foldedFilter} nothingFoundMessage="—" {...props} />;
};
