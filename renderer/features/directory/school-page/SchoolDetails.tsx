import { Anchor, Badge, Card, Group, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SchoolOverview } from '../../../../shared/domain/school-overview';
import { DetailRow } from '../../../components/DetailRow';

/** What the directory holds of the school: where it is, how to reach it, its network and levels. */
export function SchoolDetails({ school }: { school: SchoolOverview['school'] }) {
  const { t } = useTranslation();
  const locality = [school.postalCode, school.city].filter(Boolean).join(' ');
  const address = [school.street, locality].filter(Boolean).join(', ');
  return (
    <Card withBorder radius="lg" padding="md" component="section" aria-label={t('directory.schoolPage.details.title')}>
      <SimpleGrid component="dl" m={0} cols={{ base: 1, xs: 2, md: 4 }} spacing="md" verticalSpacing="sm">
        <DetailRow term={t('directory.schoolPage.details.address')}>{address || '—'}</DetailRow>
        <DetailRow term={t('directory.schoolPage.details.neighbourhood')}>{school.neighbourhood || '—'}</DetailRow>
        <DetailRow term={t('directory.schoolPage.details.phone')}>
          {school.phone ? <Anchor href={`tel:${school.phone.replace(/\s+/g, '')}`} size="sm">{school.phone}</Anchor> : '—'}
        </DetailRow>
        <DetailRow term={t('directory.schoolPage.details.email')}>
          {school.email ? <Anchor href={`mailto:${school.email}`} size="sm">{school.email}</Anchor> : '—'}
        </DetailRow>
        <DetailRow term={t('directory.schoolPage.details.network')}>{t(`networks.${school.network}`)}</DetailRow>
        <DetailRow term={t('directory.schoolPage.details.levels')}>
          <Group component="span" gap={4}>
            {school.levels.map((level) => (
              <Badge key={level} size="sm" variant="light" color="meuse">
                {t(`schoolLevels.${level}`)}
              </Badge>
            ))}
          </Group>
        </DetailRow>
        {school.notes !== undefined && <DetailRow term={t('directory.schoolPage.details.notes')}>{school.notes || '—'}</DetailRow>}
      </SimpleGrid>
    </Card>
  );
}
