// Issue 16: the event sheet, the loan agreement and the loan schedule print every name as it is spelt, in any
// script, with embedded fonts only, and are written in the language the interface asks for (French by default).
import { describe, expect, it } from 'vitest';
import { ok, unchecked, useTestCore } from '../helpers/api';
import { pdfReader, readableText, type PdfText } from '../helpers/pdf';
import { activityInput } from '../helpers/event-input';
import { schoolLoanInput } from '../helpers/loan-input';
import { addClass, addFacilitator, addPartner, addSchool } from '../helpers/school-fixtures';
import type { ExportedFile } from '../../shared/api/exported-file';

const readPdf = pdfReader('document-names');
const setup = useTestCore(['coordinator']); // today is 2026-11-28 in Liège

/** Names in Polish, Turkish, Czech, Cyrillic, Arabic (joined letters, right to left) and Tigrinya (Ethiopic). */
const NAMES = {
  polish: 'Łukasz Wiśniewski',
  turkish: 'Şükrü Yılmaz',
  turkishCapitals: 'İpek Çağlar',
  czech: 'Jiří Dvořák',
  czechPlace: 'Řeřicha',
  cyrillic: 'Дмитрий Иванов',
  arabic: 'محمد العلي',
  tigrinya: 'ሰላም ተስፋይ',
} as const;

function read(file: ExportedFile, name: string): PdfText {
  return readPdf(new Uint8Array(Buffer.from(file.content, 'base64')), name);
}

/** A valid PDF (qpdf) whose every font is in the file: a reader has nothing to substitute. */
function expectEmbeddedFontsOnly(pdf: PdfText): void {
  expect(pdf.fonts.length).toBeGreaterThan(0);
  expect(pdf.fonts.filter((font) => !font.embedded)).toEqual([]);
}

/** Every name comes back as typed from `pdftotext` (Arabic after folding its presentation forms). */
function expectEveryName(pdf: PdfText, names: readonly string[]): void {
  const text = readableText(pdf.flow);
  for (const name of names) expect(text).toContain(name);
}

async function eventWithNames(): Promise<number> {
  const { core, api } = setup;
  const school = await addSchool(core.db, `Athénée ${NAMES.turkishCapitals}`);
  const classId = await addClass(core.db, school, `${NAMES.czechPlace} 5A`, 20);
  const created = ok(
    await api.events.create({
      ...activityInput({
        schoolId: school,
        title: `Rencontre avec ${NAMES.turkish}`,
        classIds: [classId],
        partnerIds: [await addPartner(core.db, NAMES.cyrillic)],
        facilitatorId: await addFacilitator(core.db, NAMES.arabic),
        location: NAMES.tigrinya,
        status: 'held',
        pupilsExpected: 20,
        pupilsPresent: 18,
        notes: `${NAMES.polish} et ${NAMES.czech} ont préparé la rencontre.`,
      }),
    }),
  );
  return created.event.id;
}

async function loanWithNames(): Promise<{ loanId: number; exhibitionId: number }> {
  const { core, api } = setup;
  const exhibition = ok(
    await api.exhibitions.create({
      title: NAMES.czechPlace,
      owner: NAMES.czech,
      kind: 'loanable',
      description: '',
      audience: '',
      languages: ['fr'],
      items: [
        { id: null, number: 1, kind: 'panel', label: NAMES.tigrinya },
        { id: null, number: 2, kind: 'panel', label: NAMES.cyrillic },
        { id: null, number: 3, kind: 'crate', label: NAMES.arabic },
      ],
      transportNotes: '',
      setupNotes: '',
      insuranceValue: 2500,
      minLoanDays: null,
      maxLoanDays: null,
      bufferDays: 1,
      notes: '',
      archived: false,
    }),
  );
  const school = await addSchool(core.db, `Athénée ${NAMES.turkishCapitals}`);
  const loan = ok(
    await api.loans.create({
      ...schoolLoanInput(exhibition.id, school, '2027-01-11', '2027-01-22'),
      venueName: NAMES.arabic,
      address: `${NAMES.turkish} caddesi 12`,
      contactName: NAMES.polish,
    }),
  );
  return { loanId: loan.id, exhibitionId: exhibition.id };
}

