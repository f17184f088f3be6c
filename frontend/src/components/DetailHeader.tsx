import { Button, Group, Stack, Title } from '@mantine/core';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { Link, type LinkProps } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  /** The list the back button returns to, e.g. `/aid`. */
  backTo: string;
  title: ReactNode;
  /** Under the title: status badges, the record's kind. */
  badges?: ReactNode;
  /** On the right: edit, delete, workflow steps (hidden on paper). */
  actions?: ReactNode;
};

/** The top of every detail page: back to the list, the record's title (the page's h1), its badges and actions. */
export const DetailHeader = ({ backTo, title, badges, actions }: Props) => {
  const { t } = useTranslation();
  return (
    <>
      <Group data-no-print>
        <Button renderRoot={(props) => <Link to={backTo as LinkProps['to']} {...props} />} variant="subtle" leftSection={<IconArrowLeft size={16} />}>
          {t('actions.back')}
        </Button>
      </Group>
      <Group justify="space-between" align="flex-start">
        <Stack gap={6}>
          <Title order={1} size="h2">
            {title}
          </Title>
          {badges}
        </Stack>
        {actions && <Group data-no-print>{actions}</Group>}
      </Group>
    </>
  );
};

/** The detail page's edit button, to the record's edit route (e.g. `/aid/$id/edit`). */
export const EditButton = ({ to, id }: { to: string; id: number }) => {
  const { t } = useTranslation();
  return (
    <Button
      renderRoot={(props) => <Link to={to as LinkProps['to']} params={{ id } as never} {...props} />}
      variant="light"
      leftSection={<IconPencil size={16} />}
    >
      {t('actions.edit')}
    </Button>
  );
};
