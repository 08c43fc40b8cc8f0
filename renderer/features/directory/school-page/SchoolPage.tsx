import { Alert, Anchor, Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { IconArrowLeft, IconCalendarPlus, IconPackage, IconSchool } from '@tabler/icons-react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { QueryContent } from '../../../components/QueryContent';
import { SchoolYearSelect } from '../../../components/SchoolYearSelect';
import { useSession } from '../../../shell/session-context';
import { newActivityLocation } from '../../calendar/links';
import { newLoanLocation } from '../../loans/links';
import { ActivitiesPart } from './ActivitiesPart';
import { ClassesPart } from './ClassesPart';
import { ContactsPart } from './ContactsPart';
import { LoansPart } from './LoansPart';
import { QuestionnairesPart } from './QuestionnairesPart';
import { SchoolDetails } from './SchoolDetails';
import { useSchoolOverview } from './queries';

function schoolIdOf(value: string | undefined): number | null {
  const id = Number(value);
  return value !== undefined && Number.isSafeInteger(id) && id > 0 ? id : null;
}

/**
 * One school's page (`/schools/<id>`, issue 17): its details, then its classes, activities, questionnaires,
 * contacts and loans of one school year (the current one unless `?year=` says otherwise, so Back returns to
 * the year seen). Coordinators plan an activity or ask for a loan from here; what a teacher sees is decided by
 * the server (`api.schools.overview`), and a part it leaves out is not shown.
 */
export function SchoolPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const coordinator = user.roles.includes('coordinator');
  const schoolId = schoolIdOf(useParams().schoolId);
  const [params, setParams] = useSearchParams();
  const overview = useSchoolOverview(schoolId, params.get('year'));

  const back = coordinator && (
    <Anchor component={Link} to="/schools" size="sm">
      <Group component="span" gap={4}>
        <IconArrowLeft size={16} aria-hidden="true" />
        {t('directory.schoolPage.back')}
      </Group>
    </Anchor>
  );
  if (schoolId === null) {
    return (
      <Stack>
        {back}
        <Alert color="orange">{t('directory.schoolPage.unknown')}</Alert>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      {back}
      <QueryContent query={overview}>
        {(data) => (
          <Stack gap="md">
            <PageHeader
              title={data.school.name}
              description={t('directory.schoolPage.description')}
              icon={<IconSchool size={26} stroke={1.6} />}
              mb={0}
              actions={
                coordinator && (
                  <Group gap="xs">
                    <Button component={Link} to={newActivityLocation(schoolId)} leftSection={<IconCalendarPlus size={18} />}>
                      {t('directory.schoolPage.planActivity')}
                    </Button>
                    <Button component={Link} to={newLoanLocation(schoolId)} variant="light" leftSection={<IconPackage size={18} />}>
                      {t('directory.schoolPage.requestLoan')}
                    </Button>
                  </Group>
                )
              }
            />
            <SchoolDetails school={data.school} />
            <SchoolYearSelect
              label={t('directory.schoolPage.year')}
              value={data.schoolYear}
              onChange={(year) => setParams(year ? { year } : {}, { replace: true })}
              w={200}
            />
            <SimpleGrid cols={{ base: 1, lg: data.contacts ? 2 : 1 }} spacing="md">
              <ClassesPart classes={data.classes} schoolYear={data.schoolYear} coordinator={coordinator} />
              {data.contacts && <ContactsPart contacts={data.contacts} />}
            </SimpleGrid>
            <ActivitiesPart activities={data.activities} schoolYear={data.schoolYear} coordinator={coordinator} />
            <QuestionnairesPart rows={data.questionnaires} schoolYear={data.schoolYear} />
            {data.loans && <LoansPart loans={data.loans} schoolYear={data.schoolYear} />}
          </Stack>
        )}
      </QueryContent>
    </Stack>
  );
}
