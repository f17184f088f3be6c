import { Select, type ComboboxItem, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryOptions, folded } from '@/lib/countries';

// Accent-insensitive like every search of the app: "lao" finds Lào, "viet" Việt Nam, "dan mach" Đan Mạch.
const byFoldedName = ({ options, search }: { options: ComboboxItem[]; search: string }) => {
  const wanted = folded(search.trim());
  return wanted ? options.filter((o) => folded(o.label).includes(wanted)) : options;
};

export const CountrySelect = (props: Omit<SelectProps, 'data'>) => {
  const { i18n } = useTranslation();
  const data = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  return <Select searchable clearable data={data} filter={byFoldedName as SelectProps['filter']} nothingFoundMessage="—" {...props} />;
};
