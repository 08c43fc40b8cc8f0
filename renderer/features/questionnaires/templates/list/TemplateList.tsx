import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Anchor, Badge, Button, Card, Group, Skeleton, Stack, Switch, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { IconClipboardList, IconPlus, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ListEmpty } from '../../../../components/data-table/ListEmpty';
import { SortHeader } from '../../../../components/data-table/SortHeader';
import type { Sort } from '../../../../components/data-table/list-state';
import { QueryFailure } from '../../../../components/QueryFailure';
import { visibleTemplates } from '../model/template-list';
import { useTemplateList } from '../template-queries';

/**
 * The questionnaires: searched by name or description, sorted by name (versions of one questionnaire
 * together), archived ones on request. Each name opens the designer.
 */
export function TemplateList({ onOpen }: { onOpen(id: number | 'new'): void }) {
  const { t } = useTranslation();
  // The search and the archived switch are copied to the address, so coming back from a questionnaire finds
  // them; the inputs keep their own state, because the router applies address changes as a transition and a
  // box whose value waited for it would lose keystrokes.
  const [params, setParams] = useSearchParams();
  const [search, setSearchState] = useState(() => params.get('q') ?? '');
  const [showArchived, setArchivedState] = useState(() => params.get('archived') === '1');
  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value === '') next.delete(name);
    else next.set(name, value);
    setParams(next, { replace: true });
  };
  const setSearch = (value: string) => {
    setSearchState(value);
    setParam('q', value);
  };
  const setShowArchived = (value: boolean) => {
    setArchivedState(value);
    setParam('archived', value ? '1' : '');
  };
  const [sort, setSort] = useState<Sort<'name'>>({ column: 'name', direction: 'asc' });
  const templates = useTemplateList(showArchived);
  const rows = visibleTemplates(templates.data ?? [], search, sort.direction);
  const newButton = (
    <Button leftSection={<IconPlus size={18} stroke={1.7} />} onClick={() => onOpen('new')}>
      {t('questionnaireTemplates:list.new')}
    </Button>
  );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm" wrap="wrap">
        <Group align="flex-end" gap="md" wrap="wrap">
          <TextInput
            label={t('fields.search')}
            placeholder={t('questionnaireTemplates:list.search')}
            leftSection={<IconSearch size={16} stroke={1.7} aria-hidden="true" />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={{ base: '100%', xs: 280 }}
            maxLength={100}
            type="search"
          />
          <Switch label={t('questionnaireTemplates:list.showArchived')} checked={showArchived} onChange={(event) => setShowArchived(event.currentTarget.checked)} mb={8} />
        </Group>
        {newButton}
      </Group>
      {templates.isError ? (
        <QueryFailure error={templates.error} onRetry={() => void templates.refetch()} />
      ) : templates.isPending ? (
        <Stack gap="xs" aria-busy="true">
          {[0, 1, 2].map((index) => (
            <Skeleton key={index} height={36} radius="sm" />
          ))}
        </Stack>
      ) : rows.length === 0 ? (
        <Card withBorder radius="lg" padding={0}>
          {search.trim() !== '' ? (
            <ListEmpty
              icon={<IconSearch size={28} stroke={1.5} aria-hidden="true" />}
              title={t('questionnaireTemplates:list.noMatchTitle')}
              description={t('questionnaireTemplates:list.noMatchBody', { search: search.trim() })}
              action={
                <Button variant="light" onClick={() => setSearch('')}>
                  {t('questionnaireTemplates:list.clearSearch')}
                </Button>
              }
            />
          ) : (
            <ListEmpty
              icon={<IconClipboardList size={28} stroke={1.5} aria-hidden="true" />}
              title={t('questionnaireTemplates:list.emptyTitle')}
              description={t('questionnaireTemplates:list.emptyBody')}
              action={newButton}
            />
          )}
        </Card>
      ) : (
        <Card withBorder radius="lg" padding={0}>
          <Table.ScrollContainer minWidth={720} type="native">
            <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
              <caption>
                <VisuallyHidden>{t('questionnaireTemplates:list.caption')}</VisuallyHidden>
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <SortHeader column="name" sort={sort} onSort={() => setSort({ column: 'name', direction: sort.direction === 'asc' ? 'desc' : 'asc' })}>
                    {t('questionnaireTemplates:list.name')}
                  </SortHeader>
                  <Table.Th>{t('questionnaireTemplates:list.audience')}</Table.Th>
                  <Table.Th ta="right">{t('questionnaireTemplates:list.version')}</Table.Th>
                  <Table.Th ta="right">{t('questionnaireTemplates:list.items')}</Table.Th>
                  <Table.Th ta="right">{t('questionnaireTemplates:list.answers')}</Table.Th>
                  <Table.Th>{t('questionnaireTemplates:list.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((template) => (
                  <Table.Tr key={template.id} data-testid="template-row" data-archived={template.archived || undefined}>
                    <Table.Td>
                      <Anchor
                        component="button"
                        type="button"
                        fw={600}
                        ta="left"
                        aria-label={t('questionnaireTemplates:list.openOf', { name: template.name, version: template.version })}
                        onClick={() => onOpen(template.id)}
                      >
                        {template.name}
                      </Anchor>
                      {template.description && (
                        <Text size="xs" c="dimmed" lineClamp={1} maw={520}>
                          {template.description}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{t(`questionnaireTemplates:audiences.${template.audience}`)}</Table.Td>
                    <Table.Td ta="right">{template.version}</Table.Td>
                    <Table.Td ta="right">{template.items.length}</Table.Td>
                    <Table.Td ta="right">{template.answerCount}</Table.Td>
                    <Table.Td>
                      {template.archived ? (
                        <Badge variant="light" color="gray">
                          {t('questionnaireTemplates:list.archived')}
                        </Badge>
                      ) : (
                        <Badge variant="light" color="teal">
                          {t('questionnaireTemplates:list.active')}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      {rows.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('questionnaireTemplates:list.count', { count: rows.length })}
        </Text>
      )}
    </Stack>
  );
}
