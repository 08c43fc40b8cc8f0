import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { ActionIcon, Button, Group, Tooltip } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { LoanSummary } from '../../../../shared/domain/loans/loans';
import type { Language } from '../../../i18n/language';
import { LOAN_COLOUR } from '../../calendar';
import { loanRuns, moveInGrid, type AvailabilityGrid as Grid, type GridCell } from './availability-model';
import { formatDateRange, formatDayMonth, formatLongMonth, formatShortMonth } from '../../../dates/date-text';
import { loanLocation } from '../links';
import classes from './AvailabilityGrid.module.css';

interface AvailabilityGridProps {
  grid: Grid;
  language: Language;
  /** The school year's label, for the table's caption. */
  yearLabel: string;
  /** Weeks inside a school break, with the break's name. */
  breaks: ReadonlyMap<string, string>;
  onChooseWeek(monday: string): void;
}

/** "École X (12–23 janvier 2026, approuvé)", for the labels and tooltips of a week. */
function loanText(t: TFunction, loan: LoanSummary, language: Language): string {
  return t('availability:grid.loanText', {
    borrower: loan.borrowerName,
    range: formatDateRange(loan.deliveryDate, loan.pickupDate, language),
    status: t(`availability:statuses.${loan.status}`),
  });
}

/** What a screen reader says for a week: "Semaine du 12 janvier : prêtée à École X (…)". */
function cellLabel(t: TFunction, cell: GridCell, language: Language, schoolBreak?: string): string {
  const day = formatDayMonth(cell.week, language);
  const date = schoolBreak ? t('availability:grid.dateInBreak', { date: day, holiday: schoolBreak }) : day;
  const loans = cell.loans.map((loan) => loanText(t, loan, language)).join(' ; ');
  switch (cell.tone) {
    case 'loan':
      return t('availability:grid.cell.loan', { date, loans });
    case 'requested':
      return t('availability:grid.cell.requested', { date, loans });
    case 'buffer':
      return t('availability:grid.cell.buffer', { date });
    default:
      return t(cell.selectable ? 'availability:grid.cell.freeChoose' : cell.past ? 'availability:grid.cell.freePast' : 'availability:grid.cell.free', { date });
  }
}

/**
 * The weeks of a school year, one row per exhibition. A keyboard user tabs into the grid once and moves with
 * the arrows (one cell is focusable at a time); Enter chooses a free week or opens the loan of a busy one.
 */
