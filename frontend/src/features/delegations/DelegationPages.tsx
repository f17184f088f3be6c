import { Alert, Button, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/States';
import { useDelegation, useMembers, useSaveDelegation, type Delegation } from './api';
import { DelegationForm } from './DelegationForm';
import { toMemberInputs, toRow } from './formValues';
import { EDITABLE } from './search';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export const DelegationCreatePage = () => {
  const { t } = useTranslation(['delegations', 'common']);
  const navigate = useNavigate();
  const save = useSaveDelegation();
  // Set once the delegation exists: if its member list then fails, the next save updates it instead of proposing a second one.
  const [stored, setStored] = useState<Delegation>();
  return (
    <Stack maw={1200}>
      <Title order={1} size="h2">
        {t('new')}
      </Title>
      <DelegationForm
        saving={save.isPending}
        error={save.error}
        onCancel={() => void (stored?.id ? navigate({ to: '/delegations/$id', params: { id: stored.id } }) : navigate({ to: '/delegations' }))}
        onSubmit={(body, members) =>
          save.mutate(
            { current: stored, body, members: members.length || stored ? members : undefined, onStored: setStored },
            {
              onSuccess: (saved) => {
                notifications.show({ color: 'green', message: t('common:saved') });
                void navigate({ to: '/delegations/$id', params: { id: saved.id ?? 0 } });
              },
            },
          )
        }
      />
    </Stack>
  );
};

export const DelegationEditPage = ({ id }: { id: number }) => {
  const { t } = useTranslation(['delegations', 'common']);
  const navigate = useNavigate();
  const current = useDelegation(id);
  const members = useMembers(id);
  const save = useSaveDelegation();
  const [stored, setStored] = useState<Delegation>();
  if (current.isPending || members.isPending) return <LoadingState />;
  if (current.isError) return <ErrorState error={current.error} onRetry={() => void current.refetch()} />;
  if (members.isError) return <ErrorState error={members.error} onRetry={() => void members.refetch()} />;
  const loaded = members.data.members ?? [];
  const back = () => void navigate({ to: '/delegations/$id', params: { id } });

  if (!EDITABLE.includes(current.data.status ?? 'PROPOSED')) {
    return (
      <Stack maw={900}>
        <Title order={1} size="h2">
          {t('editTitle')}
        </Title>
        <Alert color="yellow">{t('notEditable', { status: t(`statuses.${current.data.status}`) })}</Alert>
        <Button renderRoot={(props) => <Link to="/delegations/$id" params={{ id }} {...props} />} variant="default" w="fit-content">
          {t('common:actions.back')}
        </Button>
      </Stack>
    );
  }
  return (
    <Stack maw={1200}>
      <Title order={1} size="h2">
        {t('editTitle')}
      </Title>
      <DelegationForm
        initial={current.data}
        initialMembers={loaded}
        saving={save.isPending}
        error={save.error}
        onReload={() => {
          save.reset();
          setStored(undefined);
          void current.refetch();
          void members.refetch();
        }}
        onCancel={back}
        onSubmit={(body, rows) =>
          save.mutate(
            {
              current: stored ?? current.data,
              body,
              members: stored || !same(rows, toMemberInputs(loaded.map(toRow))) ? rows : undefined,
              onStored: setStored,
            },
            {
              onSuccess: () => {
                notifications.show({ color: 'green', message: t('common:saved') });
                back();
              },
            },
          )
        }
      />
    </Stack>
  );
};
