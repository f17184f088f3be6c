import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DetailHeader, EditButton } from '@/components/DetailHeader';
import { AttachmentsPanel } from '@/components/AttachmentsPanel';
import { HistoryPanel } from '@/components/HistoryPanel';
import { ConfirmedAction } from '@/components/RowActions';
import { recordFormPages } from '@/components/RecordPages';
import { ErrorState, LoadingState } from '@/components/States';
import { canEdit, useMe } from '@/lib/auth/useMe';
import { countryName } from '@/lib/countries';
import { formatDate, stamp } from '@/lib/format';
import { useCreateOrganization, useDeleteOrganization, useOrganization, useUpdateOrganization } from './api';
import { OrganizationForm } from './OrganizationForm';
import { LinkedActivities } from '@/components/LinkedActivities';
import { OfficeSettingsPanel } from './OfficeSettingsPanel';

export const { CreatePage: OrganizationCreatePage, EditPage: OrganizationEditPage } = recordFormPages({
  ns: 'organizations',
  list: '/organizations',
  detail: '/organizations/$id',
  useCreate: useCreateOrganization,
  useRecord: useOrganization,
  useUpdate: useUpdateOrganization,
  form: (slot) => <OrganizationForm {...slot} />,
});

export const OrganizationDetailPage = ({ id }: { id: number }) => {
  const { t, i18n } = useTranslation(['organizations', 'common']);
  const navigate = useNavigate();
  const me = useMe();
  const org = useOrganization(id);
  const remove = useDeleteOrganization();
  if (org.isPending) return <LoadingState />;
  if (org.isError) return <ErrorState error={org.error} onRetry={() => void org.refetch()} />;
  const o = org.data;
  const row = (label: string, value: React.ReactNode) => (
    <Table.Tr>
      <Table.Th w={200}>{label}</Table.Th>
      <Table.Td>{value || t('common:none')}</Table.Td>
    </Table.Tr>
  );
  return (
    <Stack maw={900}>
      <DetailHeader
        backTo="/organizations"
        title={o.name}
        badges={
          <div>
            {o.localName && <Text c="dimmed">{o.localName}</Text>}
            {o.acronym && (
              <Text c="dimmed">
                {t('fields.acronym')}: {o.acronym}
              </Text>
            )}
            {o.validTo && (
              <Badge color="gray" variant="outline">
                {t('ended', { date: formatDate(o.validTo, i18n.language) })}
                {o.successor ? ` — ${t('mergedInto', { name: o.successor.name })}` : ''}
              </Badge>
            )}
            {(o.names ?? []).length > 0 && (
              <Text c="dimmed">
                {t('names.title')}: {(o.names ?? []).map((n) => n.name).join(' · ')}
              </Text>
            )}
          </div>
        }
        actions={
          canEdit(me.data?.role) && (
            <>
              <EditButton to="/organizations/$id/edit" id={id} />
              <ConfirmedAction
                size="sm"
                title={t('deleteTitle')}
                message={t('deleteConfirm', { name: o.name })}
                loading={remove.isPending}
                run={() => remove.mutateAsync({ id, version: o.version ?? 0 })}
                onDone={() => void navigate({ to: '/organizations' })}
              />
            </>
          )
        }
      />
      <Table variant="vertical" withTableBorder>
        <Table.Tbody>
          {row(t('fields.type'), <Badge variant="light">{t(`types.${o.type ?? 'OTHER'}`)}</Badge>)}
          {row(t('fields.countryCode'), countryName(o.countryCode, i18n.language))}
          {row(
            t('fields.parent'),
            o.parent && <Anchor renderRoot={(props) => <Link to="/organizations/$id" params={{ id: o.parent?.id ?? 0 }} {...props} />}>{o.parent.name}</Anchor>,
          )}
          {(o.validFrom || o.validTo) && row(t('fields.validFrom'), formatDate(o.validFrom, i18n.language))}
          {(o.validFrom || o.validTo) && row(t('fields.validTo'), formatDate(o.validTo, i18n.language))}
          {o.successor &&
            row(
              t('fields.successorId'),
              <Anchor renderRoot={(props) => <Link to="/organizations/$id" params={{ id: o.successor?.id ?? 0 }} {...props} />}>{o.successor.name}</Anchor>,
            )}
          {row(
            t('fields.website'),
            o.website && (
              <Anchor href={o.website} target="_blank" rel="noreferrer">
                {o.website}
              </Anchor>
            ),
          )}
          {row(t('fields.email'), o.email && <Anchor href={`mailto:${o.email}`}>{o.email}</Anchor>)}
          {row(t('fields.phone'), o.phone)}
          {row(t('fields.notes'), o.notes && <Text style={{ whiteSpace: 'pre-wrap' }}>{o.notes}</Text>)}
          {row(t('fields.createdAt'), stamp(o.createdAt, o.createdBy, i18n.language))}
          {row(t('fields.updatedAt'), stamp(o.updatedAt, o.updatedBy, i18n.language))}
        </Table.Tbody>
      </Table>
      {o.countryCode !== 'VN' && <LinkedActivities filter={{ partnerOrganizationId: id }} />}
      {o.countryCode === 'VN' && <OfficeSettingsPanel organizationId={id} names={(other) => (other === o.parentId ? o.parent?.name : undefined)} />}
      <AttachmentsPanel path="/api/v1/organizations/{id}/attachments" params={{ id }} />
      <HistoryPanel path="/api/v1/organizations/{id}/history" params={{ id }} ns="organizations" />
    </Stack>
  );
};
