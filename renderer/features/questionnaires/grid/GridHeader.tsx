// The grid's header row: the row number, the code, one column per item, the status.
import { Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n';
import { keysFor } from './grid-cells';
import type { GridColumn } from './grid-model';
import classes from './EntryGrid.module.css';

export function GridHeader({ columns }: { columns: GridColumn[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <thead>
      <tr>
        <th scope="col" className={classes.rowHead}>
          #
        </th>
        <th scope="col">{t('questionnaires:grid.code')}</th>
        {columns.map((column) => {
          const wording = language === 'en' && column.item.wordingEn ? column.item.wordingEn : column.item.wordingFr;
          return (
            <th key={column.itemId} scope="col" aria-label={`${column.number}. ${wording}`}>
              <Tooltip label={`${column.number}. ${wording} (${column.text ? t('questionnaires:grid.freeText') : keysFor(column, t, language)})`} multiline w={280} withinPortal>
                <span>{column.number}</span>
              </Tooltip>
            </th>
          );
        })}
        <th scope="col">{t('questionnaires:grid.status')}</th>
      </tr>
    </thead>
  );
}
