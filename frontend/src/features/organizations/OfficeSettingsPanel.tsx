import { Button, Card, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { isAdmin, useMe } from '@/lib/auth/useMe';
import { useOfficeSettings, useSaveOfficeSettings } from './api';

/** A Vietnamese office's own settings (the days a delegation's report is due), with where the value in force comes from. */
export const OfficeSettingsPanel = ({ organizationId, names }: { organizationId: number; names: (id: number) => string | undefined }) => {
  const { t } = useTranslation('organizations');
  const me = useMe();
  const settings = useOfficeSettings(organizationId);
  if (!settings.data) return null;
  const s = settings.data;
  const from =
    s.effectiveFrom == null
      ? t('office.default')
      : s.effectiveFrom === organizationId
        ? t('office.own')
        : t('office.from', { name: names(s.effectiveFrom) ?? s.effectiveFrom });
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('office.title')}
        </Title>
        <Text size="sm">
          {t('office.inForce', { count: s.effectiveDelegationReportDueDays ?? 15 })}{' '}
          <Text span c="dimmed">
            ({from})
          </Text>
        </Text>
        {isAdmin(me.data?.role) && (
          <DaysForm
            key={`${s.saved}-${s.version}`}
            organizationId={organizationId}
            initial={s.delegationReportDueDays ?? ''}
            version={s.saved ? (s.version ?? 0) : null}
            onReload={() => void settings.refetch()}
          />
        )}
      </Stack>
    </Card>
  );
};

/** The ADMIN's field, fresh for each saved version (keyed by it). */
const DaysForm = ({
  organizationId,
  initial,
  version,
  onReload,
}: {
  organizationId: number;
  initial: number | string;
  version: number | null;
  onReload: () => void;
}) => {
  const { t } = useTranslation('organizations');
  const save = useSaveOfficeSettings(organizationId);
  const [days, setDays] = useState<number | string>(initial);
  return (
    <>
      <Group align="end">
        <NumberInput
          label={t('office.days')}
          description={t('office.daysHint')}
          min={1}
          max={90}
          allowDecimal={false}
          value={days}
          onChange={setDays}
          w={260}
        />
        <Button
          variant="default"
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              { body: { delegationReportDueDays: typeof days === 'number' ? days : undefined }, version },
              { onSuccess: () => notifications.show({ color: 'green', message: t('office.saved') }) },
            )
          }
        >
          {t('office.save')}
        </Button>
      </Group>
      <ProblemAlert error={save.error} onReload={onReload} />
    </>
  );
};
