import type { ReactNode } from 'react';
import { Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';

interface SectionCardProps {
  id: string;
  title: string;
  help: string;
  icon: ReactNode;
  children: ReactNode;
}

/** One part of the dashboard (activities, reach, loans, questionnaires): a titled card. */
export function SectionCard({ id, title, help, icon, children }: SectionCardProps) {
  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby={`${id}-title`} data-section={id}>
      <Group gap="sm" wrap="nowrap" align="flex-start" mb="md">
        <ThemeIcon size={36} radius="md" variant="light" color="meuse" aria-hidden="true">
          {icon}
        </ThemeIcon>
        <div>
          <Title order={2} fz="lg" id={`${id}-title`}>
            {title}
          </Title>
          <Text size="sm" c="dimmed" maw={820}>
            {help}
          </Text>
        </div>
      </Group>
      <Stack gap="md">{children}</Stack>
    </Card>
  );
}

/** A table's heading with its CSV button on the right. */
export function TableHeading({ title, actions }: { title: string; actions?: ReactNode }) {
  return (
    <Group justify="space-between" gap="sm" wrap="nowrap">
      <Title order={3} fz="md">
        {title}
      </Title>
      {actions}
    </Group>
  );
}
