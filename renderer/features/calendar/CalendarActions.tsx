import { useState } from 'react';
import { Button } from '@mantine/core';
import { IconBeach, IconCalendarDown, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api, apiErrorOf, unwrap } from '../../api/client';
import { downloadExportedFile } from '../../components/download';
import { notifyError } from '../../forms/notify';
import type { InputOf } from '../../../shared/api/contract';

/** The coordinator's main action, beside the page title. */
export function NewEventButton({ onClick }: { onClick(): void }) {
  const { t } = useTranslation();
  return (
    <Button leftSection={<IconPlus size={16} />} onClick={onClick}>
      {t('calendar:toolbar.newEvent')}
    </Button>
  );
}

/** Opens the editable list of school breaks and public holidays. */
export function HolidaysButton({ onClick }: { onClick(): void }) {
  const { t } = useTranslation();
  return (
    <Button variant="default" leftSection={<IconBeach size={16} />} onClick={onClick}>
      {t('calendar:toolbar.holidays')}
    </Button>
  );
}

/**
 * Saves the events of the period on screen, with the filters applied, as one .ics file (a teacher gets
 * only their own classes' events: the server filters).
 */
export function ExportIcsButton({ input }: { input: InputOf<'events', 'exportIcs'> | null }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  async function save(): Promise<void> {
    if (!input) return;
    setBusy(true);
    try {
      downloadExportedFile(unwrap(await api.events.exportIcs(input)));
    } catch (error) {
      notifyError(t, apiErrorOf(error));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button variant="default" leftSection={<IconCalendarDown size={16} />} loading={busy} disabled={!input} onClick={() => void save()}>
      {t('calendar:toolbar.exportIcs')}
    </Button>
  );
}
