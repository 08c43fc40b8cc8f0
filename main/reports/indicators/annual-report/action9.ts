// Action 9, the school programme: activities (chart and table), people reached, the exhibition's loans,
// what changed for the pupils (in plain words) and satisfaction.
import { autoTable } from '../../kit/pdf-library';
import type { DocumentLanguage } from '../../../../shared/domain/documents';
import type { IndicatorsSummary } from '../../../../shared/domain/indicators/indicators';
import { explainChange } from '../../../../shared/domain/questionnaires/plain-language';
import { type Cursor, GREY, heading, paragraph, tableOptions } from '../../kit/flow';
import { barChart } from './bar-chart';
import { formatNumber, formatPublished, formatRate, periodColumn } from './format';
import type { AnnualReportWords } from './words';

interface Section {
  cursor: Cursor;
  summary: IndicatorsSummary;
  words: AnnualReportWords;
  language: DocumentLanguage;
}

function activities({ cursor, summary, words, language }: Section): void {
  heading(cursor, words.activitiesTitle, { size: 11.5, keep: 50 });
  const { current, previous } = summary;
  if (current.activities.totals.planned === 0 && previous.activities.totals.planned === 0) {
    paragraph(cursor, words.noActivity, { colour: GREY });
    return;
  }
  const rows = current.activities.byType
    .map(({ type, counts }) => ({ type, counts, before: previous.activities.byType.find((entry) => entry.type === type)?.counts }))
    .filter(({ counts, before }) => counts.planned > 0 || (before?.planned ?? 0) > 0);
  barChart(
    cursor,
    words.activitiesChart(periodColumn(current.period), periodColumn(previous.period)),
    rows.map(({ type, counts, before }) => ({ label: words.eventTypes[type], current: counts.held, previous: before?.held ?? 0 })),
    (value) => formatNumber(value, language),
  );
  const n = (value: number) => formatNumber(value, language);
  autoTable(cursor.doc, {
    ...tableOptions(cursor),
    head: [[words.activityType, words.planned, words.held, words.cancelled, words.open, `${words.held} ${periodColumn(previous.period)}`]],
    body: [
      ...rows.map(({ type, counts, before }) => [words.eventTypes[type], n(counts.planned), n(counts.held), n(counts.cancelled), n(counts.open), n(before?.held ?? 0)]),
      [words.total, n(current.activities.totals.planned), n(current.activities.totals.held), n(current.activities.totals.cancelled), n(current.activities.totals.open), n(previous.activities.totals.held)].map(
        (content) => ({ content, styles: { fontStyle: 'bold' as const } }),
      ),
    ],
    columnStyles: { 0: { cellWidth: 52 }, 1: { halign: 'right' }, 2: { halign: 'right' }, 3: { halign: 'right' }, 4: { halign: 'right' }, 5: { halign: 'right' } },
  });
  cursor.afterTable();
}

function reach({ cursor, summary, words, language }: Section): void {
  heading(cursor, words.reachTitle, { size: 11.5, keep: 40 });
  const { reach: now } = summary.current;
  const n = (value: number) => formatNumber(value, language);
  paragraph(cursor, words.reachPupilsNote(n(now.pupilsRecorded), n(now.pupilsEstimated)), { size: 9, colour: GREY });
  if (now.neighbourhoods.length === 0) {
    paragraph(cursor, words.noNeighbourhood, { colour: GREY });
    return;
  }
  autoTable(cursor.doc, {
    ...tableOptions(cursor),
    head: [[words.neighbourhood, words.schools, words.classes, words.heldActivities]],
    body: now.neighbourhoods.map((place) => [
      place.kind === 'postalCode' ? words.postalCode(place.label) : place.label,
      n(place.schools),
      n(place.classes),
      n(place.heldActivities),
    ]),
    columnStyles: { 0: { cellWidth: 80 }, 1: { halign: 'right' }, 2: { halign: 'right' }, 3: { halign: 'right' } },
  });
  cursor.afterTable();
}

