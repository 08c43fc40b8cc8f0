import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { IconCalendarDown, IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api, apiErrorOf, unwrap } from '../../../api/client';
import { downloadExportedFile } from '../../../components/download';
import { notifyError } from '../../../forms/notify';
import { documentLanguage } from '../../../i18n/language';
import type { SchoolEvent } from '../../../../shared/domain/calendar/events';

/** Saves one event as an .ics file (for a teacher's own calendar) or as its PDF sheet, in the interface's language. Open to teachers too. */
export function EventExports({ event }: { event: SchoolEvent }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<'ics' | 'pdf' | null>(null);

  async function save(kind: 'ics' | 'pdf'): Promise<void> {
    setBusy(kind);
    try {
      const day = event.start.slice(0, 10);
      const file = unwrap(
        await (kind === 'ics' ? api.events.exportIcs({ from: day, to: day, ids: [event.id] }) : api.events.sheetPdf({ id: event.id, language: documentLanguage(i18n.language) })),
      );
      downloadExportedFile(file);
    } catch (error) {
      notifyError(t, apiErrorOf(error));
    } finally {
      setBusy(null);
    }
  }

  return (
    <Group gap="xs">
      <Button variant="light" size="xs" leftSection={<IconCalendarDown size={16} />} loading={busy === 'ics'} onClick={() => void save('ics')}>
        {t('calendar:exports.ics')}
      </Button>
      <Button variant="light" size="xs" leftSection={<IconFileTypePdf size={16} />} loading={busy === 'pdf'} onClick={() => void save('pdf')}>
        {t('calendar:exports.pdf')}
      </Button>
    </Group>
  );
}
