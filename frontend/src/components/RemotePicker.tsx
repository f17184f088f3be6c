import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { SEARCH_DEBOUNCE_MS } from '@/config/env';

export type PickerOption = { value: string; label: string };

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'onSearchChange' | 'filter'> & {
  value: number | null | undefined;
  /** The chosen record's label, before the options have loaded. */
  initialLabel?: string;
  onChange: (id: number | null) => void;
  /** The options the server finds for what was typed (after a pause). */
  useOptions: (q: string) => PickerOption[];
};

/** Picks a record by id, searching the server as the user types (accent-insensitive, like every list). */
export const RemotePicker = ({ value, initialLabel, onChange, useOptions, ...select }: Props) => {
  const [search, setSearch] = useState('');
  // The chosen option stays listed when the next search (its own label, say) no longer finds it.
  const [picked, setPicked] = useState<PickerOption | null>(null);
  const [q] = useDebouncedValue(search, SEARCH_DEBOUNCE_MS);
  const found = useOptions(q);
  const selected = picked?.value === String(value) ? picked.label : initialLabel;
  const data = value && selected && !found.some((o) => o.value === String(value)) ? [{ value: String(value), label: selected }, ...found] : found;
  return (
    <Select
      searchable
      clearable
      // The server already filtered; the typed text need not match the label letter for letter.
      filter={({ options }) => options}
      {...select}
      data={data}
      value={value ? String(value) : null}
      onChange={(v, option) => {
        setPicked(option ?? null);
        onChange(v ? Number(v) : null);
      }}
      onSearchChange={setSearch}
    />
  );
};
