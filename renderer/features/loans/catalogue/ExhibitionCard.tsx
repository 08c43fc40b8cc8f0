import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Exhibition } from '../../../../shared/domain/loans/exhibitions';
import { exhibitionFacts } from './exhibition-text';

interface ExhibitionCardProps {
  exhibition: Exhibition;
  onOpen(): void;
  onEdit(): void;
}

/** One exhibition of the catalogue: what it is, whose, how big, on what terms, and whether items need care. */
export function ExhibitionCard({ exhibition, onOpen, onEdit }: ExhibitionCardProps) {
  const { t } = useTranslation();
  return (
    <Card
      withBorder
      radius="lg"
      padding="md"
      component="article"
      aria-labelledby={`exhibition-${exhibition.id}`}
      bg={exhibition.archived ? 'var(--mantine-color-default-hover)' : undefined}
      style={exhibition.archived ? { borderStyle: 'dashed' } : undefined}
    >
      <Stack gap="xs" h="100%">
        <Group gap={6} wrap="wrap">
          <Badge variant="light" color={exhibition.kind === 'loanable' ? 'meuse' : 'grape'}>
            {t(`exhibitions:kinds.${exhibition.kind}`)}
          </Badge>
          {exhibition.archived && (
            <Badge variant="outline" color="gray">
              {t('exhibitions:catalogue.archived')}
            </Badge>
          )}
          {exhibition.flaggedItems > 0 && (
            <Badge variant="filled" color="red" leftSection={<IconAlertTriangle size={12} aria-hidden="true" />}>
              {t('exhibitions:catalogue.flagged', { count: exhibition.flaggedItems })}
            </Badge>
          )}
        </Group>
        <div>
          <Title order={3} fz="md" id={`exhibition-${exhibition.id}`} lh={1.3}>
            {exhibition.title}
          </Title>
          <Text size="sm" c="dimmed">
            {exhibition.owner}
          </Text>
        </div>
        <Text size="sm">{exhibitionFacts(t, exhibition).join(' · ')}</Text>
        <Group gap="xs" mt="auto" pt="xs">
          <Button size="xs" variant="light" onClick={onOpen} aria-label={t('exhibitions:catalogue.openFor', { title: exhibition.title })}>
            {t('exhibitions:catalogue.open')}
          </Button>
          <Button
            size="xs"
            variant="subtle"
            color="gray"
            leftSection={<IconPencil size={14} />}
            onClick={onEdit}
            aria-label={t('exhibitions:catalogue.editFor', { title: exhibition.title })}
          >
            {t('exhibitions:actions.edit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
