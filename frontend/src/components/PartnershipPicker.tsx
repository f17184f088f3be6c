import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { SEARCH_DEBOUNCE_MS } from '@/config/env';
import { api, unwrap } from '@/lib/api/client';

type Props = {
  label: string;
  placeholder: string;
  value: number | null;
  /** The chosen partnership's title, before the options have loaded. */
  initialLabel?: string;
  error?: React.ReactNode;
  onChange: (id: number | null) => void;
  /** Only the partnerships with this partner organization; null keeps the picker shut until one is chosen. */
  partnerOrganizationId?: number | null;
  /** The placeholder while the partner organization is still to be chosen. */
  waitingPlaceholder?: string;
  nothingFound?: string;
};

/** An optional partnership, searched on the server (accent-insensitive, like every list). */
export const PartnershipPicker = ({
  label,
  placeholder,
  value,
  initialLabel,
  error,
  onChange,
  partnerOrganizationId,
  waitingPlaceholder,
  nothingFound,
}: Props) => {
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const [q] = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);
  const waiting = partnerOrganizationId === null;
  // Under the partnerships key, so that saving a partnership refreshes this list too.
  const options = useQuery({
    queryKey: ['partnerships', 'options', partnerOrganizationId ?? 'any', q],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partnerships', {
          params: { query: { q: q || undefined, partnerOrganizationId: partnerOrganizationId ?? undefined, size: 20, sort: 'title' } },
        }),
      ),
    enabled: !waiting,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const data = (options.data?.items ?? []).map((p) => ({ value: String(p.id), label: p.title ?? String(p.id) }));
  const selected = picked?.value === String(value) ? picked.label : initialLabel;
  if (value && selected && !data.some((d) => d.value === String(value))) data.unshift({ value: String(value), label: selected });
  return (
    <Select
      label={label}
      placeholder={waiting && waitingPlaceholder ? waitingPlaceholder : placeholder}
      disabled={waiting}
      clearable
      searchable
      filter={({ options: all }) => all}
      nothingFoundMessage={nothingFound}
      data={data}
      value={value ? String(value) : null}
      onChange={(v, option) => {
        setPicked(option ?? null);
        onChange(v ? Number(v) : null);
      }}
      onSearchChange={setSearch}
      error={error}
    />
  );
};
