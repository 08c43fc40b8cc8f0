import type { Db } from '../db/connection';
import { getExhibition } from './exhibitions';
import { getLoan, loansQuery, loanSummaries } from './loans-read';
import { buildLoanAgreement } from '../reports/loan-agreement';
import { buildExhibitionSchedule } from '../reports/exhibition-schedule';
import type { ExportedFile } from '../../shared/api/channels/events';

/** The printed documents of loans: gather the data, call the PDF builder, name the file. */

/** "ecole-communale-de-droixhe" from a name, for file names (ASCII only: every system accepts it). */
function slug(text: string, fallback: string): string {
  return (
    text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 50) ||
    fallback
  );
}

function pdfFile(fileName: string, bytes: Uint8Array): ExportedFile {
  return { fileName, mimeType: 'application/pdf', content: Buffer.from(bytes).toString('base64'), encoding: 'base64' };
}

/** The loan agreement, named after the borrower and the delivery day: "convention-pret-<borrower>-2026-12-01.pdf". */
export async function loanAgreementFile(db: Db, loanId: number, now: Date): Promise<ExportedFile> {
  const loan = await getLoan(db, loanId);
  const exhibition = await getExhibition(db, loan.exhibitionId);
  return pdfFile(`convention-pret-${slug(loan.borrowerName, 'emprunteur')}-${loan.deliveryDate}.pdf`, buildLoanAgreement(loan, exhibition, now));
}

/** An exhibition's loans of one school year (refused and cancelled ones aside), in delivery order. */
export async function exhibitionScheduleFile(db: Db, exhibitionId: number, schoolYear: string, now: Date): Promise<ExportedFile> {
  const exhibition = await getExhibition(db, exhibitionId);
  const loans = await loanSummaries(
    loansQuery(db)
      .where('loans.exhibition_id', exhibitionId)
      .andWhere('loans.school_year', schoolYear)
      .whereNotIn('loans.status', ['refused', 'cancelled'])
      .orderBy([{ column: 'loans.delivery_date' }, { column: 'loans.id' }]),
  );
  const yearInName = schoolYear.replace('–', '-');
  return pdfFile(`calendrier-prets-${slug(exhibition.title, 'exposition')}-${yearInName}.pdf`, buildExhibitionSchedule(exhibition, loans, schoolYear, now));
}
