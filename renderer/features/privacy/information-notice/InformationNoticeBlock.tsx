import { useState } from 'react';
import { Button, Group, Menu, Paper, Select, Stack, Text, TextInput, ThemeIcon } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconChevronDown, IconFileDescription, IconPrinter, IconSignature } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { HousingHousehold } from '../../../../shared/domain/housing/people';
import { ALWAYS_OFFERED_NOTICE_LANGUAGES, type HouseholdNotice, type NoticeLanguage } from '../../../../shared/domain/privacy/information-notice';
import { api, apiErrorOf, unwrap } from '../../../api/client';
import { downloadExportedFile } from '../../../components/download';
import { useFormDirty } from '../../../components/discard';
import { formatFullDate } from '../../../dates/date-text';
import { localToday } from '../../../dates/local-today';
import { notifySuccess } from '../../../forms/notify';
import { showServerError } from '../../../forms/server-errors';
import { currentLanguage } from '../../../i18n';
import { useNoticeLanguages, useRecordNotice } from './queries';

type Notice = Pick<HouseholdNotice, 'noticeGivenAt'> & { noticeLanguage: string | null };

/** The languages the selects offer: the setting's, or the three always offered while it loads or fails. */
function useOffered(): NoticeLanguage[] {
  const languages = useNoticeLanguages();
  return languages.data?.offered ?? [...ALWAYS_OFFERED_NOTICE_LANGUAGES];
}

/** « Imprimer la notice » → one item per language offered → the blank PDF. */
export function PrintNoticeMenu({ size = 'xs' }: { size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  const offered = useOffered();
  const [busy, setBusy] = useState(false);
  const print = async (language: NoticeLanguage) => {
    setBusy(true);
    try {
      downloadExportedFile(unwrap(await api.informationNotice.pdf({ language })));
      notifySuccess(t('informationNotice:printed', { language: t(`informationNotice:languages.${language}`) }));
    } catch (error) {
      showServerError(t, apiErrorOf(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button size={size} variant="default" loading={busy} leftSection={<IconPrinter size={14} />} rightSection={<IconChevronDown size={14} />}>
          {t('informationNotice:print')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('informationNotice:printIn')}</Menu.Label>
        {offered.map((language) => (
          <Menu.Item key={language} leftSection={<IconFileDescription size={14} />} onClick={() => void print(language)} lang={language}>
            {t(`informationNotice:languageChoices.${language}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

function RecordNoticeForm({ householdId, onDone, onCancel }: { householdId: number; onDone(notice: Notice): void; onCancel(): void }) {
  const { t } = useTranslation();
  const offered = useOffered();
  const record = useRecordNotice();
  const form = useForm<{ date: string; language: string | null }>({
    initialValues: { date: localToday(), language: null },
    // Said before sending: no language is chosen for the worker (a default could record the wrong one).
    validate: { language: (language) => (language ? null : t('informationNotice:chooseLanguage')) },
  });
  useFormDirty(form.isDirty());

  const submit = form.onSubmit(async (values) => {
    try {
      const saved = await record.mutateAsync({ householdId, date: values.date, language: values.language as NoticeLanguage });
      notifySuccess(t('informationNotice:recorded'));
      onDone(saved);
    } catch (error) {
      showServerError(t, apiErrorOf(error), form);
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('informationNotice:recordTitle')}>
      <Stack gap="xs">
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput type="date" w={170} label={t('informationNotice:givenOn')} max={localToday()} required data-autofocus {...form.getInputProps('date')} />
          <Select
            w={220}
            label={t('informationNotice:language')}
            placeholder={t('informationNotice:choose')}
            required
            data={offered.map((language) => ({ value: language, label: t(`informationNotice:languageChoices.${language}`) }))}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('language')}
          />
        </Group>
        <Group gap="xs">
          <Button type="submit" size="xs" loading={record.isPending}>
            {t('informationNotice:save')}
          </Button>
          <Button size="xs" variant="subtle" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * On a household's sheet (issue 20, GDPR art. 13–14): whether and when the household was given the information
 * notice, and in which language; « Enregistrer la remise » (today by default) and « Imprimer la notice ».
 */
export function InformationNoticeBlock({ household }: { household: HousingHousehold }) {
  const { t } = useTranslation();
  // What the server answered to a recording, shown without reading the sheet again (every read is audited).
  const [recorded, setRecorded] = useState<Notice | null>(null);
  const [editing, setEditing] = useState(false);
  const notice: Notice = recorded ?? household;
  const given = notice.noticeGivenAt !== null;
  const languageName = notice.noticeLanguage ? t(`informationNotice:languages.${notice.noticeLanguage}`, { defaultValue: notice.noticeLanguage }) : '';

  return (
    <Paper withBorder radius="md" p="sm" component="section" aria-labelledby={`notice-${household.id}`} data-testid="information-notice">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <ThemeIcon size={28} radius="md" variant="light" color={given ? 'teal' : 'orange'} aria-hidden="true">
              {given ? <IconSignature size={16} /> : <IconAlertTriangle size={16} />}
            </ThemeIcon>
            <div>
              <Text size="sm" fw={600} id={`notice-${household.id}`}>
                {t('informationNotice:title')}
              </Text>
              {given ? (
                <Text size="sm" data-testid="notice-status">
                  {t('informationNotice:givenOnWithLanguage', { date: formatFullDate(notice.noticeGivenAt!, currentLanguage()), language: languageName })}
                </Text>
              ) : (
                <Text size="sm" c="orange" fw={500} data-testid="notice-status">
                  {t('informationNotice:notGiven')}
                </Text>
              )}
            </div>
          </Group>
          <Group gap={4}>
            {!editing && (
              <Button size="xs" variant={given ? 'default' : 'light'} color={given ? undefined : 'orange'} leftSection={<IconSignature size={14} />} onClick={() => setEditing(true)}>
                {given ? t('informationNotice:recordAgain') : t('informationNotice:record')}
              </Button>
            )}
            <PrintNoticeMenu />
          </Group>
        </Group>
        {editing && (
          <RecordNoticeForm
            householdId={household.id}
            onCancel={() => setEditing(false)}
            onDone={(saved) => {
              setRecorded(saved);
              setEditing(false);
            }}
          />
        )}
      </Stack>
    </Paper>
  );
}
