import { useId, type ReactNode } from 'react';
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';

interface OverviewSectionProps {
  title: string;
  /** How many rows it holds (shown beside the title). */
  count: number;
  /** What to do when it holds nothing. */
  empty: ReactNode;
  children: ReactNode;
}

/** One part of a school's page: a titled region, its rows, or a sentence saying how to add some. */
export function OverviewSection({ title, count, empty, children }: OverviewSectionProps) {
  const id = useId();
  return (
    <Card withBorder radius="lg" padding="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Group gap="xs">
          <Title order={2} size="h4" id={id}>
            {title}
          </Title>
          <Badge variant="light" color="gray" aria-hidden="true">
            {count}
          </Badge>
        </Group>
        {count === 0 ? (
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        ) : (
          children
        )}
      </Stack>
    </Card>
  );
}
