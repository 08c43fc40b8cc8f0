// The keyboard entry grid for paper questionnaires: lays out the help, the table, the status line and the delete dialog.
import { useId } from 'react';
import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { GridColumnHint } from './GridColumnHint';
import { GridHeader } from './GridHeader';
import { GridRowView } from './GridRowView';
import { GridHelp, GridStatusLine } from './GridStatusLine';
import { isBlank } from './grid-model';
import { useEntryGrid, type EntryGridOptions } from './use-entry-grid';
import classes from './EntryGrid.module.css';

/**
 * The keyboard entry grid: one row per paper form, one column per item, each row saved as the user goes.
 * Keys are interpreted by grid-model.ts; use-entry-grid.ts moves the focus, calls the API and tracks statuses.
 */
export function EntryGrid(props: EntryGridOptions) {
  const { t } = useTranslation();
  const { columns, codeKinds, expectedForms = null } = props;
  const { state, clashes, active, flash, message, deleting, setDeleting, deleteBusy, tableRef, exited, onKeyDown, onFocus, onBlur, onCode, onCodeLeft, onTakeCode, onText, confirmDelete } =
    useEntryGrid(props);
  const saved = state.rows.filter((row) => row.id !== null).length;
  const exitHintId = useId();

  return (
    <Box>
      <GridHelp exitHintId={exitHintId} />
      <GridColumnHint col={active.col} columns={columns} codeKinds={codeKinds} />
      <Box className={classes.scroller}>
        {/* tabIndex -1: Esc puts the focus on the grid itself (out of every cell), from where Tab moves on. */}
        <table
          ref={tableRef}
          className={classes.grid}
          role="grid"
          tabIndex={-1}
          aria-label={t('questionnaires:grid.label')}
          aria-describedby={exitHintId}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
          onBlur={onBlur}
        >
          <GridHeader columns={columns} />
          <tbody>
            {state.rows.map((row, index) => (
              <GridRowView
                key={row.key}
                row={row}
                index={index}
                columns={columns}
                activeCol={active.row === index ? active.col : -1}
                exited={active.row === index && exited}
                flashCol={flash?.row === index ? flash.col : -1}
                blank={isBlank(row)}
                clash={row.codeLeft ? (clashes.get(row.key) ?? null) : null}
                onCode={onCode}
                onCodeLeft={onCodeLeft}
                onTakeCode={onTakeCode}
                onText={onText}
                onDelete={setDeleting}
              />
            ))}
          </tbody>
        </table>
      </Box>
      <GridStatusLine message={message} refused={flash !== null} saved={saved} expected={expectedForms} />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('questionnaires:grid.deleteTitle')}
        message={t('questionnaires:grid.deleteMessage', { code: deleting?.code || t('questionnaires:grid.noCode') })}
        confirmLabel={t('questionnaires:grid.delete')}
        danger
        loading={deleteBusy}
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(null)}
      />
    </Box>
  );
}
