import type { jsPDF } from 'jspdf';
import { autoTable } from '../kit/pdf-library';
import type { Exhibition } from '../../../shared/domain/loans/exhibitions';
import type { Loan } from '../../../shared/domain/loans/loans';
import { loanLengthDays } from '../../../shared/domain/loans/booking-rules';
import type { DocumentLanguage } from '../../../shared/domain/documents';
import { addFooters, newDocument, PDF_FONT, PDF_MARGIN, pdfText, TABLE_MARGIN, toBytes } from '../pdf-kit';
import { ensureSpace, heading, lastTableEnd } from './page-flow';
import { AGREEMENT_WORDS, type AgreementWords } from './words';

const CONTENT_WIDTH = 210 - 2 * PDF_MARGIN;
const DESCRIPTION_MAX = 420;
const GREY: [number, number, number] = [90, 90, 90];

/** Label → value rows, as on the event sheet. */
function detailsTable(doc: jsPDF, y: number, rows: [string, string][]): number {
  autoTable(doc, {
    startY: y,
    margin: TABLE_MARGIN,
    theme: 'plain',
    rowPageBreak: 'avoid',
    styles: { font: PDF_FONT, fontSize: 10, cellPadding: 2 },
    columnStyles: { 0: { fontStyle: 'bold', cellWidth: 42, textColor: GREY } },
    body: rows.map(([label, value]) => [pdfText(label), pdfText(value)]),
  });
  return lastTableEnd(doc) + 8;
}