describe('names in any script', () => {
  it('come back as typed from an event sheet, in embedded fonts only', async () => {
    const sheet = read(ok(await setup.api.events.sheetPdf({ id: await eventWithNames() })), 'sheet-names');
    expectEveryName(sheet, [NAMES.turkishCapitals, NAMES.czechPlace, NAMES.turkish, NAMES.cyrillic, NAMES.arabic, NAMES.tigrinya, NAMES.polish, NAMES.czech]);
    expectEmbeddedFontsOnly(sheet);
    // Ethiopic is drawn in its own embedded font beside DejaVu Sans.
    expect(new Set(sheet.fonts.map((font) => font.name))).toEqual(new Set(['PasserelleSans', 'PasserelleEthiopic']));
  });

  it('come back as typed from a loan agreement and a loan schedule, in embedded fonts only', async () => {
    const { loanId, exhibitionId } = await loanWithNames();
    const agreement = read(ok(await setup.api.loans.agreementPdf({ id: loanId })), 'agreement-names');
    expectEveryName(agreement, [NAMES.czechPlace, NAMES.czech, NAMES.turkishCapitals, NAMES.arabic, NAMES.turkish, NAMES.polish, NAMES.tigrinya, NAMES.cyrillic]);
    expectEmbeddedFontsOnly(agreement);
    // Arabic drawn straight (the borrower's venue) and in a table cell (an item) reads right both times.
    expect(readableText(agreement.flow).split(NAMES.arabic)).toHaveLength(3);

    const schedule = read(ok(await setup.api.exhibitions.schedulePdf({ id: exhibitionId, schoolYear: '2026–2027' })), 'schedule-names');
    expectEveryName(schedule, [NAMES.czechPlace, NAMES.czech, NAMES.turkishCapitals]);
    expectEmbeddedFontsOnly(schedule);
  });

  it('keeps Arabic letters joined and in reading order (right to left), not as isolated letters', async () => {
    const sheet = read(ok(await setup.api.events.sheetPdf({ id: await eventWithNames() })), 'sheet-arabic');
    // Joined letters are presentation forms (U+FB50–U+FEFF) in the PDF; isolated base letters would mean no shaping.
    const arabicRuns = sheet.flow.match(/[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]+/g) ?? [];
    expect(arabicRuns.some((run) => /[\ufb50-\ufdff\ufe70-\ufeff]/.test(run))).toBe(true);
    expect(readableText(sheet.flow)).toContain(NAMES.arabic);
  });
});

