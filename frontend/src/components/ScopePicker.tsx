import { useTranslation } from 'react-i18next';
import { OrganizationName } from './OrganizationName';
import { OrganizationPicker } from './OrganizationPicker';

type Props = { value: number | null; error?: React.ReactNode; onChange: (id: number | null) => void };

/** Picks the Vietnamese unit a user or API key works within (its subtree); none: national. */
export const ScopePicker = ({ value, error, onChange }: Props) => {
  const { t } = useTranslation('common');
  return (
    <OrganizationPicker label={t('scope.label')} placeholder={t('scope.hint')} filter={{ countryCode: 'VN' }} value={value} error={error} onChange={onChange} />
  );
};

/** A user's or key's scope in a list: the unit's name, or "national". */
export const ScopeName = ({ id }: { id: number | null | undefined }) => {
  const { t } = useTranslation('common');
  return <OrganizationName id={id} none={t('scope.national')} />;
};
