import type { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import type { Exhibition } from '../../../shared/domain/loans/exhibitions';
import type { Loan } from '../../../shared/domain/loans/loans';
import { loanLengthDays } from '../../../shared/domain/loans/booking-rules';
import {
  EXHIBITION_LANGUAGE_FR,
  formatDateFr,
  formatEurosFr,
  formatSlotFr,
  ITEM_CONDITION_FR,
  ITEM_KIND_FR,
} from '../../exports/labels-fr';
import { addFooters, newDocument, PDF_FONT, PDF_MARGIN, pdfText, toBytes } from '../pdf-kit';

/** The City's service that organises the loans of the plan's exhibitions. */
const LOAN_ORGANISER = ['Ville de Liège', "Échevinat de l'Instruction publique et de l'Interculturalité"] as const;

const CONTENT_WIDTH = 210 - 2 * PDF_MARGIN;
/** Continuation pages have no band: tables and text start here. */
const PAGE_TOP = 22;
/** Last line of text or table, clear of the footer (287 mm). */
const PAGE_BOTTOM = 276;
const TABLE_MARGIN = { left: PDF_MARGIN, right: PDF_MARGIN, top: PAGE_TOP, bottom: 297 - PAGE_BOTTOM };
const DESCRIPTION_MAX = 420;
const GREY: [number, number, number] = [90, 90, 90];

function lastTableEnd(doc: jsPDF): number {
  return (doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY;
}

/** Starts a new page when fewer than `needed` mm are left below `y`. */
function ensureSpace(doc: jsPDF, y: number, needed: number): number {
  if (y + needed <= PAGE_BOTTOM) return y;
  doc.addPage();
  return PAGE_TOP;
}

function heading(doc: jsPDF, text: string, y: number): number {
  const top = ensureSpace(doc, y, 22);
  doc.setFont(PDF_FONT, 'bold');
  doc.setFontSize(12);
  doc.setTextColor(20, 20, 20);
  doc.text(pdfText(text), PDF_MARGIN, top);
  return top + 3;
}

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
function partiesBoxes(doc: jsPDF, y: number, loan: Loan, exhibition: Exhibition): number {
  const width = CONTENT_WIDTH / 2;
  const padding = 3;
  const lineHeight = (size: number): number => (size * 1.15 * 25.4) / 72;
  const parties = [
    {
      title: 'Le prêteur',
      name: exhibition.owner,
      details: ["propriétaire de l'exposition", '', 'Prêt organisé par :', `${LOAN_ORGANISER[0]} — ${LOAN_ORGANISER[1]}`],
    },
    {
      title: "L'emprunteur",
      name: loan.borrowerName,
      details: [
        ...(loan.venueName.trim() !== '' && loan.venueName.trim() !== loan.borrowerName.trim() ? [`Lieu : ${loan.venueName.trim()}`] : []),
        orDash(loan.address),
        '',
        `Personne de contact : ${orDash(loan.contactName)}`,
        `E-mail : ${orDash(loan.contactEmail)}`,
        `Téléphone : ${orDash(loan.contactPhone)}`,
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

function itemsTable(doc: jsPDF, y: number, loan: Loan, exhibition: Exhibition): number {
  const delivery = loan.checks.find((check) => check.phase === 'delivery') ?? null;
  const checked = new Map((delivery?.items ?? []).map((item) => [item.itemId, item]));
  const rows = [...exhibition.items]
    .sort((a, b) => a.number - b.number)
    .map((item) => ({
      number: item.number,
      kind: ITEM_KIND_FR[item.kind],
      // Before the delivery check, known damage is written down so that nobody answers for it later.
      label:
        delivery === null && item.flag !== null
          ? `${item.label}\n(déjà signalé ${ITEM_CONDITION_FR[item.flag.condition]} le ${formatDateFr(item.flag.since)}${item.flag.note.trim() === '' ? '' : ` : ${item.flag.note.trim()}`})`
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
    if (item === undefined) return 'non vérifié';
    return item.note.trim() === '' ? ITEM_CONDITION_FR[item.condition] : `${ITEM_CONDITION_FR[item.condition]} — ${item.note.trim()}`;
  };
  autoTable(doc, {
    startY: y,
    margin: TABLE_MARGIN,
    theme: 'grid',
    showHead: 'everyPage',
    rowPageBreak: 'avoid',
    headStyles: { fillColor: [240, 240, 240], textColor: [20, 20, 20], fontStyle: 'bold', lineColor: [200, 200, 200] },
    styles: { font: PDF_FONT, fontSize: 9.5, cellPadding: 1.8, lineColor: [200, 200, 200], minCellHeight: delivery === null ? 7.5 : 0 },
    columnStyles: { 0: { cellWidth: 12, halign: 'right' }, 1: { cellWidth: 22 }, 3: { cellWidth: 58 } },
    head: [[pdfText('N°'), 'Type', pdfText('Désignation'), pdfText('État à la livraison')]],
    body: rows.map((row) => [String(row.number), pdfText(row.kind), pdfText(row.label), pdfText(condition(row.id))]),
  });
  let after = lastTableEnd(doc) + 5;
  doc.setFont(PDF_FONT, 'italic');
  doc.setFontSize(9);
  doc.setTextColor(...GREY);
  const note =
    delivery === null
      ? "L'état de chaque élément est noté à la livraison, en présence des deux parties, et vérifié de même à la reprise."
      : `État constaté à la livraison le ${formatDateFr(delivery.date)}.`;
  after = ensureSpace(doc, after, 6);
  doc.text(doc.splitTextToSize(pdfText(note), CONTENT_WIDTH), PDF_MARGIN, after);
  doc.setTextColor(20, 20, 20);
  doc.setFont(PDF_FONT, 'normal');
  return after + 10;
}

function dutiesTable(doc: jsPDF, y: number, loan: Loan): number {
  const duties = [
    "L'emprunteur prend soin des éléments prêtés pendant toute la durée du prêt : il les installe et les garde dans un lieu sûr, à l'abri de l'humidité, de la chaleur et du vandalisme.",
    "Il n'apporte aucune modification aux éléments (ni inscription, ni collage, ni découpe) et ne les prête pas à un tiers.",
    "Il signale sans délai au prêteur tout dommage, toute perte ou tout vol, même partiel.",
    `Il rend l'exposition complète, dans ses caisses, le jour de la reprise : ${formatDateFr(loan.pickupDate)}.`,
  ];
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

function signatureBlocks(doc: jsPDF, y: number, loan: Loan, exhibition: Exhibition): void {
  const height = 62;
  let top = ensureSpace(doc, y, height + 8);
  doc.setFont(PDF_FONT, 'normal');
  doc.setFontSize(10);
  doc.setTextColor(20, 20, 20);
  doc.text(pdfText('Fait à Liège, en deux exemplaires, chaque partie reconnaissant avoir reçu le sien.'), PDF_MARGIN, top);
  top += 5;
  const gap = 8;
  const width = (CONTENT_WIDTH - gap) / 2;
  const blocks: [string, string][] = [
    ['Pour le prêteur', `${exhibition.owner}, avec la ${LOAN_ORGANISER[0]}`],
    ["Pour l'emprunteur", loan.borrowerName],
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
    for (const [label, baseline] of [['Nom et fonction :', top + 25], ['Date :', top + 33]] as const) {
      doc.text(label, x + 4, baseline);
      doc.setDrawColor(150, 150, 150);
      doc.setLineDashPattern([0.6, 0.8], 0);
      doc.line(x + 4 + doc.getTextWidth(label) + 2, baseline + 0.6, x + width - 4, baseline + 0.6);
      doc.setLineDashPattern([], 0);
    }
    // The signature gets the rest of the box.
    doc.text('Signature :', x + 4, top + 41);
  });
}

/**
 * The loan agreement ("Convention de prêt") to print and sign: the parties, the exhibition, the period, the
 * items lent (with their condition at delivery once checked), the conditions and two signature blocks.
 * Data in, bytes out: no I/O here.
 */
export function buildLoanAgreement(loan: Loan, exhibition: Exhibition, now: Date): Uint8Array {
  const doc = newDocument({ title: `Convention de prêt — ${exhibition.title} — ${loan.borrowerName}`, language: 'fr' });
  doc.setFont(PDF_FONT, 'normal');
  doc.setFontSize(9);
  doc.setTextColor(110, 110, 110);
  doc.text(pdfText(`CONVENTION DE PRÊT N° ${loan.id} · EXPOSITION ITINÉRANTE · ANNÉE SCOLAIRE ${loan.schoolYear}`), PDF_MARGIN, 26);
  doc.setTextColor(20, 20, 20);
  doc.setFont(PDF_FONT, 'bold');
  doc.setFontSize(17);
  doc.text('Convention de prêt', PDF_MARGIN, 35);
  doc.setFontSize(12);
  const titleLines = doc.splitTextToSize(pdfText(`« ${exhibition.title} »`), CONTENT_WIDTH);
  doc.text(titleLines, PDF_MARGIN, 42);
  let y = 42 + titleLines.length * 5.5;
  doc.setFont(PDF_FONT, 'normal');
  doc.setFontSize(10);
  doc.text(
    doc.splitTextToSize(pdfText("La présente convention fixe les conditions du prêt de l'exposition itinérante décrite ci-dessous, entre :"), CONTENT_WIDTH),
    PDF_MARGIN,
    y + 1,
  );
  y = partiesBoxes(doc, y + 4, loan, exhibition);

  y = heading(doc, "L'exposition", y);
  const exhibitionRows: [string, string][] = [
    ['Titre', exhibition.title],
    ['Propriétaire', exhibition.owner],
  ];
  if (exhibition.description.trim() !== '') exhibitionRows.push(['Description', shortDescription(exhibition.description)]);
  if (exhibition.audience.trim() !== '') exhibitionRows.push(['Public', exhibition.audience.trim()]);
  if (exhibition.languages.length > 0) {
    exhibitionRows.push(['Langues', exhibition.languages.map((language) => EXHIBITION_LANGUAGE_FR[language]).join(', ')]);
  }
  y = detailsTable(doc, y, exhibitionRows);

  y = heading(doc, 'Période du prêt', y);
  const days = loanLengthDays(loan);
  const periodRows: [string, string][] = [
    ['Livraison', formatDateFr(loan.deliveryDate)],
    ['Exposition', `du ${formatDateFr(loan.startDate)} au ${formatDateFr(loan.endDate)} (${days} jour${days > 1 ? 's' : ''})`],
    ['Reprise', formatDateFr(loan.pickupDate)],
  ];
  const visits = loan.events.filter((visit) => visit.status !== 'cancelled');
  if (visits.length > 0) {
    periodRows.push([
      'Visites prévues',
      visits.map((visit) => `${formatSlotFr(visit.start, visit.start).replace(/–.*$/, '')} — ${visit.title}`).join('\n'),
    ]);
  }
  y = detailsTable(doc, y, periodRows);

  const items = exhibition.items.length;
  y = heading(doc, `Éléments prêtés (${items})`, y);
  y = itemsTable(doc, y, loan, exhibition);

  y = heading(doc, 'Conditions', y);
  y = detailsTable(doc, y, [
    ['Transport', exhibition.transportNotes.trim() === '' ? 'À convenir entre les parties.' : exhibition.transportNotes.trim()],
    ['Montage', exhibition.setupNotes.trim() === '' ? 'À convenir entre les parties.' : exhibition.setupNotes.trim()],
    ["Valeur d'assurance", exhibition.insuranceValue === null ? 'non communiquée' : formatEurosFr(exhibition.insuranceValue)],
  ]);

  y = heading(doc, "Engagements de l'emprunteur", y);
  y = dutiesTable(doc, y, loan);

  signatureBlocks(doc, y, loan, exhibition);
  doc.setFont(PDF_FONT, 'normal');
  addFooters(doc, now);
  return toBytes(doc);
}