export const AvailabilityGrid = memo(function AvailabilityGrid({ grid, language, yearLabel, breaks, onChooseWeek }: AvailabilityGridProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const scrollerRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const size = { rows: grid.rows.length, columns: grid.weeks.length };
  const startColumn = Math.max(0, grid.currentWeek ? grid.weeks.indexOf(grid.currentWeek) : 0);
  const [active, setActive] = useState({ row: 0, column: startColumn });
  // A new year or a new set of exhibitions: keep the focusable cell inside the grid.
  const position = { row: Math.min(active.row, size.rows - 1), column: Math.min(active.column, size.columns - 1) };

  const firstOfMonth = useMemo(() => new Set(grid.months.map((_, index) => grid.months.slice(0, index).reduce((sum, month) => sum + month.span, 0))), [grid.months]);

  // Today's week near the left edge when the grid opens (or the year changes).
  const scrollToCurrentWeek = useCallback(
    (behavior: ScrollBehavior) => {
      const scroller = scrollerRef.current;
      if (!scroller) return;
      const header = grid.currentWeek ? scroller.querySelector<HTMLElement>(`th[data-week="${grid.currentWeek}"]`) : null;
      const corner = scroller.querySelector<HTMLElement>('th[data-corner]');
      const left = header && corner ? Math.max(0, header.offsetLeft - corner.offsetWidth - 2 * header.offsetWidth) : 0;
      scroller.scrollTo({ left, behavior });
    },
    [grid.currentWeek],
  );
  // Only when the year changes: a refresh of the same year (a loan saved) leaves the weeks where they were.
  const firstWeek = grid.weeks[0];
  useLayoutEffect(() => scrollToCurrentWeek('instant'), [firstWeek, scrollToCurrentWeek]);
  /** Mouse users without a sideways wheel move the weeks with buttons: two months at a time. */
  const scrollWeeks = (direction: 1 | -1) => {
    const week = scrollerRef.current?.querySelector<HTMLElement>('th[data-week]')?.offsetWidth ?? 30;
    scrollerRef.current?.scrollBy({ left: direction * 8 * week, behavior: 'smooth' });
  };

  const focusCell = useCallback((row: number, column: number) => {
    tableRef.current?.querySelector<HTMLElement>(`td[data-row="${row}"][data-column="${column}"]`)?.focus();
  }, []);

  const [pendingFocus, setPendingFocus] = useState(false);
  useEffect(() => {
    if (!pendingFocus) return;
    setPendingFocus(false);
    focusCell(position.row, position.column);
  }, [pendingFocus, position.row, position.column, focusCell]);

  const activate = (cell: GridCell) => {
    if (cell.selectable) onChooseWeek(cell.week);
    else if (cell.loans[0]) void navigate(loanLocation(cell.loans[0].id));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    if (target.tagName !== 'TD') return;
    if (event.key === 'Enter' || event.key === ' ') {
      const cell = grid.rows[position.row]?.cells[position.column];
      if (cell) {
        event.preventDefault();
        activate(cell);
      }
      return;
    }
    const next = moveInGrid(position, event.key, size, event.ctrlKey || event.metaKey);
    if (!next) return;
    event.preventDefault();
    setActive(next);
    setPendingFocus(true);
  };

  return (
    <div>
      <Group gap={6} justify="flex-end" mb={6}>
        <Tooltip label={t('availability:grid.earlier')}>
          <ActionIcon variant="default" aria-label={t('availability:grid.earlier')} onClick={() => scrollWeeks(-1)}>
            <IconChevronLeft size={16} />
          </ActionIcon>
        </Tooltip>
        {grid.currentWeek && (
          <Button variant="default" size="compact-sm" onClick={() => scrollToCurrentWeek('smooth')}>
            {t('availability:grid.thisWeek')}
          </Button>
        )}
        <Tooltip label={t('availability:grid.later')}>
          <ActionIcon variant="default" aria-label={t('availability:grid.later')} onClick={() => scrollWeeks(1)}>
            <IconChevronRight size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <div className={classes.scroller} ref={scrollerRef}>
        <table
          ref={tableRef}
          role="grid"
          aria-label={t('availability:grid.caption', { year: yearLabel })}
          aria-describedby="availability-grid-help"
          className={classes.table}
          style={{ '--pa-loan': LOAN_COLOUR } as CSSProperties}
          onKeyDown={onKeyDown}
        >
          <thead>
            <tr>
              <th rowSpan={2} className={classes.corner} data-corner scope="col">
                {t('availability:grid.exhibition')}
              </th>
              {grid.months.map(({ month, span }, index) => (
                <th key={month} colSpan={span} className={classes.month} scope="colgroup" title={formatLongMonth(month, language)}>
                    <span className={classes.monthLabel}>
                    {index === 0 || month.endsWith('-01') ? `${formatShortMonth(month, language)} ${month.slice(0, 4)}` : formatShortMonth(month, language)}
                  </span>
                </th>
              ))}
            </tr>
            <tr>
              {grid.weeks.map((week, index) => (
                <th
                  key={week}
                  scope="col"
                  data-week={week}
                  className={classes.weekHeader}
                  data-first-of-month={firstOfMonth.has(index) || undefined}
                  data-current={week === grid.currentWeek || undefined}
                  data-break={breaks.has(week) || undefined}
                  aria-label={t('availability:grid.weekOf', { date: formatDayMonth(week, language) })}
                  title={[
                    t('availability:grid.weekOf', { date: formatDayMonth(week, language) }),
                    week === grid.currentWeek ? t('availability:legend.current') : null,
                    breaks.get(week) ?? null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                >
                  {Number(week.slice(8, 10))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row, rowIndex) => {
              const runs = new Map(loanRuns(row.cells).map((run) => [run.start, run]));
              return (
                <tr key={row.exhibition.id}>
                  <th scope="row" className={classes.rowHeader}>
                    <span className={classes.rowTitle}>{row.exhibition.title}</span>
                    <span className={classes.rowMeta}>
                      {row.exhibition.archived
                        ? t('availability:grid.archived')
                        : t('availability:grid.bufferDays', { count: row.exhibition.bufferDays })}
                    </span>
                  </th>
                  {row.cells.map((cell, column) => {
                    const run = runs.get(column);
                    const isActive = rowIndex === position.row && column === position.column;
                    const td = (
                      <td
                        key={cell.week}
                        role="gridcell"
                        className={classes.cell}
                        data-row={rowIndex}
                        data-column={column}
                        data-tone={cell.tone}
                        data-past={cell.past || undefined}
                        data-selectable={cell.selectable || undefined}
                        data-current={cell.week === grid.currentWeek || undefined}
                        data-first-of-month={firstOfMonth.has(column) || undefined}
                        data-run-start={(run && column > 0 && row.cells[column - 1]!.loans.length > 0) || undefined}
                        tabIndex={isActive ? 0 : -1}
                        aria-label={cellLabel(t, cell, language, breaks.get(cell.week))}
                        onFocus={() => {
                          if (!isActive) setActive({ row: rowIndex, column });
                        }}
                        onClick={() => activate(cell)}
                      >
                        {run && (
                          <span className={classes.runLabel} style={{ width: `calc(${run.length} * var(--week) - 6px)` }} aria-hidden="true">
                            {run.loan.borrowerName}
                          </span>
                        )}
                      </td>
                    );
                    if (cell.tone === 'free') return td;
                    return (
                      <Tooltip
                        key={cell.week}
                        multiline
                        maw={280}
                        openDelay={150}
                        events={{ hover: true, focus: true, touch: false }}
                        label={<CellTooltip cell={cell} language={language} />}
                      >
                        {td}
                      </Tooltip>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
});

function CellTooltip({ cell, language }: { cell: GridCell; language: Language }) {
  const { t } = useTranslation();
  if (cell.tone === 'buffer') return <>{t('availability:grid.bufferTooltip')}</>;
  return (
    <>
      {cell.loans.map((loan) => (
        <div key={loan.id}>
          <strong>{loan.borrowerName}</strong>
          <br />
          {formatDateRange(loan.deliveryDate, loan.pickupDate, language)} · {t(`availability:statuses.${loan.status}`)}
        </div>
      ))}
    </>
  );
}

/** What each colour means, with the same swatches as the cells. */
export function AvailabilityLegend() {
  const { t } = useTranslation();
  const items = [
    ['swatchLoan', 'loan'],
    ['swatchRequested', 'requested'],
    ['swatchBuffer', 'buffer'],
    ['swatchFree', 'free'],
    ['swatchBreak', 'schoolBreak'],
    ['swatchCurrent', 'current'],
  ] as const;
  return (
    <ul className={classes.legend} aria-label={t('availability:legend.label')} style={{ '--pa-loan': LOAN_COLOUR } as CSSProperties}>
      {items.map(([swatch, key]) => (
        <li key={key}>
          <span className={`${classes.swatch} ${classes[swatch]}`} aria-hidden="true" />
          <span>{t(`availability:legend.${key}`)}</span>
        </li>
      ))}
    </ul>
  );
}