describe('the language of the documents', () => {
  it('writes the event sheet in English when asked, in French otherwise', async () => {
    const id = await eventWithNames();
    const english = ok(await setup.api.events.sheetPdf({ id, language: 'en' }));
    expect(english.fileName).toBe('sheet-rencontre-avec-sukru-yilmaz-2026-12-03.pdf');
    const en = read(english, 'sheet-en');
    for (const words of ['ACTIVITY SHEET · WORKSHOP · SCHOOL YEAR 2026–2027', 'Thursday 3 December 2026, 9:00–10:40 · Held', 'School', 'Facilitator', 'Attendance', 'Expected', 'Present', 'Pupils', `${NAMES.czechPlace} 5A (20 pupils)`, 'City of Liège', 'made by Passerelle on 28 November 2026', 'page 1 / 1']) {
      expect(en.flow).toContain(words);
    }
    for (const french of ['FICHE', 'École', 'Intervenant', 'Participation', 'Prévus', 'Présents', 'élèves', 'Ville de Liège', 'généré', 'jeudi']) {
      expect(en.flow).not.toContain(french);
    }
    expectEveryName(en, [NAMES.arabic, NAMES.tigrinya, NAMES.cyrillic]);

    const french = ok(await setup.api.events.sheetPdf({ id }));
    expect(french.fileName).toBe('fiche-rencontre-avec-sukru-yilmaz-2026-12-03.pdf');
    const fr = read(french, 'sheet-fr');
    for (const words of ["FICHE D'ACTIVITÉ · ATELIER · ANNÉE SCOLAIRE 2026–2027", 'jeudi 3 décembre 2026, 9:00–10:40 · Réalisée', 'Intervenant·e', 'Participation', `${NAMES.czechPlace} 5A (20 élèves)`, 'Ville de Liège', 'généré par Passerelle le 28 novembre 2026']) {
      expect(fr.flow).toContain(words);
    }
    for (const english of ['ACTIVITY SHEET', 'Facilitator', 'Attendance', 'pupils', 'made by']) expect(fr.flow).not.toContain(english);
  });

  it('writes the loan agreement and the loan schedule in English when asked, in French otherwise', async () => {
    const { loanId, exhibitionId } = await loanWithNames();
    ok(await setup.api.loans.approve({ id: loanId }));
    const englishAgreement = ok(await setup.api.loans.agreementPdf({ id: loanId, language: 'en' }));
    expect(englishAgreement.fileName).toBe('loan-agreement-athenee-ipek-caglar-2027-01-11.pdf');
    const en = read(englishAgreement, 'agreement-en');
    for (const words of [`LOAN AGREEMENT NO. ${loanId}`, 'The lender', 'The borrower', `Contact person: ${NAMES.polish}`, 'Delivery Monday 11 January 2027', 'Items lent (3)', 'No. Type Description Condition at delivery', 'Insurance value €2,500.00', "The borrower's commitments", 'For the lender', 'Signature:', 'page 1 / 2']) {
      expect(words === 'No. Type Description Condition at delivery' ? en.raw.replace(/\s+/g, ' ') : en.flow).toContain(words);
    }
    for (const french of ['CONVENTION', 'prêteur', 'emprunteur', 'Livraison', 'Éléments', "Valeur d'assurance", 'lundi', 'généré']) {
      expect(en.flow).not.toContain(french);
    }
    const frenchAgreement = ok(await setup.api.loans.agreementPdf({ id: loanId }));
    expect(frenchAgreement.fileName).toBe('convention-pret-athenee-ipek-caglar-2027-01-11.pdf');
    const fr = read(frenchAgreement, 'agreement-fr');
    for (const words of [`CONVENTION DE PRÊT N° ${loanId}`, 'Le prêteur', `Personne de contact : ${NAMES.polish}`, 'Livraison lundi 11 janvier 2027', "Valeur d'assurance 2 500,00 €", 'généré par Passerelle le 28 novembre 2026']) {
      expect(fr.flow).toContain(words);
    }
    for (const english of ['LOAN AGREEMENT', 'The lender', 'Contact person', 'Monday', 'made by']) expect(fr.flow).not.toContain(english);

    const englishSchedule = ok(await setup.api.exhibitions.schedulePdf({ id: exhibitionId, schoolYear: '2026–2027', language: 'en' }));
    expect(englishSchedule.fileName).toBe('loan-schedule-rericha-2026-2027.pdf');
    const scheduleEn = read(englishSchedule, 'schedule-en');
    for (const words of ['LOAN SCHEDULE · SCHOOL YEAR 2026–2027', `Owner: ${NAMES.czech} · 3 items`, '1 loan · 12 days out of storage · 12 days on show', 'Delivery On show Pick-up Borrower Status', 'Mon 11/01/2027', 'approved']) {
      expect(scheduleEn.flow).toContain(words);
    }
    for (const french of ['CALENDRIER', 'Propriétaire', 'prêt', 'Livraison', 'lun.', 'approuvé']) expect(scheduleEn.flow).not.toContain(french);
    const frenchSchedule = ok(await setup.api.exhibitions.schedulePdf({ id: exhibitionId, schoolYear: '2026–2027' }));
    expect(frenchSchedule.fileName).toBe('calendrier-prets-rericha-2026-2027.pdf');
    const scheduleFr = read(frenchSchedule, 'schedule-fr');
    for (const words of ['CALENDRIER DES PRÊTS · ANNÉE SCOLAIRE 2026–2027', `Propriétaire : ${NAMES.czech} · 3 éléments`, 'Livraison Exposition Reprise Emprunteur Statut', 'lun. 11/01/2027', 'approuvé']) {
      expect(scheduleFr.flow).toContain(words);
    }
  });

  it('refuses a language it cannot write, naming the field', async () => {
    const id = await eventWithNames();
    for (const refused of [
      await unchecked(setup.api).events.sheetPdf({ id, language: 'nl' }),
      await unchecked(setup.api).loans.agreementPdf({ id: 1, language: 'EN' }),
      await unchecked(setup.api).exhibitions.schedulePdf({ id: 1, schoolYear: '2026–2027', language: '' }),
    ]) {
      expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'language' }] } });
    }
  });
});