/** The description cut at a word boundary: the agreement names the exhibition, it does not present it. */
function shortDescription(text: string): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (clean.length <= DESCRIPTION_MAX) return clean;
  const cut = clean.slice(0, DESCRIPTION_MAX);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : DESCRIPTION_MAX).replace(/[\s,;:.]+$/, '')}…`;
}

function orDash(value: string): string {
  return value.trim() === '' ? '—' : value.trim();
}

/** The two parties side by side, each in a box: its name in bold, then its details. */
function partiesBoxes(doc: jsPDF, words: AgreementWords, y: number, loan: Loan, exhibition: Exhibition): number {
  const width = CONTENT_WIDTH / 2;
  const padding = 3;
  const lineHeight = (size: number): number => (size * 1.15 * 25.4) / 72;
  const parties = [
    {
      title: words.lender,
      name: exhibition.owner,
      details: [words.ownerOfExhibition, '', words.organisedBy, `${words.organiser[0]} — ${words.organiser[1]}`],
    },
    {
      title: words.borrower,
      name: loan.borrowerName,
      details: [
        ...(loan.venueName.trim() !== '' && loan.venueName.trim() !== loan.borrowerName.trim() ? [words.venue(loan.venueName.trim())] : []),
        orDash(loan.address),
        '',
        words.contact(orDash(loan.contactName)),
        words.email(orDash(loan.contactEmail)),
        words.phone(orDash(loan.contactPhone)),
      ],
    },
  ].map((party) => {
    doc.setFont(PDF_FONT, 'bold');
    doc.setFontSize(11);
    const name = doc.splitTextToSize(pdfText(party.name), width - 2 * padding) as string[];
    doc.setFont(PDF_FONT, 'normal');
    doc.setFontSize(10);
    const details = party.details.flatMap((line) =>
      line === '' ? [''] : (doc.splitTextToSize(pdfText(line), width - 2 * padding) as string[]),
    );
    return { ...party, name, details };
  });
  const headHeight = 8;
  const bodyHeight = Math.max(
    ...parties.map((party) => 2 * padding + party.name.length * lineHeight(11) + 1.5 + party.details.length * lineHeight(10)),
  );
  const top = ensureSpace(doc, y, headHeight + bodyHeight);
  doc.setDrawColor(200, 200, 200);
  doc.setLineWidth(0.2);
  parties.forEach((party, index) => {
    const x = PDF_MARGIN + index * width;
    doc.setFillColor(240, 240, 240);
    doc.rect(x, top, width, headHeight, 'FD');
    doc.rect(x, top + headHeight, width, bodyHeight, 'S');
    doc.setTextColor(20, 20, 20);
    doc.setFont(PDF_FONT, 'bold');
    doc.setFontSize(10);
    doc.text(pdfText(party.title), x + padding, top + 5.4);
    doc.setFontSize(11);
    let line = top + headHeight + padding + lineHeight(11) * 0.8;
    for (const text of party.name) {
      doc.text(text, x + padding, line);
      line += lineHeight(11);
    }
    line += 1.5;
    doc.setFont(PDF_FONT, 'normal');
    doc.setFontSize(10);
    for (const text of party.details) {
      if (text !== '') doc.text(text, x + padding, line);
      line += lineHeight(10);
    }
  });
  return top + headHeight + bodyHeight + 8;
}

function itemsTable(doc: jsPDF, words: AgreementWords, y: number, loan: Loan, exhibition: Exhibition): number {
  const delivery = loan.checks.find((check) => check.phase === 'delivery') ?? null;
  const checked = new Map((delivery?.items ?? []).map((item) => [item.itemId, item]));
  const rows = [...exhibition.items]
    .sort((a, b) => a.number - b.number)
    .map((item) => ({
      number: item.number,
      kind: words.kinds[item.kind],
      // Before the delivery check, known damage is written down so that nobody answers for it later.
      label:
        delivery === null && item.flag !== null
          ? `${item.label}\n${words.flagged(words.conditions[item.flag.condition], words.dateText(item.flag.since), item.flag.note.trim())}`
          : item.label,
      id: item.id,
    }));
  // Items checked at delivery but since removed from the exhibition's list were lent all the same.
  for (const item of delivery?.items ?? []) {
    if (!rows.some((row) => row.id === item.itemId)) rows.push({ number: item.number, kind: '—', label: item.label, id: item.itemId });
  }
  rows.sort((a, b) => a.number - b.number);
  const condition = (id: number): string => {
    if (delivery === null) return '';
    const item = checked.get(id);
    if (item === undefined) return words.notChecked;
    return item.note.trim() === '' ? words.conditions[item.condition] : `${words.conditions[item.condition]} — ${item.note.trim()}`;
  };
  autoTable(doc, {
    startY: y,
    margin: TABLE_MARGIN,
    theme: 'grid',
    showHead: 'everyPage',
    rowPageBreak: 'avoid',
    headStyles: { fillColor: [240, 240, 240], textColor: [20, 20, 20], fontStyle: 'bold', lineColor: [200, 200, 200] },
    styles: { font: PDF_FONT, fontSize: 9.5, cellPadding: 1.8, lineColor: [200, 200, 200], minCellHeight: delivery === null ? 7.5 : 0 },
    // Widths that hold each head word whole in DejaVu Sans, in both languages ("Condition at delivery" wraps between words).
    columnStyles: { 0: { cellWidth: 13, halign: 'right' }, 1: { cellWidth: 22 }, 3: { cellWidth: 58 } },
    head: [words.itemsHead.map(pdfText)],
    body: rows.map((row) => [String(row.number), pdfText(row.kind), pdfText(row.label), pdfText(condition(row.id))]),
  });
  let after = lastTableEnd(doc) + 5;
  doc.setFont(PDF_FONT, 'italic');
  doc.setFontSize(9);
  doc.setTextColor(...GREY);
  const note = delivery === null ? words.beforeCheck : words.checkedOn(words.dateText(delivery.date));
  after = ensureSpace(doc, after, 6);
  doc.text(doc.splitTextToSize(pdfText(note), CONTENT_WIDTH), PDF_MARGIN, after);
  doc.setTextColor(20, 20, 20);
  doc.setFont(PDF_FONT, 'normal');
  return after + 10;
}

function dutiesTable(doc: jsPDF, words: AgreementWords, y: number, loan: Loan): number {
  const duties = words.duties(words.dateText(loan.pickupDate));
  autoTable(doc, {
    startY: y,
    margin: TABLE_MARGIN,
    theme: 'plain',
    rowPageBreak: 'avoid',
    styles: { font: PDF_FONT, fontSize: 10, cellPadding: { top: 1.2, bottom: 1.2, left: 0, right: 2 } },
    columnStyles: { 0: { cellWidth: 7, fontStyle: 'bold' } },
    body: duties.map((duty, index) => [`${index + 1}.`, pdfText(duty)]),
  });
  return lastTableEnd(doc) + 8;
}

function signatureBlocks(doc: jsPDF, words: AgreementWords, y: number, loan: Loan, exhibition: Exhibition): void {
  const height = 62;
  let top = ensureSpace(doc, y, height + 8);
  doc.setFont(PDF_FONT, 'normal');
  doc.setFontSize(10);
  doc.setTextColor(20, 20, 20);
  doc.text(pdfText(words.madeAt), PDF_MARGIN, top);
  top += 5;
  const gap = 8;
  const width = (CONTENT_WIDTH - gap) / 2;
  const blocks: [string, string][] = [
    [words.forLender, words.lenderParty(exhibition.owner, words.organiser[0])],
    [words.forBorrower, loan.borrowerName],
  ];
  blocks.forEach(([title, party], index) => {
    const x = PDF_MARGIN + index * (width + gap);
    doc.setDrawColor(170, 170, 170);
    doc.setLineWidth(0.3);
    doc.rect(x, top, width, height);
    doc.setFont(PDF_FONT, 'bold');
    doc.setFontSize(11);
    doc.setTextColor(20, 20, 20);
    doc.text(pdfText(title), x + 4, top + 7);
    doc.setFont(PDF_FONT, 'normal');
    doc.setFontSize(9);
    doc.setTextColor(...GREY);
    doc.text((doc.splitTextToSize(pdfText(party), width - 8) as string[]).slice(0, 2), x + 4, top + 12);
    doc.setTextColor(20, 20, 20);
    doc.setFontSize(10);
    for (const [label, baseline] of [[words.nameAndRole, top + 25], [words.date, top + 33]] as const) {
      doc.text(pdfText(label), x + 4, baseline);
      doc.setDrawColor(150, 150, 150);
      doc.setLineDashPattern([0.6, 0.8], 0);
      doc.line(x + 4 + doc.getTextWidth(label) + 2, baseline + 0.6, x + width - 4, baseline + 0.6);
      doc.setLineDashPattern([], 0);
    }
    // The signature gets the rest of the box.
    doc.text(pdfText(words.signature), x + 4, top + 41);
  });
}

/**
 * The loan agreement ("Convention de prêt") to print and sign: the parties, the exhibition, the period, the
 * items lent (with their condition at delivery once checked), the conditions and two signature blocks.
 * Written in `language` (the interface's that asked for it); names are printed as typed, in any script.
 * Data in, bytes out: no I/O here.
 */
export function buildLoanAgreement(loan: Loan, exhibition: Exhibition, now: Date, language: DocumentLanguage = 'fr'): Uint8Array {
  const words = AGREEMENT_WORDS[language];
  const doc = newDocument({ title: words.title(exhibition.title, loan.borrowerName), language });
  doc.setFont(PDF_FONT, 'normal');
  doc.setFontSize(9);
  doc.setTextColor(110, 110, 110);
  doc.text(pdfText(words.kicker(loan.id, loan.schoolYear)), PDF_MARGIN, 26);
  doc.setTextColor(20, 20, 20);
  doc.setFont(PDF_FONT, 'bold');
  doc.setFontSize(17);
  doc.text(pdfText(words.heading), PDF_MARGIN, 35);
  doc.setFontSize(12);
  const titleLines = doc.splitTextToSize(pdfText(words.quoted(exhibition.title)), CONTENT_WIDTH);
  doc.text(titleLines, PDF_MARGIN, 42);
  let y = 42 + titleLines.length * 5.5;
  doc.setFont(PDF_FONT, 'normal');
  doc.setFontSize(10);
  const intro = doc.splitTextToSize(pdfText(words.intro), CONTENT_WIDTH) as string[];
  doc.text(intro, PDF_MARGIN, y + 1);
  // The boxes start under the last line of the introduction, however many lines it takes.
  y = partiesBoxes(doc, words, y + 4 + ((intro.length - 1) * doc.getLineHeight()) / doc.internal.scaleFactor, loan, exhibition);

  y = heading(doc, words.exhibitionHeading, y);
  const exhibitionRows: [string, string][] = [
    [words.titleLabel, exhibition.title],
    [words.owner, exhibition.owner],
  ];
  if (exhibition.description.trim() !== '') exhibitionRows.push([words.description, shortDescription(exhibition.description)]);
  if (exhibition.audience.trim() !== '') exhibitionRows.push([words.audience, exhibition.audience.trim()]);
  if (exhibition.languages.length > 0) {
    exhibitionRows.push([words.languagesLabel, exhibition.languages.map((spoken) => words.languages[spoken]).join(', ')]);
  }
  y = detailsTable(doc, y, exhibitionRows);

  y = heading(doc, words.periodHeading, y);
  const days = loanLengthDays(loan);
  const periodRows: [string, string][] = [
    [words.delivery, words.dateText(loan.deliveryDate)],
    [words.showing, words.showingDates(words.dateText(loan.startDate), words.dateText(loan.endDate), days)],
    [words.pickup, words.dateText(loan.pickupDate)],
  ];
  const visits = loan.events.filter((visit) => visit.status !== 'cancelled');
  if (visits.length > 0) {
    periodRows.push([words.visits, visits.map((visit) => `${words.slotDay(visit.start)} — ${visit.title}`).join('\n')]);
  }
  y = detailsTable(doc, y, periodRows);

  y = heading(doc, words.itemsHeading(exhibition.items.length), y);
  y = itemsTable(doc, words, y, loan, exhibition);

  y = heading(doc, words.conditionsHeading, y);
  y = detailsTable(doc, y, [
    [words.transport, exhibition.transportNotes.trim() === '' ? words.toAgree : exhibition.transportNotes.trim()],
    [words.setup, exhibition.setupNotes.trim() === '' ? words.toAgree : exhibition.setupNotes.trim()],
    [words.insurance, exhibition.insuranceValue === null ? words.insuranceUnknown : words.euros(exhibition.insuranceValue)],
  ]);

  y = heading(doc, words.dutiesHeading, y);
  y = dutiesTable(doc, words, y, loan);

  signatureBlocks(doc, words, y, loan, exhibition);
  doc.setFont(PDF_FONT, 'normal');
  addFooters(doc, now);
  return toBytes(doc);
}
