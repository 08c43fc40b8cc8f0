import { useState } from 'react';
import { Alert, Badge, Button, Card, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconFileTypePdf, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ProcessingRegister, RegisterTable } from '../../../../shared/domain/privacy/processing-register';
import { api, apiErrorOf, unwrap } from '../../../api/client';
import { QueryFailure } from '../../../components/QueryFailure';
import { downloadExportedFile } from '../../../components/download';
import { notifySuccess } from '../../../forms/notify';
import { showServerError } from '../../../forms/server-errors';
import { documentLanguage } from '../../../i18n/language';
import { useSession } from '../../../shell/session-context';
import { useProcessingRegister } from './queries';

/**
 * Settings → Protection des données → Registre des traitements (issue 20, GDPR art. 30): administrators only.
 * A summary of every table (personal or not, who may access it, retention, encryption) and the full register as
 * a PDF for the data protection officer, in the interface's language. The server builds both from the schema,
 * the role × channel table and the settings.
 */
export function ProcessingRegisterSection() {
  const { user } = useSession();
  const isAdmin = user.roles.includes('admin');
  if (!isAdmin) return null;
  return <RegisterCard />;
}

function RegisterCard() {
  const { t, i18n } = useTranslation();
  const register = useProcessingRegister(true);
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    try {
      downloadExportedFile(unwrap(await api.processingRegister.pdf({ language: documentLanguage(i18n.language) })));
      notifySuccess(t('processingRegister:downloaded'));
    } catch (failure) {
      showServerError(t, apiErrorOf(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="processing-register-title">
      <Group justify="space-between" align="flex-start" mb="md" wrap="wrap" gap="sm">
        <Stack gap={4}>
          <Title order={2} fz="lg" id="processing-register-title">
            {t('processingRegister:title')}
          </Title>
          <Text size="sm" c="dimmed" maw={640}>
            {t('processingRegister:description')}
          </Text>
        </Stack>
        <Button leftSection={<IconFileTypePdf size={16} />} loading={busy} onClick={() => void download()} data-testid="processing-register-pdf">
          {t('processingRegister:download')}
        </Button>
      </Group>
      {register.isPending && <Skeleton height={320} radius="md" />}
      {register.isError && <QueryFailure error={register.error} onRetry={() => void register.refetch()} />}
      {register.isSuccess && <Summary register={register.data} />}
    </Card>
  );
}

function Summary({ register }: { register: ProcessingRegister }) {
  const { t, i18n } = useTranslation();
  const language = documentLanguage(i18n.language);
  const personal = register.tables.filter((table) => table.personal).length;
  return (
    <Stack gap="sm">
      {register.unclassified.length > 0 && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('processingRegister:unclassifiedTitle')}>
          {t('processingRegister:unclassified', { tables: register.unclassified.join(', ') })}
        </Alert>
      )}
      <Text size="sm">{t('processingRegister:counts', { tables: register.tables.length, personal })}</Text>
      {/* A scroll area of its own: focusable (and named) so it scrolls from the keyboard (axe scrollable-region-focusable).
          Its own name: the section around it is already « Registre des traitements », and two regions of one name
          are read alike. */}
      <Table.ScrollContainer minWidth={760} mah={480} type="native" tabIndex={0} role="region" aria-label={t('processingRegister:tableRegion')}>
        <Table striped highlightOnHover stickyHeader verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('processingRegister:columns.table')}</Table.Th>
              <Table.Th scope="col">{t('processingRegister:columns.personal')}</Table.Th>
              <Table.Th scope="col">{t('processingRegister:columns.access')}</Table.Th>
              <Table.Th scope="col">{t('processingRegister:columns.retention')}</Table.Th>
              <Table.Th scope="col">{t('processingRegister:columns.encryption')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {register.tables.map((table) => (
              <Row key={table.table} table={table} language={language} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function Row({ table, language }: { table: RegisterTable; language: 'fr' | 'en' }) {
  const { t } = useTranslation();
  const name = (
    <Table.Td>
      <Text size="sm" ff="monospace">
        {table.table}
      </Text>
      {!table.inUse && (
        <Text size="xs" c="dimmed">
          {t('processingRegister:notInUse')}
        </Text>
      )}
    </Table.Td>
  );
  if (!table.personal) {
    return (
      <Table.Tr>
        {name}
        <Table.Td>
          <Badge variant="light" color="gray">
            {t('processingRegister:no')}
          </Badge>
        </Table.Td>
        <Table.Td colSpan={3}>
          <Text size="xs" c="dimmed">
            {table.why[language]}
          </Text>
        </Table.Td>
      </Table.Tr>
    );
  }
  const access = [
    ...table.access.roles.map((role) => t(`roles.${role}`)),
    ...(table.access.everySignedIn ? [t('processingRegister:everySignedIn')] : []),
    ...(table.access.beforeSignIn ? [t('processingRegister:beforeSignIn')] : []),
  ];
  return (
    <Table.Tr>
      {name}
      <Table.Td>
        <Badge variant="light" color="orange">
          {t('processingRegister:yes')}
        </Badge>
      </Table.Td>
      <Table.Td>{access.length > 0 ? access.join(', ') : t('processingRegister:noChannel')}</Table.Td>
      <Table.Td>
        {table.retention.termYears !== null ? t('processingRegister:years', { count: table.retention.termYears }) : <Text size="xs">{table.retention.text[language]}</Text>}
      </Table.Td>
      <Table.Td>
        {table.encryption.length > 0 ? (
          <Group gap={4} wrap="nowrap" align="flex-start">
            <IconLock size={14} style={{ flexShrink: 0 }} aria-label={t('processingRegister:encrypted')} />
            <Text size="xs" ff="monospace">
              {table.encryption.join(', ')}
            </Text>
          </Group>
        ) : (
          <Text size="xs" c="dimmed">
            {t('processingRegister:inClear')}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
