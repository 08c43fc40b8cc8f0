import { useMemo, useState } from 'react';
import { Card, EmptyState, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { isLanguage } from '../../i18n/language';
import { useSession } from '../../shell/session-context';
import { SECTION_ICONS } from '../../shell/section-icons';
import { formatWeekdayDate } from '../../dates/date-text';
import { localToday } from '../../dates/local-today';
import { homeWidgetsFor } from './widget-roles';
import { HOME_WIDGET_COMPONENTS } from './widgets';
import { FirstStepsCard } from './first-steps/FirstStepsCard';

/** "Accueil": today's date and, for each of the user's roles, what needs attention. */
export function HomePage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const language = isLanguage(i18n.language) ? i18n.language : 'fr';
  const [today] = useState(() => localToday());
  const widgets = useMemo(() => homeWidgetsFor(user.roles), [user.roles]);
  const Icon = SECTION_ICONS.home;

  return (
    <Stack gap="lg" maw={1120}>
      <PageHeader
        title={t('sections.home.title')}
        description={t('sections.home.description')}
        icon={<Icon size={26} stroke={1.6} />}
        mb={0}
      />
      <Text fw={600} size="lg" component="p" m={0}>
        {t('home:today', { date: formatWeekdayDate(today, language) })}
      </Text>
      <FirstStepsCard />
      {widgets.length === 0 ? (
        <Card withBorder radius="lg" padding="xl">
          <EmptyState py="xl" size="md" variant="light" icon={<Icon size={30} stroke={1.5} aria-hidden="true" />}>
            <EmptyState.Title order={2}>{t('home:noWidgetTitle')}</EmptyState.Title>
            <EmptyState.Description maw={520}>{t('home:noWidgetBody')}</EmptyState.Description>
          </EmptyState>
        </Card>
      ) : (
        widgets.map((id) => {
          const Widget = HOME_WIDGET_COMPONENTS[id];
          return <Widget key={id} />;
        })
      )}
    </Stack>
  );
}
