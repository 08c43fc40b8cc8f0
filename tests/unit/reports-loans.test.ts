import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Exhibition, ExhibitionItem } from '../../shared/domain/loans/exhibitions';
import type { Loan, LoanSummary } from '../../shared/domain/loans/loans';
import { buildLoanAgreement } from '../../main/reports/loans/agreement';
import { buildExhibitionSchedule } from '../../main/reports/loans/exhibition-schedule';

const workDir = mkdtempSync(join(tmpdir(), 'passerelle-loan-pdfs-'));
const now = new Date('2026-01-05T10:00:00Z');

/**
 * Writes the PDF and checks its structure with qpdf. Returns its text three ways: `flow` in reading order with
 * every run of white space made one space (wrapped lines read as one sentence), `layout` as
 * `pdftotext -layout` places it, line by line, with column padding made one space (table rows), and `drawn` in
 * the order it was drawn (`pdftotext -raw`), where a table's head reads as one run even beside the running head.
 */
function readPdf(bytes: Uint8Array, name: string): { flow: string; layout: string; drawn: string } {
  const path = join(workDir, `${name}.pdf`);
  writeFileSync(path, bytes);
  expect(execFileSync('qpdf', ['--check', path], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
  return {
    flow: execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
    layout: execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' '),
    drawn: execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
  };
}

function items(count: number): ExhibitionItem[] {
  return Array.from({ length: count }, (_, index) => ({
    id: 100 + index,
    number: index + 1,
    kind: index < count - 3 ? 'panel' : index === count - 3 ? 'rollup' : 'crate',
    label: index < count - 3 ? `Panneau ${index + 1} : « Arrivées, départs » (${1900 + index * 5})` : index === count - 3 ? "Roll-up d'accueil" : `Caisse de transport ${index - count + 3}`,
    flag: null,
  }));
}

function exhibition(overrides: Partial<Exhibition> = {}): Exhibition {
  return {
    id: 1,
    title: "Une brève histoire de l'immigration en Belgique",
    owner: 'CRIPEL',
    kind: 'loanable',
    description:
      "Exposition itinérante réalisée et prêtée gratuitement par le CRIPEL, présentée dans les écoles tout au long de l'année scolaire 2025–2026.",
    audience: 'Élèves du primaire (5e–6e) et du secondaire',
    languages: ['fr', 'nl'],
    items: items(15),
    transportNotes: 'Transport assuré par la Ville. Panneaux à transporter debout, dans leurs caisses.',
    setupNotes: "Prévoir un mur ou un couloir d'environ 15 mètres et une prise électrique pour l'éclairage.",
    insuranceValue: 12500,
    minLoanDays: 5,
    maxLoanDays: 28,
    bufferDays: 2,
    notes: '',
    archived: false,
    flaggedItems: 0,
    ...overrides,
  };
}

function loan(overrides: Partial<Loan> = {}): Loan {
  return {
    id: 42,
    exhibitionId: 1,
    exhibitionTitle: "Une brève histoire de l'immigration en Belgique",
    schoolId: 3,
    borrowerName: 'École communale L’Arc-en-ciel',
    status: 'approved',
    schoolYear: '2025–2026',
    deliveryDate: '2026-01-12',
    startDate: '2026-01-13',
    endDate: '2026-01-30',
    pickupDate: '2026-02-02',
    venueName: '',
    address: 'Rue Puits-en-Sock 12, 4020 Liège',
    contactId: null,
    contactName: 'Zoé Démo-Fictive',
    contactEmail: 'zoe.demo@ecoles-demo.example',
    contactPhone: '04 321 54 76',
    statusReason: '',
    notes: '',
    eventIds: [],
    events: [],
    checks: [],
    differences: [],
    decisions: [],
    handover: { delivery: null, returnBy: null },
    createdAt: '2025-11-20T09:00:00.000Z',
    updatedAt: '2025-11-21T09:00:00.000Z',
    ...overrides,
  };
}

describe('loan agreement PDF', () => {
  it('names the parties, the exhibition, the period in French, every item, the conditions and both signatures', () => {
    const { flow, layout, drawn } = readPdf(buildLoanAgreement(loan(), exhibition(), now), 'agreement');
    for (const expected of [
      'CONVENTION DE PRÊT N° 42 · EXPOSITION ITINÉRANTE · ANNÉE SCOLAIRE 2025–2026',
      'Convention de prêt',
      "« Une brève histoire de l'immigration en Belgique »",
      "Le prêteur L'emprunteur CRIPEL École communale L'Arc-en-ciel",
      "propriétaire de l'exposition",
      "Prêt organisé par : Ville de Liège — Échevinat de l'Instruction publique et de l'Interculturalité",
      'Rue Puits-en-Sock 12, 4020 Liège',
      'Personne de contact : Zoé Démo-Fictive',
      'E-mail : zoe.demo@ecoles-demo.example',
      'Téléphone : 04 321 54 76',
      'Exposition itinérante réalisée et prêtée gratuitement par le CRIPEL',
      'Public Élèves du primaire (5e–6e) et du secondaire',
      'Langues français, néerlandais',
      'Livraison lundi 12 janvier 2026',
      'Exposition du mardi 13 janvier 2026 au vendredi 30 janvier 2026 (18 jours)',
      'Reprise lundi 2 février 2026',
      'Éléments prêtés (15)',
      "L'état de chaque élément est noté à la livraison, en présence des deux parties",
      'Transport Transport assuré par la Ville. Panneaux à transporter debout, dans leurs caisses.',
      "Montage Prévoir un mur ou un couloir d'environ 15 mètres",
      "Valeur d'assurance 12 500,00 €",
      'Il signale sans délai au prêteur tout dommage',
      "Il rend l'exposition complète, dans ses caisses, le jour de la reprise : lundi 2 février 2026.",
      'Fait à Liège, en deux exemplaires',
      "Pour le prêteur Pour l'emprunteur CRIPEL, avec la Ville de Liège École communale L'Arc-en-ciel",
      'Nom et fonction : Nom et fonction : Date : Date : Signature : Signature :',
      // The footer of every page: the title, the date it was made, page x / y; the running head from page 2.
      "Convention de prêt — Une brève histoire de l'immigration en B… · généré par Passerelle le 5 janvier 2026 page 1 / 2",
      'page 2 / 2',
    ]) {
      expect(flow).toContain(expected);
    }
    // Each head cell whole, on one line (no word broken by the width of the font), the head repeated on page 2.
    expect(drawn.match(/N° Type Désignation État à la livraison/g)).toHaveLength(2);
    expect(drawn).toContain("Ville de Liège Convention de prêt — Une brève histoire de l'immigration en Belgique — École communale L'Arc-en-…");
    for (const item of exhibition().items) expect(flow).toContain(`${item.number} ${item.kind === 'panel' ? 'panneau' : item.kind === 'rollup' ? 'roll-up' : 'caisse'} ${item.label}`);
    expect(layout).toContain(' 1 panneau Panneau 1 : « Arrivées, départs » (1900)\n');
    expect(layout).toContain(" 13 roll-up Roll-up d'accueil\n");
    // No check yet: the condition column stays blank, to be filled in by hand.
    expect(flow).not.toMatch(/bon état|endommagé|manquant/);
  });

  it('prints the condition recorded at delivery, an unknown insurance value and the planned visits', () => {
    const lent = exhibition({ items: items(4), insuranceValue: null, languages: [], transportNotes: '' });
    const delivered = loan({
      status: 'delivered',
      venueName: 'Salle des fêtes de Jupille',
      eventIds: [9, 10],
      events: [
        { id: 9, title: "Visite de l'exposition", start: '2026-01-20T09:00', status: 'confirmed' },
        { id: 10, title: 'Visite annulée', start: '2026-01-21T09:00', status: 'cancelled' },
      ],
      checks: [
        {
          phase: 'delivery',
          date: '2026-01-12',
          checkedBy: 'Nadia Verlaine',
          recordedAt: '2026-01-12T09:00:00.000Z',
          notes: '',
          items: lent.items.map((item) => ({
            itemId: item.id,
            number: item.number,
            label: item.label,
            condition: item.number === 2 ? 'damaged' : item.number === 3 ? 'missing' : 'good',
            note: item.number === 2 ? 'coin supérieur plié' : '',
          })),
        },
      ],
    });
    const { flow } = readPdf(buildLoanAgreement(delivered, lent, now), 'agreement-checked');
    for (const expected of [
      "Valeur d'assurance non communiquée",
      'Transport À convenir entre les parties.',
      '1 panneau Panneau 1 : « Arrivées, départs » (1900) bon état',
      "2 roll-up Roll-up d'accueil endommagé — coin supérieur plié",
      '3 caisse Caisse de transport 1 manquant',
      '4 caisse Caisse de transport 2 bon état',
      'État constaté à la livraison le lundi 12 janvier 2026.',
      'Lieu : Salle des fêtes de Jupille',
      "Visites prévues mardi 20 janvier 2026, 9:00 — Visite de l'exposition",
    ]) {
      expect(flow).toContain(expected);
    }
    expect(flow).not.toContain('Visite annulée');
    // Staff names stay out of the agreement: only the borrower's contact person is named.
    expect(flow).not.toContain('Nadia Verlaine');
    expect(flow).not.toContain('Langues');
    expect(flow).not.toContain("L'état de chaque élément est noté");
  });

  it('runs over several pages with a long item list, accents and long names', () => {
    const many = items(60);
    many[4] = { ...many[4]!, flag: { condition: 'damaged', note: 'coin écorné', loanId: 7, since: '2025-12-19' } };
    const long = exhibition({
      title: 'Démocratie, Tolérance et Libertés : itinéraires croisés, mémoires partagées et œuvres à découvrir ensemble',
      description: `${'Récits de vie, archives et témoignages, '.repeat(30)}fin.`,
      items: many,
      insuranceValue: 1234567.5,
    });
    const borrower = 'Institut Sainte-Thérèse-d’Avila — section secondaire générale et qualifiante de Grivegnée';
    const { flow, drawn } = readPdf(buildLoanAgreement(loan({ borrowerName: borrower, deliveryDate: '2025-09-01', startDate: '2025-09-01' }), long, now), 'agreement-long');
    for (const item of long.items) expect(flow).toContain(`${item.number} ${item.number <= 57 ? 'panneau' : item.number === 58 ? 'roll-up' : 'caisse'} ${item.label}`);
    expect(flow).toContain("Valeur d'assurance 1 234 567,50 €");
    expect(flow).toContain('(déjà signalé endommagé le vendredi 19 décembre 2025 : coin écorné)');
    expect(flow).toContain('« Démocratie, Tolérance et Libertés : itinéraires croisés, mémoires partagées et œuvres à découvrir ensemble »');
    expect(flow).toContain("Institut Sainte-Thérèse-d'Avila — section secondaire générale et qualifiante de Grivegnée");
    expect(flow).toContain('Livraison lundi 1er septembre 2025');
    // The description is shortened at a word: the agreement names the exhibition, it does not present it.
    expect(flow).toMatch(/Récits de vie…/);
    expect(flow).not.toContain('fin.');
    expect(flow).toContain('Éléments prêtés (60)');
    expect(drawn.match(/N° Type Désignation État à la livraison/g)?.length).toBe(3); // the head again on each page of the list
    for (const page of [1, 2, 3, 4]) expect(flow).toContain(`page ${page} / 4`);
    expect(flow).toContain("Pour le prêteur Pour l'emprunteur");
  });
});

describe('exhibition schedule PDF', () => {
  const summary = (overrides: Partial<LoanSummary>): LoanSummary => ({
    id: 1,
    exhibitionId: 1,
    exhibitionTitle: "Une brève histoire de l'immigration en Belgique",
    schoolId: 1,
    borrowerName: 'École communale Les Hirondelles',
    status: 'returned',
    schoolYear: '2025–2026',
    deliveryDate: '2025-09-08',
    startDate: '2025-09-08',
    endDate: '2025-09-19',
    pickupDate: '2025-09-19',
    ...overrides,
  });

  it('lists the holding loans in delivery order with French dates and statuses, buffer days and totals', () => {
    const loans = [
      summary({ id: 3, borrowerName: 'Athénée du Confluent', status: 'approved', deliveryDate: '2026-03-02', startDate: '2026-03-03', endDate: '2026-03-20', pickupDate: '2026-03-20' }),
      summary({ id: 1 }),
      summary({ id: 2, borrowerName: 'École libre Les Écureuils', status: 'delivered', deliveryDate: '2025-09-24', startDate: '2025-09-24', endDate: '2025-10-10', pickupDate: '2025-10-13' }),
      summary({ id: 4, borrowerName: 'Lycée provincial La Boussole', status: 'requested', deliveryDate: '2026-03-25', startDate: '2026-03-25', endDate: '2026-04-10', pickupDate: '2026-04-10' }),
      summary({ id: 5, borrowerName: 'Institut Refusé', status: 'refused', deliveryDate: '2026-03-02', startDate: '2026-03-02', endDate: '2026-03-13', pickupDate: '2026-03-13' }),
    ];
    const { flow, layout, drawn } = readPdf(buildExhibitionSchedule(exhibition(), loans, '2025–2026', now), 'schedule');
    for (const expected of [
      'Livraison Exposition Reprise Emprunteur Statut',
      // Each row as it was drawn, cell by cell (reading order may interleave a cell's two lines with its neighbours).
      'lun. 08/09/2025 lun. 08/09/2025 – ven. 19/09/2025 12 jours ven. 19/09/2025 École communale Les Hirondelles rendu',
      'mer. 24/09/2025 mer. 24/09/2025 – ven. 10/10/2025 17 jours lun. 13/10/2025 École libre Les Écureuils livré',
      'lun. 02/03/2026 mar. 03/03/2026 – ven. 20/03/2026 18 jours ven. 20/03/2026 Athénée du Confluent approuvé',
      'mer. 25/03/2026 mer. 25/03/2026 – ven. 10/04/2026 17 jours ven. 10/04/2026 Lycée provincial La Boussole demandé',
    ]) {
      expect(drawn).toContain(expected);
    }
    for (const expected of [
      "Calendrier des prêts — Une brève histoire de l'immigration en Belgique — 2025–2026",
      'CALENDRIER DES PRÊTS · ANNÉE SCOLAIRE 2025–2026',
      'Propriétaire : CRIPEL · 15 éléments',
      "4 prêts · 68 jours hors dépôt · 64 jours d'exposition",
      'Entre deux prêts, 2 jours de battement restent libres pour le transport et les contrôles.',
      '1 demande refusée ou annulée ne figure pas dans ce calendrier.',
      "Calendrier des prêts — Une brève histoire de l'immigration en B… · généré par Passerelle le 5 janvier 2026 page 1 / 1",
    ]) {
      expect(flow).toContain(expected);
    }
    expect(flow).not.toContain('Institut Refusé');
    // Each row on one line of the layout: the columns line up, a status is never broken ("approuv é").
    expect(layout).toMatch(/\nlun\. 02\/03\/2026 ven\. 20\/03\/2026 ven\. 20\/03\/2026 Athénée du Confluent approuvé\n/);
  });

  it('says so plainly when there are no loans', () => {
    const { flow } = readPdf(buildExhibitionSchedule(exhibition({ bufferDays: 0 }), [], '2026–2027', now), 'schedule-empty');
    expect(flow).toContain("Aucun prêt de cette exposition n'est enregistré pour l'année scolaire 2026–2027.");
    expect(flow).toContain("Aucun jour de battement n'est imposé entre deux prêts.");
    expect(flow).not.toContain('Livraison');
    expect(flow).toContain('généré par Passerelle le 5 janvier 2026 page 1 / 1');
  });

  it('repeats the table head over several pages and keeps each row whole', () => {
    const loans = Array.from({ length: 40 }, (_, index) =>
      summary({ id: index + 1, borrowerName: `École n° ${index + 1} — Saint-Léonard`, schoolId: index + 1 }),
    );
    const { flow, drawn } = readPdf(buildExhibitionSchedule(exhibition({ bufferDays: 1 }), loans, '2025–2026', now), 'schedule-long');
    // Rows of three lines (the period on two): 40 loans take three pages, each with the head again.
    for (const page of [1, 2, 3]) expect(flow).toContain(`page ${page} / 3`);
    expect(flow).toContain('1 jour de battement reste libre');
    expect(drawn.match(/Livraison Exposition Reprise Emprunteur Statut/g)?.length).toBe(3);
    for (let index = 1; index <= 40; index += 1) {
      expect(drawn).toContain(`lun. 08/09/2025 lun. 08/09/2025 – ven. 19/09/2025 12 jours ven. 19/09/2025 École n° ${index} — Saint-Léonard rendu`);
    }
  });
});
