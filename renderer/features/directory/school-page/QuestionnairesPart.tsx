import { Anchor, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OverviewAdministration, OverviewQuestionnaire } from '../../../../shared/domain/school-overview';
import { formatDayMonth } from '../../../dates/date-text';
import { isLanguage } from '../../../i18n/language';
import { eventLocation } from '../../calendar/links';
import { entryHref } from '../../questionnaires/links';
import { OverviewSection } from './OverviewSection';

/** Per activity, class and questionnaire: the forms entered before and after, each phase one click from its entry grid. */
export function QuestionnairesPart({ rows, schoolYear }: { rows: OverviewQuestionnaire[]; schoolYear: string }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'fr';

  const phase = (administration: OverviewAdministration | null, pupils: number, label: string) =>
    administration ? (
      <Group gap="xs" wrap="nowrap">
        <Text size="sm">{t('directory.schoolPage.questionnaires.forms', { count: administration.forms, pupils })}</Text>
        <Anchor href={entryHref(administration.administrationId)} size="sm" aria-label={label}>
          {t('directory.schoolPage.questionnaires.enter')}
        </Anchor>
      </Group>
    ) : (
      <Text size="sm" c="dimmed">
        {t('directory.schoolPage.questionnaires.notGiven')}
      </Text>
    );

  return (
    <OverviewSection
      title={t('directory.schoolPage.questionnaires.title')}
      count={rows.length}
      empty={t('directory.schoolPage.questionnaires.empty', { year: schoolYear })}
    >
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('directory.schoolPage.questionnaires.activity')}</Table.Th>
              <Table.Th>{t('directory.schoolPage.questionnaires.class')}</Table.Th>
              <Table.Th>{t('directory.schoolPage.questionnaires.questionnaire')}</Table.Th>
              <Table.Th>{t('directory.schoolPage.questionnaires.before')}</Table.Th>
              <Table.Th>{t('directory.schoolPage.questionnaires.after')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => {
              const name = `${row.eventTitle}, ${row.className}`;
              return (
                <Table.Tr key={`${row.eventId}:${row.classId}:${row.templateName}`}>
                  <Table.Td>
                    <Anchor component={Link} to={eventLocation(row.eventId)} size="sm" fw={600}>
                      {row.eventTitle}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {formatDayMonth(row.eventStart, language)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{row.className}</Table.Td>
                  <Table.Td>{row.templateName}</Table.Td>
                  <Table.Td>{phase(row.before, row.pupilCount, t('directory.schoolPage.questionnaires.enterBefore', { name }))}</Table.Td>
                  <Table.Td>{phase(row.after, row.pupilCount, t('directory.schoolPage.questionnaires.enterAfter', { name }))}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </OverviewSection>
  );
}
