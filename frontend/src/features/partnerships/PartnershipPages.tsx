import { Alert, Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DetailHeader, EditButton } from '@/components/DetailHeader';
import { AttachmentsPanel } from '@/components/AttachmentsPanel';
import { HistoryPanel } from '@/components/HistoryPanel';
import { ConfirmButton } from '@/components/ConfirmButton';
import { recordFormPages } from '@/components/RecordPages';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ErrorState, LoadingState } from '@/components/States';
import { isApiError } from '@/lib/api/problem';
import { canEdit, isAdmin, useMe } from '@/lib/auth/useMe';
import { countryName } from '@/lib/countries';
import { formatDate, stamp } from '@/lib/format';
import { useCreatePartnership, useDeletePartnership, usePartnership, useUpdatePartnership, type Partnership } from './api';
import { AgreementsSection } from './AgreementsSection';
import { PartnershipAid } from './PartnershipAid';
import { PartnershipDelegations } from './PartnershipDelegations';
import { PartnershipForm } from './PartnershipForm';
import { PartnershipTrainingCourses } from './PartnershipTrainingCourses';
import { StatusBadge } from './StatusBadge';
import { LinkedActivities } from '@/components/LinkedActivities';

export const { CreatePage: PartnershipCreatePage, EditPage: PartnershipEditPage } = recordFormPages({
  ns: 'partnerships',
  list: '/partnerships',
  detail: '/partnerships/$id',
  useCreate: useCreatePartnership,
  useRecord: usePartnership,
  useUpdate: useUpdatePartnership,
  form: (slot) => <PartnershipForm {...slot} />,
});

const OrganizationLink = ({ org }: { org: Partnership['home'] }) => {
  const { i18n } = useTranslation();
  if (!org) return null;
  return (
    <>
      <Anchor renderRoot={(props) => <Link to="/organizations/$id" params={{ id: org.id ?? 0 }} {...props} />}>{org.name}</Anchor>
      <Text size="xs" c="dimmed">
        {countryName(org.countryCode, i18n.language)}
      </Text>
    </>
  );
};

/** Where training will show what it did under this partnership. */
export const PartnershipDetailPage = ({ id }: { id: number }) => {
  const { t, i18n } = useTranslation(['partnerships', 'common']);
  const navigate = useNavigate();
  const me = useMe();
  const partnership = usePartnership(id);
  const remove = useDeletePartnership();
  if (partnership.isPending) return <LoadingState />;
  if (partnership.isError) return <ErrorState error={partnership.error} onRetry={() => void partnership.refetch()} />;
  const p = partnership.data;
  const lng = i18n.language;
  const agreements = p.agreementCount ?? 0;
  const blocked = isApiError(remove.error) && remove.error.status === 409 && agreements > 0;
  const destroy = (cascade: boolean) =>
    remove
      .mutateAsync(
        { id, version: p.version ?? 0, cascade },
        {
          onSuccess: () => {
            notifications.show({ color: 'green', message: t('common:deleted') });
            void navigate({ to: '/partnerships' });
          },
        },
      )
      .catch(() => undefined);
  const row = (label: string, value: React.ReactNode) => (
    <Table.Tr>
      <Table.Th w={200}>{label}</Table.Th>
      <Table.Td>{value || t('common:none')}</Table.Td>
    </Table.Tr>
  );
  const badges = (values: string[] | undefined, prefix: string) =>
    values?.length ? (
      <Group gap={4}>
        {values.map((v) => (
          <Badge key={v} variant="outline" tt="none">
            {t(`${prefix}.${v}`)}
          </Badge>
        ))}
      </Group>
    ) : null;

  return (
    <Stack maw={1100}>
      <DetailHeader
        backTo="/partnerships"
        title={p.title}
        badges={
          <Group gap="xs">
            <StatusBadge status={p.status} />
            <Text c="dimmed">{t(`types.${p.type ?? 'COOPERATION'}`)}</Text>
          </Group>
        }
        actions={
          canEdit(me.data?.role) && (
            <>
              <EditButton to="/partnerships/$id/edit" id={id} />
              <ConfirmButton
                title={t('deleteTitle')}
                message={t('deleteConfirm', { name: p.title })}
                confirmLabel={t('common:actions.confirmDelete')}
                loading={remove.isPending}
                onConfirm={() => destroy(false)}
              >
                {t('common:actions.delete')}
              </ConfirmButton>
            </>
          )
        }
      />
      {blocked ? (
        <Alert color="red" role="alert">
          <Stack gap="xs">
            <Text size="sm">{t('hasAgreements')}</Text>
            {isAdmin(me.data?.role) && (
              <ConfirmButton
                size="xs"
                w="fit-content"
                title={t('deleteTitle')}
                message={t('deleteCascadeConfirm', { name: p.title, count: agreements })}
                confirmLabel={t('common:actions.confirmDelete')}
                loading={remove.isPending}
                onConfirm={() => destroy(true)}
              >
                {t('deleteCascade')}
              </ConfirmButton>
            )}
          </Stack>
        </Alert>
      ) : (
        <ProblemAlert
          error={remove.error}
          onReload={() => {
            remove.reset();
            void partnership.refetch();
          }}
        />
      )}
      <Table variant="vertical" withTableBorder>
        <Table.Tbody>
          {row(t('fields.home'), <OrganizationLink org={p.home} />)}
          {row(t('fields.partner'), <OrganizationLink org={p.partner} />)}
          {row(t('fields.type'), t(`types.${p.type ?? 'COOPERATION'}`))}
          {row(t('fields.status'), <StatusBadge status={p.status} />)}
          {row(t('fields.pillars'), badges(p.pillars, 'pillars'))}
          {row(t('fields.fields'), badges(p.fields, 'areas'))}
          {row(t('fields.startDate'), formatDate(p.startDate, lng))}
          {row(t('fields.endDate'), p.endDate ? formatDate(p.endDate, lng) : t('openEnded'))}
          {row(t('fields.suspended'), p.suspended ? t('common:yes') : t('common:no'))}
          {row(t('fields.contactPerson'), p.contactPerson)}
          {row(t('fields.description'), p.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{p.description}</Text>)}
          {row(t('fields.createdAt'), stamp(p.createdAt, p.createdBy, lng))}
          {row(t('fields.updatedAt'), stamp(p.updatedAt, p.updatedBy, lng))}
        </Table.Tbody>
      </Table>
      <AgreementsSection partnershipId={id} editable={canEdit(me.data?.role)} />
      <PartnershipDelegations partnershipId={id} />
      <LinkedActivities filter={{ partnershipId: id }} />
      <PartnershipAid partnershipId={id} />
      <PartnershipTrainingCourses partnershipId={id} />
      <AttachmentsPanel path="/api/v1/partnerships/{id}/attachments" params={{ id }} />
      <HistoryPanel path="/api/v1/partnerships/{id}/history" params={{ id }} ns="partnerships" />
    </Stack>
  );
};
