import { ActionIcon, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '@/components/CountrySelect';
import { toRow, type MemberRow, type Values } from './formValues';
import { MemberPersonPicker } from './MemberPersonPicker';
import { GENDERS, ROLES } from './search';

const TEXT_FIELDS = ['position', 'organizationName'] as const;
const CONTACT_FIELDS = ['email', 'phone', 'notes'] as const;

/** The member list edited in place, in protocol order; the whole list is saved at once. */
export const MembersEditor = ({ form }: { form: UseFormReturnType<Values> }) => {
  const { t } = useTranslation(['delegations', 'common']);
  const rows = form.values.members;

  return (
    <Stack gap="xs">
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('members.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={1500}>
          <Table verticalSpacing={4} horizontalSpacing={4} style={{ verticalAlign: 'top' }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={32}>#</Table.Th>
                <Table.Th w={100} />
                <Table.Th miw={180}>{t('members.fields.fullName')} *</Table.Th>
                <Table.Th miw={220}>{t('members.fields.person')}</Table.Th>
                {TEXT_FIELDS.map((f) => (
                  <Table.Th key={f} miw={150}>
                    {t(`members.fields.${f}`)}
                  </Table.Th>
                ))}
                <Table.Th miw={130}>{t('members.fields.role')} *</Table.Th>
                <Table.Th miw={100}>{t('members.fields.gender')}</Table.Th>
                <Table.Th miw={170}>{t('members.fields.nationality')}</Table.Th>
                {CONTACT_FIELDS.map((f) => (
                  <Table.Th key={f} miw={140}>
                    {t(`members.fields.${f}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row, index) => (
                <MemberRowEditor key={row.key} form={form} index={index} count={rows.length} row={row} errors={errorsOf(form.errors, index)} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          // The first person added usually leads the delegation.
          onClick={() => form.insertListItem('members', { ...toRow(), role: rows.some((r) => r.role === 'HEAD') ? 'MEMBER' : 'HEAD' })}
        >
          {t('members.add')}
        </Button>
      </Group>
    </Stack>
  );
};

type RowProps = { form: UseFormReturnType<Values>; index: number; count: number; row: MemberRow; errors: Record<string, ReactNode> };

const shallowEqual = (a: object, b: object) => {
  const ka = Object.keys(a) as (keyof typeof a)[];
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
};

const errorsOf = (errors: Record<string, ReactNode>, index: number) =>
  Object.fromEntries(Object.entries(errors).filter(([path]) => path.startsWith(`members.${index}.`)));

// The form clones all its values on every keystroke: without this, each key re-renders every row and its country list.
const sameRow = (a: RowProps, b: RowProps) => a.index === b.index && a.count === b.count && shallowEqual(a.row, b.row) && shallowEqual(a.errors, b.errors);

const MemberRowEditor = memo(function MemberRowEditor({ form, index, count }: RowProps) {
  const { t } = useTranslation(['delegations', 'common']);
  const cell = (field: string) => t('members.cellLabel', { field: t(`members.fields.${field}`), row: index + 1 });
  const input = (field: string) => form.getInputProps(`members.${index}.${field}`);
  return (
    <Table.Tr data-testid={`member-row-${index}`}>
      <Table.Td pt={10}>{index + 1}</Table.Td>
      {/* Next to the number, not at the far end: the table scrolls sideways and the moves must stay in reach. */}
      <Table.Td>
        <Group gap={2} wrap="nowrap">
          <ActionIcon
            variant="subtle"
            aria-label={t('members.moveUp', { row: index + 1 })}
            disabled={index === 0}
            onClick={() => form.reorderListItem('members', { from: index, to: index - 1 })}
          >
            <IconArrowUp size={16} />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            aria-label={t('members.moveDown', { row: index + 1 })}
            disabled={index === count - 1}
            onClick={() => form.reorderListItem('members', { from: index, to: index + 1 })}
          >
            <IconArrowDown size={16} />
          </ActionIcon>
          <ActionIcon variant="subtle" color="red" aria-label={t('members.remove', { row: index + 1 })} onClick={() => form.removeListItem('members', index)}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      </Table.Td>
      <Table.Td>
        <TextInput
          size="xs"
          aria-label={cell('fullName')}
          {...input('fullName')}
          onChange={(e) => {
            form.setFieldValue(`members.${index}.fullName`, e.currentTarget.value);
            // Another name is another person: the row no longer points to the one picked.
            form.setFieldValue(`members.${index}.personId`, null);
          }}
        />
      </Table.Td>
      <Table.Td>
        <MemberPersonPicker
          label={cell('person')}
          personId={form.values.members[index]?.personId ?? null}
          name={form.values.members[index]?.fullName ?? ''}
          onPick={(p) => {
            const at = `members.${index}`;
            form.setFieldValue(`${at}.personId`, p?.id ?? null);
            if (!p) return;
            form.setFieldValue(`${at}.fullName`, p.fullName ?? '');
            if (p.position) form.setFieldValue(`${at}.position`, p.position);
            const agency = p.organization?.name ?? p.organizationName;
            if (agency) form.setFieldValue(`${at}.organizationName`, agency);
            if (p.gender) form.setFieldValue(`${at}.gender`, p.gender);
            if (p.nationality) form.setFieldValue(`${at}.nationality`, p.nationality);
          }}
        />
      </Table.Td>
      {TEXT_FIELDS.map((f) => (
        <Table.Td key={f}>
          <TextInput size="xs" aria-label={cell(f)} {...input(f)} />
        </Table.Td>
      ))}
      <Table.Td>
        <Select
          size="xs"
          aria-label={cell('role')}
          data={ROLES.map((value) => ({ value, label: t(`roles.${value}`) }))}
          allowDeselect={false}
          {...input('role')}
        />
      </Table.Td>
      <Table.Td>
        <Select size="xs" aria-label={cell('gender')} clearable data={GENDERS.map((value) => ({ value, label: t(`genders.${value}`) }))} {...input('gender')} />
      </Table.Td>
      <Table.Td>
        <CountrySelect size="xs" aria-label={cell('nationality')} {...input('nationality')} />
      </Table.Td>
      {CONTACT_FIELDS.map((f) => (
        <Table.Td key={f}>
          <TextInput size="xs" type={f === 'email' ? 'email' : 'text'} aria-label={cell(f)} {...input(f)} />
        </Table.Td>
      ))}
    </Table.Tr>
  );
}, sameRow);
