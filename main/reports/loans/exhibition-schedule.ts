import { autoTable } from '../kit/pdf-library';
import type { Exhibition } from '../../../shared/domain/loans/exhibitions';
import { HOLDING_STATUSES, type LoanSummary } from '../../../shared/domain/loans/loans';
import { daysBetween } from '../../../shared/domain/dates';
import { loanLengthDays } from '../../../shared/domain/loans/booking-rules';
import type { DocumentLanguage } from '../../../shared/domain/documents';
import { addFooters, newDocument, PAGE_BOTTOM, PAGE_TOP, PDF_FONT, PDF_MARGIN, pdfText, TABLE_MARGIN, toBytes } from '../pdf-kit';
import { SCHEDULE_WORDS } from './words';

const CONTENT_WIDTH = 210 - 2 * PDF_MARGIN;

/**
 * One exhibition's loans over a school year, in delivery order: the calendar the coordinators send to the
 * owner and keep at hand for transport. Loans that do not hold the exhibition (refused, cancelled) are left
 * out and counted in a note. Written in `language`; borrowers' names are printed as typed, in any script.
 * Data in, bytes out: no I/O here.
 */
export function buildExhibitionSchedule(
  exhibition: Exhibition,
  loans: LoanSummary[],
  schoolYear: string,
  now: Date,
  language: DocumentLanguage = 'fr',
): Uint8Array {
  const words = SCHEDULE_WORDS[language];
  const title = words.title(exhibition.title, schoolYear);
  const doc = newDocument({ title, language });
  doc.setFont(PDF_FONT, 'normal');
  doc.setFontSize(9);
  doc.setTextColor(110, 110, 110);
  doc.text(pdfText(words.kicker(schoolYear)), PDF_MARGIN, 26);
  doc.setTextColor(20, 20, 20);
  doc.setFont(PDF_FONT, 'bold');
  doc.setFontSize(17);
  const titleLines = doc.splitTextToSize(pdfText(title), CONTENT_WIDTH);
  doc.text(titleLines, PDF_MARGIN, 35);
  let y = 35 + titleLines.length * 7;
  doc.setFont(PDF_FONT, 'normal');
  doc.setFontSize(10);
  doc.setTextColor(90, 90, 90);
  doc.text(pdfText(words.ownerLine(exhibition.owner, exhibition.items.length)), PDF_MARGIN, y);
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
      doc.splitTextToSize(pdfText(words.none(schoolYear)), CONTENT_WIDTH),
      PDF_MARGIN,
      y + 4,
    );
    doc.setFont(PDF_FONT, 'normal');
    doc.setFontSize(10);
    doc.text(
      doc.splitTextToSize(pdfText(words.buffer(exhibition.bufferDays)), CONTENT_WIDTH),
      PDF_MARGIN,
      y + 11,
    );
    y += 18;
  } else {
    const daysOut = held.reduce((sum, loan) => sum + daysBetween(loan.deliveryDate, loan.pickupDate) + 1, 0);
    const daysShown = held.reduce((sum, loan) => sum + loanLengthDays(loan), 0);
    doc.setFont(PDF_FONT, 'bold');
    doc.text(
      pdfText(words.totals(held.length, daysOut, daysShown)),
      PDF_MARGIN,
      y,
    );
    doc.setFont(PDF_FONT, 'normal');
    doc.setFontSize(9.5);
    doc.setTextColor(90, 90, 90);
    doc.text(
      doc.splitTextToSize(
        pdfText(`${words.daysOutMeaning} ${words.buffer(exhibition.bufferDays)}`),
        CONTENT_WIDTH,
      ),
      PDF_MARGIN,
      y + 5.5,
    );
    doc.setTextColor(20, 20, 20);
    autoTable(doc, {
      startY: y + 13,
      margin: TABLE_MARGIN,
      theme: 'grid',
      showHead: 'everyPage',
      rowPageBreak: 'avoid',
      headStyles: { fillColor: [240, 240, 240], textColor: [20, 20, 20], fontStyle: 'bold', lineColor: [200, 200, 200] },
      styles: { font: PDF_FONT, fontSize: 8.5, cellPadding: { top: 1.8, bottom: 1.8, left: 1.2, right: 1.2 }, lineColor: [200, 200, 200], valign: 'middle' },
      // Widths that hold a short date ("mer. 24/09/2025", 25 mm in DejaVu Sans 8.5) and each status whole; the
      // period takes two lines so that the borrower's name has the most room (it wraps between words when long).
      columnStyles: { 0: { cellWidth: 28 }, 1: { cellWidth: 33 }, 2: { cellWidth: 28 }, 4: { cellWidth: 19 } },
      head: [words.head.map(pdfText)],
      body: held.map((loan) => {
        const days = loanLengthDays(loan);
        return [
          pdfText(words.shortDate(loan.deliveryDate)),
          pdfText(`${words.shortDate(loan.startDate)} –\n${words.shortDate(loan.endDate)}\n${words.days(days)}`),
          pdfText(words.shortDate(loan.pickupDate)),
          pdfText(loan.borrowerName),
          pdfText(words.statuses[loan.status]),
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
      y = PAGE_TOP + 4;
    }
    doc.setFont(PDF_FONT, 'italic');
    doc.setFontSize(9);
    doc.setTextColor(90, 90, 90);
    doc.text(
      pdfText(words.leftOut(leftOut)),
      PDF_MARGIN,
      y,
    );
    doc.setTextColor(20, 20, 20);
  }

  doc.setFont(PDF_FONT, 'normal');
  addFooters(doc, now);
  return toBytes(doc);
}
