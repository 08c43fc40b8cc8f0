import { autoTable } from 'jspdf-autotable';
import type { Exhibition } from '../../../shared/domain/loans/exhibitions';
import { HOLDING_STATUSES, type LoanSummary } from '../../../shared/domain/loans/loans';
import { daysBetween } from '../../../shared/domain/dates';
import { loanLengthDays } from '../../../shared/domain/loans/booking-rules';
import { formatShortDateFr, LOAN_STATUS_FR } from '../../exports/labels-fr';
import { addFooters, newDocument, PDF_FONT, PDF_MARGIN, pdfText, toBytes } from '../pdf-kit';

const CONTENT_WIDTH = 210 - 2 * PDF_MARGIN;
const PAGE_TOP = 22;
const PAGE_BOTTOM = 276;

/** The rule between two loans, as a sentence. */
function bufferSentence(days: number): string {
  if (days === 0) return "Aucun jour de battement n'est imposé entre deux prêts.";
  return days === 1
    ? 'Entre deux prêts, 1 jour de battement reste libre pour le transport et les contrôles.'
    : `Entre deux prêts, ${days} jours de battement restent libres pour le transport et les contrôles.`;
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count > 1 ? pluralForm : singular}`;
}

/**
 * One exhibition's loans over a school year, in delivery order: the calendar the coordinators send to the
 * owner and keep at hand for transport. Loans that do not hold the exhibition (refused, cancelled) are left
 * out and counted in a note. Data in, bytes out: no I/O here.
 */
export function buildExhibitionSchedule(exhibition: Exhibition, loans: LoanSummary[], schoolYear: string, now: Date): Uint8Array {
  const doc = newDocument({ title: `Calendrier des prêts — ${exhibition.title} — ${schoolYear}`, language: 'fr' });
  doc.setFont(PDF_FONT, 'normal');
  doc.setFontSize(9);
  doc.setTextColor(110, 110, 110);
  doc.text(pdfText(`CALENDRIER DES PRÊTS · ANNÉE SCOLAIRE ${schoolYear}`), PDF_MARGIN, 26);
  doc.setTextColor(20, 20, 20);
  doc.setFont(PDF_FONT, 'bold');
  doc.setFontSize(17);
  const titleLines = doc.splitTextToSize(pdfText(`Calendrier des prêts — ${exhibition.title} — ${schoolYear}`), CONTENT_WIDTH);
  doc.text(titleLines, PDF_MARGIN, 35);
  let y = 35 + titleLines.length * 7;
  doc.setFont(PDF_FONT, 'normal');
  doc.setFontSize(10);
  doc.setTextColor(90, 90, 90);
  doc.text(pdfText(`Propriétaire : ${exhibition.owner} · ${plural(exhibition.items.length, 'élément')}`), PDF_MARGIN, y);
  doc.setTextColor(20, 20, 20);
  y += 7;

  const held = loans
    .filter((loan) => HOLDING_STATUSES.includes(loan.status))
    .sort((a, b) => (a.deliveryDate === b.deliveryDate ? a.id - b.id : a.deliveryDate < b.deliveryDate ? -1 : 1));
  const leftOut = loans.length - held.length;

  doc.setFontSize(11);
  if (held.length === 0) {
    doc.setFont(PDF_FONT, 'bold');
    doc.text(
      doc.splitTextToSize(pdfText(`Aucun prêt de cette exposition n'est enregistré pour l'année scolaire ${schoolYear}.`), CONTENT_WIDTH),
      PDF_MARGIN,
      y + 4,
    );
    doc.setFont(PDF_FONT, 'normal');
    doc.setFontSize(10);
    doc.text(
      doc.splitTextToSize(
        pdfText(bufferSentence(exhibition.bufferDays)),
        CONTENT_WIDTH,
      ),
      PDF_MARGIN,
      y + 11,
    );
    y += 18;
  } else {
    const daysOut = held.reduce((sum, loan) => sum + daysBetween(loan.deliveryDate, loan.pickupDate) + 1, 0);
    const daysShown = held.reduce((sum, loan) => sum + loanLengthDays(loan), 0);
    doc.setFont(PDF_FONT, 'bold');
    doc.text(
      pdfText(`${plural(held.length, 'prêt')} · ${plural(daysOut, 'jour')} hors dépôt · ${plural(daysShown, 'jour')} d'exposition`),
      PDF_MARGIN,
      y,
    );
    doc.setFont(PDF_FONT, 'normal');
    doc.setFontSize(9.5);
    doc.setTextColor(90, 90, 90);
    doc.text(
      doc.splitTextToSize(
        pdfText(`Jours hors dépôt : de la livraison à la reprise, comprises. ${bufferSentence(exhibition.bufferDays)}`),
        CONTENT_WIDTH,
      ),
      PDF_MARGIN,
      y + 5.5,
    );
    doc.setTextColor(20, 20, 20);
    autoTable(doc, {
      startY: y + 13,
      margin: { left: PDF_MARGIN, right: PDF_MARGIN, top: PAGE_TOP, bottom: 297 - PAGE_BOTTOM },
      theme: 'grid',
      showHead: 'everyPage',
      rowPageBreak: 'avoid',
      headStyles: { fillColor: [240, 240, 240], textColor: [20, 20, 20], fontStyle: 'bold', lineColor: [200, 200, 200] },
      styles: { font: PDF_FONT, fontSize: 9, cellPadding: 1.8, lineColor: [200, 200, 200], valign: 'middle' },
      columnStyles: { 0: { cellWidth: 28 }, 1: { cellWidth: 55 }, 2: { cellWidth: 28 }, 4: { cellWidth: 18 } },
      head: [['Livraison', 'Exposition', 'Reprise', 'Emprunteur', 'Statut']],
      body: held.map((loan) => {
        const days = loanLengthDays(loan);
        return [
          pdfText(formatShortDateFr(loan.deliveryDate)),
          pdfText(`${formatShortDateFr(loan.startDate)} – ${formatShortDateFr(loan.endDate)}\n${plural(days, 'jour')}`),
          pdfText(formatShortDateFr(loan.pickupDate)),
          pdfText(loan.borrowerName),
          pdfText(LOAN_STATUS_FR[loan.status]),
        ];
      }),
      didParseCell: (data) => {
        // A request is not yet a commitment: shown in grey italics.
        if (data.section === 'body' && held[data.row.index]?.status === 'requested') {
          data.cell.styles.textColor = [110, 110, 110];
          data.cell.styles.fontStyle = 'italic';
        }
      },
    });
    y = (doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 6;
  }

  if (leftOut > 0) {
    if (y + 6 > PAGE_BOTTOM) {
      doc.addPage();
      y = PAGE_TOP;
    }
    doc.setFont(PDF_FONT, 'italic');
    doc.setFontSize(9);
    doc.setTextColor(90, 90, 90);
    doc.text(
      pdfText(`${plural(leftOut, 'demande refusée ou annulée', 'demandes refusées ou annulées')} ne ${leftOut > 1 ? 'figurent' : 'figure'} pas dans ce calendrier.`),
      PDF_MARGIN,
      y,
    );
    doc.setTextColor(20, 20, 20);
  }

  doc.setFont(PDF_FONT, 'normal');
  addFooters(doc, now);
  return toBytes(doc);
}
