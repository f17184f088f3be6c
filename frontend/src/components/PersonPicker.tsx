import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { RemotePicker } from './RemotePicker';

type Person = Schemas['Person'];

const describe = (p: Person) => {
  const detail = [p.nationality, p.organization?.name ?? p.organizationName].filter(Boolean).join(', ');
  return detail ? `${p.fullName} (${detail})` : (p.fullName ?? '');
};

type Props = {
  label: string;
  placeholder?: string;
  description?: React.ReactNode;
  value: number | null | undefined;
  initialLabel?: string;
  error?: React.ReactNode;
  required?: boolean;
  onChange: (id: number | null) => void;
  /** The picked person's record, for forms that copy its details. */
  onPick?: (person: Person | null) => void;
};

/** Picks a person of the registry by searching it on the server as the user types (accents ignored). */
export const PersonPicker = ({ onPick, onChange, ...picker }: Props) => {
  const found = new Map<string, Person>();
  const useOptions = (q: string) => {
    const options = useQuery({
      queryKey: ['persons', 'options', q],
      // The JSON answer (the same path also serves CSV/XLSX, hence the wider generated type).
      queryFn: () =>
        unwrap(api.GET('/api/v1/persons', { params: { query: { q: q.trim() || undefined, size: 20 } } })) as Promise<Schemas['PageResultPersonView']>,
      placeholderData: keepPreviousData,
      staleTime: 30_000,
    });
    return (options.data?.items ?? []).map((p) => {
      found.set(String(p.id), p);
      return { value: String(p.id), label: describe(p) };
    });
  };
  return (
    <RemotePicker
      {...picker}
      useOptions={useOptions}
      onChange={(id) => {
        onChange(id);
        onPick?.(id ? (found.get(String(id)) ?? null) : null);
      }}
    />
  );
};