function loans({ cursor, summary, words, language }: Section): void {
  heading(cursor, words.loansTitle, { size: 11.5, keep: 30 });
  const { loans: now } = summary.current;
  if (now.byExhibition.length === 0) {
    paragraph(cursor, words.noLoan, { colour: GREY });
    return;
  }
  autoTable(cursor.doc, {
    ...tableOptions(cursor),
    head: [[words.exhibition, words.loansColumn, words.weeksColumn]],
    body: [
      ...now.byExhibition.map((entry) => [entry.title, formatNumber(entry.loans, language), formatNumber(entry.weeksOnLoan, language, 1)]),
      [words.total, formatNumber(now.loans, language), formatNumber(now.weeksOnLoan, language, 1)].map((content) => ({ content, styles: { fontStyle: 'bold' as const } })),
    ],
    columnStyles: { 0: { cellWidth: 110 }, 1: { halign: 'right' }, 2: { halign: 'right' } },
  });
  cursor.afterTable();
}

/** The change in pupils' perceptions in sentences: the same explanation as the results page and impact report. */
function impact({ cursor, summary, words, language }: Section): void {
  heading(cursor, words.impactTitle, { size: 11.5, keep: 30 });
  paragraph(cursor, words.impactIntro, { size: 9, colour: GREY, after: 3 });
  const templates = summary.current.questionnaires.impact;
  if (templates.length === 0) {
    paragraph(cursor, words.noImpact, { colour: GREY });
    return;
  }
  for (const template of templates) {
    const { counts } = template;
    paragraph(
      cursor,
      words.formsLine(
        template.templateName,
        formatPublished(counts.before, language),
        formatPublished(counts.after, language),
        formatPublished(counts.paired, language),
        formatRate(counts.matchRate, language),
      ),
      { style: 'bold', size: 9.5 },
    );
    for (const dimension of template.dimensions) {
      const subject = words.dimensions[dimension.dimension];
      paragraph(cursor, `• ${explainChange(dimension.result, { scale: dimension.scale, subject, language, figures: false })}`, { indent: 3, size: 9.5 });
    }
    cursor.y += 2;
  }
}

function satisfaction({ cursor, summary, words, language }: Section): void {
  const templates = summary.current.questionnaires.satisfaction.filter((template) => template.items.length > 0);
  heading(cursor, words.satisfactionTitle, { size: 11.5, keep: 30 });
  if (templates.length === 0) {
    paragraph(cursor, words.noSatisfaction, { colour: GREY });
    return;
  }
  paragraph(cursor, words.satisfactionIntro, { size: 9, colour: GREY, after: 3 });
  for (const template of templates) {
    const audience = template.audience === 'pupil' ? words.pupils : words.teachers;
    autoTable(cursor.doc, {
      ...tableOptions(cursor),
      head: [[`${template.templateName} — ${audience}`, words.answered, words.mean]],
      body: template.items.map((item) => [
        language === 'fr' ? item.wordingFr : item.wordingEn || item.wordingFr,
        formatPublished(item.answered, language),
        item.shareYes !== null
          ? `${formatRate(item.shareYes, language)} ${words.yesShare}`
          : item.mean === null
            ? '—'
            : `${formatNumber(item.mean, language, 1)}${item.scale ? ` / ${formatNumber(item.scale.max, language)}` : ''}`,
      ]),
      columnStyles: { 0: { cellWidth: 120 }, 1: { halign: 'right' }, 2: { halign: 'right' } },
    });
    cursor.afterTable(4);
  }
}

export function action9Section(cursor: Cursor, summary: IndicatorsSummary, words: AnnualReportWords, language: DocumentLanguage): void {
  heading(cursor, words.action9, { keep: 60 });
  paragraph(cursor, words.action9Intro, { size: 9.5, colour: GREY, after: 4 });
  const section: Section = { cursor, summary, words, language };
  activities(section);
  reach(section);
  loans(section);
  impact(section);
  satisfaction(section);
}
