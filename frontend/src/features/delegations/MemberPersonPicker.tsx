import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { RemotePicker, type PickerOption } from '@/components/RemotePicker';
import { api, unwrap, type Schemas } from '@/lib/api/client';

type Person = Schemas['Person'];

const describe = (p: Person) => {
  const detail = [p.position, p.organization?.name ?? p.organizationName].filter(Boolean).join(', ');
  return detail ? `${p.fullName} — ${detail}` : (p.fullName ?? '');
};

/**
 * Links a member row to a person of the registry (accents ignored), filling the row from the record. Left empty,
 * the server finds the person of the typed name and agency, or adds one.
 */
export const MemberPersonPicker = ({
  label,
  personId,
  name,
  onPick,
}: {
  label: string;
  personId: number | null;
  name: string;
  onPick: (p: Person | null) => void;
}) => {
  const { t } = useTranslation('delegations');
  const found = new Map<string, Person>();
  const useOptions = (q: string): PickerOption[] => {
    const answer = useQuery({
      queryKey: ['persons', 'pick', q],
      enabled: q.trim().length >= 2,
      // The JSON answer (the same path also serves CSV/XLSX, hence the wider generated type).
      queryFn: () => unwrap(api.GET('/api/v1/persons', { params: { query: { q: q.trim(), size: 10 } } })) as Promise<Schemas['PageResultPersonView']>,
      staleTime: 30_000,
    });
    return (answer.data?.items ?? []).map((p) => {
      found.set(String(p.id), p);
      return { value: String(p.id), label: describe(p) };
    });
  };
  return (
    <RemotePicker
      size="xs"
      aria-label={label}
      placeholder={t('members.pickPerson')}
      value={personId}
      initialLabel={personId ? name : undefined}
      useOptions={useOptions}
      onChange={(id) => onPick(id ? (found.get(String(id)) ?? null) : null)}
    />
  );
};
