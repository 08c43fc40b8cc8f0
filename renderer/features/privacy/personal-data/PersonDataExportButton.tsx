import { ActionIcon, Menu, Tooltip } from '@mantine/core';
import { IconFileDownload, IconFileTypePdf, IconJson } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { HousingPerson } from '../../../../shared/domain/housing/people';
import { documentLanguage } from '../../../i18n/language';
import { usePersonDataExport } from './queries';

/**
 * « Exporter ses données » on a person's card in the household sheet (issue 20, right of access and portability):
 * everything held about this person — the PDF to hand over, in French or English, or the JSON file another
 * service's program can read. The other people of the household appear in it by code only. Each export is
 * written to the access log.
 */
export function PersonDataExportButton({ person }: { person: HousingPerson }) {
  const { t, i18n } = useTranslation();
  const exporting = usePersonDataExport();
  const run = (format: 'pdf' | 'json', language = documentLanguage(i18n.language)) => exporting.mutate({ personId: person.id, format, language });
  return (
    <Menu position="bottom-end" withinPortal>
      {/* An icon beside Modifier and Effacer: the card is narrow; its name is read aloud and shown on hover. */}
      <Tooltip label={t('personalData:menu')} withArrow openDelay={300}>
        <Menu.Target>
          <ActionIcon variant="default" size={30} loading={exporting.isPending} aria-label={t('personalData:menuFor', { code: person.code })}>
            <IconFileDownload size={16} stroke={1.7} />
          </ActionIcon>
        </Menu.Target>
      </Tooltip>
      <Menu.Dropdown>
        <Menu.Label>{t('personalData:menu')} · {t('personalData:label')}</Menu.Label>
        <Menu.Item leftSection={<IconFileTypePdf size={16} stroke={1.7} />} onClick={() => run('pdf', 'fr')}>
          {t('personalData:pdfFrench')}
        </Menu.Item>
        <Menu.Item leftSection={<IconFileTypePdf size={16} stroke={1.7} />} onClick={() => run('pdf', 'en')}>
          {t('personalData:pdfEnglish')}
        </Menu.Item>
        <Menu.Item leftSection={<IconJson size={16} stroke={1.7} />} onClick={() => run('json')}>
          {t('personalData:json')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label maw={260} fw={400} style={{ whiteSpace: 'normal' }}>
          {t('personalData:note')}
        </Menu.Label>
      </Menu.Dropdown>
    </Menu>
  );
}
