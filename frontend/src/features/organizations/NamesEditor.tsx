import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { nameKindValues } from '@/lib/api/schema';
import type { Schemas } from '@/lib/api/client';

export type NameRow = { name: string; language: string | null; kind: Schemas['NameKind'] | null };

/** Languages offices write partners' names in; shown in the user's language by the browser (Intl). */
const LANGUAGES = ['vi', 'lo', 'zh', 'th', 'km', 'ko', 'ja', 'en', 'fr', 'ru'];

type Props = {
  rows: NameRow[];
  errors: Record<string, React.ReactNode>;
  onChange: (rows: NameRow[]) => void;
};

/** The other names of an organization (Vietnamese exonyms, local script, former names), each found by the search. */
export const NamesEditor = ({ rows, errors, onChange }: Props) => {
  const { t, i18n } = useTranslation('organizations');
  const languages = new Intl.DisplayNames([i18n.language], { type: 'language' });
  const set = (index: number, change: Partial<NameRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('names.title')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('names.hint')}
      </Text>
      {rows.map((row, index) => (
        <Group key={index} align="flex-start" wrap="nowrap">
          <TextInput
            flex={2}
            aria-label={t('names.name', { number: index + 1 })}
            placeholder={t('names.namePlaceholder')}
            value={row.name}
            error={errors[`names.${index}.name`] ?? errors[`names[${index}].name`]}
            onChange={(e) => set(index, { name: e.currentTarget.value })}
          />
          <Select
            flex={1}
            aria-label={t('names.language', { number: index + 1 })}
            placeholder={t('names.languagePlaceholder')}
            clearable
            data={LANGUAGES.map((code) => ({ value: code, label: languages.of(code) ?? code }))}
            value={row.language}
            error={errors[`names[${index}].language`]}
            onChange={(language) => set(index, { language })}
          />
          <Select
            flex={1}
            aria-label={t('names.kind', { number: index + 1 })}
            placeholder={t('names.kindPlaceholder')}
            clearable
            data={nameKindValues.map((kind) => ({ value: kind, label: t(`nameKinds.${kind}`) }))}
            value={row.kind}
            onChange={(kind) => set(index, { kind: kind as NameRow['kind'] })}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('names.remove', { number: index + 1 })}
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() => onChange([...rows, { name: '', language: 'vi', kind: 'EXONYM' }])}
        >
          {t('names.add')}
        </Button>
      </Group>
    </Stack>
  );
};
