import { useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Exhibition } from '../../../../shared/domain/loans/exhibitions';
import { api, apiErrorOf, unwrap } from '../../../api/client';
import { AppModal } from '../../../components/AppModal';
import { downloadExportedFile } from '../../../components/download';
import { notifyError } from '../../../forms/notify';
import { documentLanguage } from '../../../i18n/language';
import { SchoolYearSelect } from '../../../components/SchoolYearSelect';
import { currentSchoolYear } from '../../../dates/school-years';

/** Asks which school year, then saves the exhibition's loan schedule for that year as a PDF in the interface's language. */
export function SchedulePdfModal({ exhibition, onClose }: { exhibition: Exhibition; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const [schoolYear, setSchoolYear] = useState(() => currentSchoolYear());
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    try {
      downloadExportedFile(unwrap(await api.exhibitions.schedulePdf({ id: exhibition.id, schoolYear, language: documentLanguage(i18n.language) })));
      onClose();
    } catch (error) {
      notifyError(t, apiErrorOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AppModal opened onClose={onClose} title={t('exhibitions:schedule.title')} size="md">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('exhibitions:schedule.intro', { title: exhibition.title })}
        </Text>
        <SchoolYearSelect label={t('fields.schoolYear')} value={schoolYear} onChange={(value) => value && setSchoolYear(value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button leftSection={<IconFileTypePdf size={16} />} loading={busy} onClick={() => void download()} data-autofocus>
            {t('exhibitions:schedule.submit')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
