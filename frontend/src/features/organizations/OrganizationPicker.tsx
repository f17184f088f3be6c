import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { SEARCH_DEBOUNCE_MS } from '@/config/env';
import { useOrganizationOptions } from './api';

type Props = {
  label: string;
  placeholder?: string;
  value: number | null | undefined;
  initialLabel?: string;
  excludeId?: number;
  error?: React.ReactNode;
  onChange: (id: number | null) => void;
};

/** Picks an organization by searching the registry on the server as the user types. */
export const OrganizationPicker = ({ label, placeholder, value, initialLabel, excludeId, error, onChange }: Props) => {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);
  const options = useOrganizationOptions(debounced);
  const data = useMemo(() => {
    const items = (options.data?.items ?? [])
      .filter((o) => o.id !== excludeId)
      .map((o) => ({ value: String(o.id), label: `${o.name} (${o.countryCode})` }));
    if (value && initialLabel && !items.some((i) => i.value === String(value))) {
      items.unshift({ value: String(value), label: initialLabel });
    }
    return items;
  }, [options.data, excludeId, value, initialLabel]);

  return (
    <Select
      label={label}
      placeholder={placeholder}
      searchable
      clearable
      filter={({ options: all }) => all}
      data={data}
      value={value ? String(value) : null}
      onChange={(v) => onChange(v ? Number(v) : null)}
      onSearchChange={setSearch}
      error={error}
    />
  );
};
