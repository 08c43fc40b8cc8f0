import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OverviewClass } from '../../../../shared/domain/school-overview';
import { OverviewSection } from './OverviewSection';

/** The school's classes of the year, with their pupils and (for coordinators) their teachers. */
export function ClassesPart({ classes, schoolYear, coordinator }: { classes: OverviewClass[]; schoolYear: string; coordinator: boolean }) {
  const { t } = useTranslation();
  const withTeachers = classes.some((item) => item.teachers !== undefined);
  return (
    <OverviewSection
      title={t('directory.schoolPage.classes.title')}
      count={classes.length}
      empty={t(coordinator ? 'directory.schoolPage.classes.empty' : 'directory.schoolPage.classes.emptyTeacher', { year: schoolYear })}
    >
      <Table.ScrollContainer minWidth={360}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('directory.schoolPage.classes.name')}</Table.Th>
              <Table.Th>{t('directory.schoolPage.classes.grade')}</Table.Th>
              <Table.Th ta="right">{t('directory.schoolPage.classes.pupils')}</Table.Th>
              {withTeachers && <Table.Th>{t('directory.schoolPage.classes.teachers')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {classes.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td fw={600}>{item.name}</Table.Td>
                <Table.Td>{item.grade || '—'}</Table.Td>
                <Table.Td ta="right">{item.pupilCount}</Table.Td>
                {withTeachers && (
                  <Table.Td>
                    {item.teachers?.length ? item.teachers.join(', ') : <Text span size="sm" c="dimmed">{t('directory.schoolPage.classes.noTeacher')}</Text>}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </OverviewSection>
  );
}
