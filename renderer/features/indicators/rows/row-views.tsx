import type { ReactNode } from 'react';
import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import type { TFunction } from 'i18next';
import type { IndicatorRows } from '../../../../shared/domain/indicators/indicators';
import { formatDateRange, formatShortDate } from '../../../dates/date-text';
import type { Language } from '../../../i18n/language';
import { exhibitionLocation, loanLocation } from '../../loans/links';
import { SchoolLink } from '../../directory';

type AnyRow = IndicatorRows['rows'][number];

/** One column of the drawer's list: its header, the value it sorts and searches by, and how it shows. */
export interface RowColumn<Row> {
  key: string;
  header: string;
  value(row: Row): string | number | null;
  render?(row: Row): ReactNode;
  align?: 'left' | 'right';
}

export interface RowView<Row> {
  columns: RowColumn<Row>[];
  /** The column the list starts sorted by, and its direction. */
  sort: { column: string; direction: 'asc' | 'desc' };
  rowKey(row: Row): number;
}

/**
 * The columns of each kind of list behind a figure. Loans open in the exhibitions section (loans/links.ts),
 * schools on their page (directory's SchoolLink); activities, classes and teachers have no page of their own.
 */
export function rowView(kind: IndicatorRows['kind'], t: TFunction, language: Language): RowView<AnyRow> {
  const number = (value: number | null) => (value === null ? '—' : new Intl.NumberFormat(language === 'fr' ? 'fr-BE' : 'en-GB').format(value));
  const right = 'right' as const;
  switch (kind) {
    case 'activities':
      return typed<IndicatorRowsOf<'activities'>>({
        sort: { column: 'date', direction: 'asc' },
        rowKey: (row) => row.id,
        columns: [
          { key: 'date', header: t('indicators:rows.date'), value: (row) => row.date, render: (row) => <span style={{ whiteSpace: 'nowrap' }}>{shortDate(row.date, language)}</span> },
          { key: 'title', header: t('indicators:rows.activity'), value: (row) => row.title },
          { key: 'type', header: t('indicators:rows.type'), value: (row) => t(`calendar:types.${row.type}`) },
          { key: 'school', header: t('indicators:rows.school'), value: (row) => row.schoolName, render: (row) => <SchoolLink schoolId={row.schoolId}>{row.schoolName}</SchoolLink> },
          { key: 'status', header: t('indicators:rows.status'), value: (row) => t(`calendar:statuses.${row.status}`) },
          { key: 'classes', header: t('indicators:rows.classes'), value: (row) => row.classCount, render: (row) => number(row.classCount), align: right },
          { key: 'pupils', header: t('indicators:rows.pupilsPresent'), value: (row) => row.pupilsPresent, render: (row) => number(row.pupilsPresent), align: right },
        ],
      });
    case 'schools':
    case 'loanSchools':
      return typed<IndicatorRowsOf<'schools'>>({
        sort: { column: 'name', direction: 'asc' },
        rowKey: (row) => row.id,
        columns: [
          { key: 'name', header: t('indicators:rows.school'), value: (row) => row.name, render: (row) => <SchoolLink schoolId={row.id}>{row.name}</SchoolLink> },
          { key: 'postalCode', header: t('indicators:rows.postalCode'), value: (row) => row.postalCode },
          { key: 'neighbourhood', header: t('indicators:rows.neighbourhood'), value: (row) => row.neighbourhood },
          {
            key: 'count',
            header: kind === 'loanSchools' ? t('indicators:rows.loansCount') : t('indicators:rows.heldActivities'),
            value: (row) => row.count,
            render: (row) => number(row.count),
            align: right,
          },
        ],
      });
    case 'classes':
      return typed<IndicatorRowsOf<'classes'>>({
        sort: { column: 'school', direction: 'asc' },
        rowKey: (row) => row.id,
        columns: [
          { key: 'school', header: t('indicators:rows.school'), value: (row) => row.schoolName, render: (row) => <SchoolLink schoolId={row.schoolId}>{row.schoolName}</SchoolLink> },
          { key: 'name', header: t('indicators:rows.class'), value: (row) => row.name },
          { key: 'pupils', header: t('indicators:rows.pupils'), value: (row) => row.pupilCount, render: (row) => number(row.pupilCount), align: right },
          { key: 'held', header: t('indicators:rows.heldActivities'), value: (row) => row.heldActivities, render: (row) => number(row.heldActivities), align: right },
        ],
      });
    case 'teachers':
      return typed<IndicatorRowsOf<'teachers'>>({
        sort: { column: 'name', direction: 'asc' },
        rowKey: (row) => row.id,
        columns: [
          { key: 'name', header: t('indicators:rows.teacher'), value: (row) => `${row.lastName} ${row.firstName}`, render: (row) => `${row.firstName} ${row.lastName}` },
          { key: 'school', header: t('indicators:rows.school'), value: (row) => row.schoolName },
          { key: 'classes', header: t('indicators:rows.classes'), value: (row) => row.classes, render: (row) => number(row.classes), align: right },
        ],
      });
    case 'loans':
      return typed<IndicatorRowsOf<'loans'>>({
        sort: { column: 'dates', direction: 'asc' },
        rowKey: (row) => row.id,
        columns: [
          {
            key: 'dates',
            header: t('indicators:rows.dates'),
            value: (row) => row.startDate,
            render: (row) => (
              <Anchor component={Link} to={loanLocation(row.id)} size="sm">
                {formatDateRange(row.startDate, row.endDate, language)}
              </Anchor>
            ),
          },
          {
            key: 'exhibition',
            header: t('indicators:rows.exhibition'),
            value: (row) => row.exhibitionTitle,
            render: (row) => (
              <Anchor component={Link} to={exhibitionLocation(row.exhibitionId)} size="sm">
                {row.exhibitionTitle}
              </Anchor>
            ),
          },
          { key: 'borrower', header: t('indicators:rows.borrower'), value: (row) => row.borrowerName, render: (row) => <SchoolLink schoolId={row.schoolId}>{row.borrowerName}</SchoolLink> },
          { key: 'status', header: t('indicators:rows.status'), value: (row) => t(`exhibitions:statuses.${row.status}`) },
          {
            key: 'weeks',
            header: t('indicators:rows.weeks'),
            value: (row) => row.weeks,
            render: (row) => new Intl.NumberFormat(language === 'fr' ? 'fr-BE' : 'en-GB', { maximumFractionDigits: 1 }).format(row.weeks),
            align: right,
          },
        ],
      });
  }
}

type IndicatorRowsOf<K extends IndicatorRows['kind']> = Extract<IndicatorRows, { kind: K }>['rows'][number];

/** Each view is written for its own row type; the drawer holds them as views of any row of the figure. */
function typed<Row>(view: RowView<Row>): RowView<AnyRow> {
  return view as unknown as RowView<AnyRow>;
}

/** Every column's text in one string, for the search. */
export function rowText(view: RowView<AnyRow>, row: AnyRow): string {
  return view.columns.map((column) => String(column.value(row) ?? '')).join(' ');
}

/** "7 sept. 2026": short enough for a column, with the year (a range may span several). */
function shortDate(day: string, language: Language): string {
  return formatShortDate(day, language);
}
