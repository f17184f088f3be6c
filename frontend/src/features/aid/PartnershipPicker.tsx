import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEARCH_DEBOUNCE_MS } from '@/config/env';
import { api, unwrap } from '@/lib/api/client';

type Props = { value: number | null; initialLabel?: string; error?: React.ReactNode; onChange: (id: number | null) => void };

/** An optional partnership the aid comes under, searched on the server. */
export const PartnershipPicker = ({ value, initialLabel, error, onChange }: Props) => {
  const { t } = useTranslation('aid');
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const [q] = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);
  // Under the partnerships key, so that saving a partnership refreshes this list too.
  const options = useQuery({
    queryKey: ['partnerships', 'options', 'aid', q],
    queryFn: () => unwrap(api.GET('/api/v1/partnerships', { params: { query: { q: q || undefined, size: 20, sort: 'title' } } })),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const data = (options.data?.items ?? []).map((p) => ({ value: String(p.id), label: p.title ?? String(p.id) }));
  const selected = picked?.value === String(value) ? picked.label : initialLabel;
  if (value && selected && !data.some((d) => d.value === String(value))) data.unshift({ value: String(value), label: selected });
  return (
    <Select
      label={t('fields.partnership')}
      placeholder={t('partnershipPlaceholder')}
      clearable
      searchable
      filter={({ options: all }) => all}
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
