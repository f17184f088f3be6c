import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { SEARCH_DEBOUNCE_MS } from '@/config/env';
import { api, unwrap, type Schemas } from '@/lib/api/client';

type Organization = Schemas['Organization'];
/** Filters the registry applies on the server. */
export type OrganizationFilter = { type?: Schemas['OrganizationType']; countryCode?: string };

// Under the organizations key, so that saving an organization refreshes the pickers too.
const useOrganizationOptions = (q: string, filter?: OrganizationFilter) =>
  useQuery({
    queryKey: ['organizations', 'options', q, filter],
    queryFn: () => unwrap(api.GET('/api/v1/organizations', { params: { query: { q: q || undefined, ...filter, size: 20, sort: 'name' } } })),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

type Props = {
  label: string;
  placeholder?: string;
  value: number | null | undefined;
  initialLabel?: string;
  excludeId?: number;
  error?: React.ReactNode;
  required?: boolean;
  onChange: (id: number | null) => void;
  /** Only organizations the registry finds with these filters. */
  filter?: OrganizationFilter;
  /** Only organizations this accepts (for rules the registry's filters cannot express, e.g. several types). */
  accept?: (organization: Organization) => boolean;
};

/** Picks an organization by searching the registry on the server as the user types. */
export const OrganizationPicker = ({ label, placeholder, value, initialLabel, excludeId, error, required, onChange, filter, accept }: Props) => {
  const [search, setSearch] = useState('');
  // The chosen option stays listed when the next search (its own label, say) no longer finds it.
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const [debounced] = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);
  const options = useOrganizationOptions(debounced, filter);
  const data = useMemo(() => {
    const items = (options.data?.items ?? [])
      .filter((o) => o.id !== excludeId && (!accept || accept(o)))
      .map((o) => ({ value: String(o.id), label: `${o.name} (${o.countryCode})` }));
    const selected = picked?.value === String(value) ? picked.label : initialLabel;
    if (value && selected && !items.some((i) => i.value === String(value))) {
      items.unshift({ value: String(value), label: selected });
    }
    return items;
  }, [options.data, excludeId, value, initialLabel, picked, accept]);

  return (
    <Select
      label={label}
      placeholder={placeholder}
      searchable
      clearable
      filter={({ options: all }) => all}
      data={data}
      value={value ? String(value) : null}
      onChange={(v, option) => {
        setPicked(option ?? null);
        onChange(v ? Number(v) : null);
      }}
      onSearchChange={setSearch}
      error={error}
      required={required}
    />
  );
};
