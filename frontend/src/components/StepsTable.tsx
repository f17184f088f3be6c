import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { actorName, formatDateTime } from '@/lib/format';

type Step = { id?: number; at?: string; by?: string; note?: string };

type Props<S extends Step> = {
  steps: S[];
  /** The column of the step itself: the record's own status badges. */
  stepLabel: string;
  renderStep: (step: S) => ReactNode;
  noteLabel: string;
  testId: string;
  ariaLabel?: string;
};

/** A workflow's recorded steps, newest last: when, which step, by whom, with what note (delegations, courses, aid). */
export const StepsTable = <S extends Step>({ steps, stepLabel, renderStep, noteLabel, testId, ariaLabel }: Props<S>) => {
  const { t, i18n } = useTranslation('common');
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table withTableBorder data-testid={testId} aria-label={ariaLabel}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('history.when')}</Table.Th>
            <Table.Th>{stepLabel}</Table.Th>
            <Table.Th>{t('history.who')}</Table.Th>
            <Table.Th>{noteLabel}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {steps.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(s.at, i18n.language)}</Table.Td>
              <Table.Td>{renderStep(s)}</Table.Td>
              <Table.Td>{actorName(s.by)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{s.note || t('none')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
