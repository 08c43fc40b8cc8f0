import { Card, EmptyState, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { TablerIcon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SectionId } from '../../shared/domain/sections';
import { SECTION_ICONS } from '../shell/section-icons';
import { PageHeader } from './PageHeader';

export interface Highlight {
  /** `features.<section>.highlights.<key>.title` and `.body` in the translations. */
  key: string;
  icon: TablerIcon;
}

interface SectionLandingProps {
  section: Exclude<SectionId, 'settings'>;
  highlights: readonly Highlight[];
}

/**
 * A section's page while it holds no records yet: what the section is for, an empty state saying what will
 * appear here, and what the user will be able to do.
 */
export function SectionLanding({ section, highlights }: SectionLandingProps) {
  const { t } = useTranslation();
  const SectionIcon = SECTION_ICONS[section];
  const base = `features.${section}`;
  return (
    <Stack gap="xl" maw={1120}>
      <PageHeader
        title={t(`sections.${section}.title`)}
        description={t(`sections.${section}.description`)}
        icon={<SectionIcon size={26} stroke={1.6} />}
        mb={0}
      />
      <Card withBorder radius="lg" padding="xl">
        <EmptyState
          py="xl"
          size="md"
          variant="light"
          icon={<SectionIcon size={30} stroke={1.5} aria-hidden="true" />}
        >
          <EmptyState.Title order={2}>{t(`${base}.emptyTitle`)}</EmptyState.Title>
          <EmptyState.Description maw={520}>{t(`${base}.emptyBody`)}</EmptyState.Description>
        </EmptyState>
      </Card>
      <Stack gap="md">
        <Title order={2} fz="lg">
          {t('landing.whatYouCanDo')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {highlights.map(({ key, icon: Icon }) => (
            <Card key={key} withBorder radius="lg" padding="lg">
              <ThemeIcon size={40} radius="md" variant="light" color="meuse" aria-hidden="true" mb="md">
                <Icon size={22} stroke={1.6} />
              </ThemeIcon>
              <Title order={3} fz="md" mb={6}>
                {t(`${base}.highlights.${key}.title`)}
              </Title>
              <Text size="sm" c="dimmed" lh={1.55}>
                {t(`${base}.highlights.${key}.body`)}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </Stack>
    </Stack>
  );
}
