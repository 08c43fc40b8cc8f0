import type { jsPDF } from 'jspdf';
import { shortFingerprint } from '../crypto/fingerprint';
import { recoveryCodeLines } from '../crypto/recovery-kit';
import { RECOVERY_CODE_GROUPS_PER_LINE } from '../../shared/domain/recovery-kit';
import { addFooters, BRAND_RED, newDocument, PAGE_BOTTOM, PDF_FONT, PDF_MARGIN, pdfText, toBytes } from './pdf-kit';
import { PDF_MONO_FONT, registerMonoFont } from './kit/fonts';

/**
 * The recovery kit's printable sheet (issue 13, point 4): one A4 page an administrator keeps away from the
 * PC, with the code to retype on a new PC or OS account. French first, English under it in grey, like the
 * kit file. It carries the code and what identifies the key, never the passphrase: the sheet says so twice,
 * because a sheet kept with its passphrase is the key in clear. Data in, bytes out.
 *
 * The code is printed in DejaVu Sans Mono (embedded, like every font of Passerelle's PDFs): 0/O and 1/I/L
 * are told apart and every character has the same width, so the groups line up.
 */

export interface RecoveryKitSheetInput {
  /** The code as `createRecoveryKit` gives it (groups joined by '-'). */
  code: string;
  installationId: string;
  /** The key's fingerprint (the full 64 hex digits, or at least the first 16); printed short. */
  fingerprint: string;
  /** When the kit was made (as in the kit): printed as Liège's date and time. */
  createdAt: Date | string;
  /** Who keeps the kit, e.g. "CPAS de Liège"; printed under the title when given. */
  organisation?: string;
}

export const RECOVERY_KIT_SHEET_TITLE = 'Kit de récupération de la clé de chiffrement';

const PAGE_WIDTH = 210;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * PDF_MARGIN;
const INK: [number, number, number] = [20, 20, 20];
const GREY: [number, number, number] = [95, 95, 95];
const RULE: [number, number, number] = [200, 200, 200];
const CODE_BACKGROUND: [number, number, number] = [244, 244, 244];

function lineHeight(size: number): number {
  return (size * 1.17 * 25.4) / 72;
}

type Style = 'normal' | 'bold' | 'italic' | 'bolditalic';

interface TextOptions {
  size?: number;
  style?: Style;
  colour?: [number, number, number];
  x?: number;
  width?: number;
  /** False to measure only: the y under the text, nothing drawn. */
  draw?: boolean;
}

/** Wrapped text from `y`; returns the y under it. */
function write(doc: jsPDF, text: string, y: number, options: TextOptions = {}): number {
  const size = options.size ?? 10;
  const x = options.x ?? PDF_MARGIN;
  doc.setFont(PDF_FONT, options.style ?? 'normal');
  doc.setFontSize(size);
  doc.setTextColor(...(options.colour ?? INK));
  const lines = doc.splitTextToSize(pdfText(text), options.width ?? CONTENT_WIDTH - (x - PDF_MARGIN)) as string[];
  const step = lineHeight(size);
  if (options.draw !== false) lines.forEach((line, index) => doc.text(line, x, y + step * (index + 0.8)));
  return y + step * lines.length;
}

/** A French sentence and its English twin, smaller and grey. */
function bilingual(doc: jsPDF, french: string, english: string, y: number, options: Pick<TextOptions, 'x' | 'width' | 'style' | 'draw'> = {}): number {
  const afterFrench = write(doc, french, y, { ...options, size: 10 });
  return write(doc, english, afterFrench + 0.3, { ...options, size: 8, style: options.style === 'bold' ? 'bolditalic' : 'italic', colour: GREY });
}

/** The text cut to one line (bold, at `size`) with an ellipsis, so that the page's height never depends on it. */
function oneLine(doc: jsPDF, text: string, size: number): string {
  doc.setFont(PDF_FONT, 'bold');
  doc.setFontSize(size);
  const clean = pdfText(text.replace(/\s+/g, ' '));
  if (doc.getTextWidth(clean) <= CONTENT_WIDTH) return clean;
  let cut = clean;
  while (cut.length > 1 && doc.getTextWidth(`${cut}…`) > CONTENT_WIDTH) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** "28/11/2026 à 11:00", in Liège. */
function liegeDateTime(at: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('fr-BE', {
      timeZone: 'Europe/Brussels',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  ) as Record<string, string>;
  return `${parts.day}/${parts.month}/${parts.year} à ${parts.hour}:${parts.minute}`;
}

function titleBlock(doc: jsPDF, input: RecoveryKitSheetInput): number {
  let y = write(doc, RECOVERY_KIT_SHEET_TITLE, 19, { size: 17, style: 'bold' });
  y = write(doc, 'Encryption key recovery kit', y, { size: 11, style: 'italic', colour: GREY });
  if (input.organisation && input.organisation.trim() !== '') y = write(doc, oneLine(doc, input.organisation.trim(), 10), y + 1, { size: 10, style: 'bold' });
  y += 3;
  return bilingual(
    doc,
    "Ce kit redonne à Passerelle la clé qui chiffre les données sensibles du logement (noms, statuts, notes) sur un nouveau PC ou un nouveau compte Windows. Sans cette clé, ces données sont illisibles, même avec des sauvegardes complètes.",
    'This kit gives Passerelle back the key that encrypts the sensitive housing data (names, statuses, notes) on a new PC or a new Windows account. Without this key that data cannot be read, even with complete backups.',
    y,
  );
}

/** Date, installation and fingerprint: what tells this kit from another installation's. */
function identityBlock(doc: jsPDF, input: RecoveryKitSheetInput, createdAt: Date, top: number): number {
  const rows: [string, string, string][] = [
    ['Créé le', 'Created', liegeDateTime(createdAt)],
    ['Installation', 'Installation', input.installationId],
    ['Empreinte de la clé', 'Key fingerprint', shortFingerprint(input.fingerprint)],
  ];
  let y = top;
  doc.setDrawColor(...RULE);
  doc.setLineWidth(0.2);
  for (const [french, english, value] of rows) {
    doc.line(PDF_MARGIN, y, PDF_MARGIN + CONTENT_WIDTH, y);
    write(doc, french, y + 1.2, { size: 10, style: 'bold', colour: GREY });
    write(doc, english, y + 5, { size: 8, style: 'italic', colour: GREY });
    doc.setFont(PDF_MONO_FONT, 'bold');
    doc.setFontSize(11);
    doc.setTextColor(...INK);
    doc.text(pdfText(value), PDF_MARGIN + 52, y + 5.8);
    y += 9.5;
  }
  doc.line(PDF_MARGIN, y, PDF_MARGIN + CONTENT_WIDTH, y);
  return y;
}

/**
 * The code, large, one numbered line of groups per row, in a tinted box; its title sits at the left of the
 * first rows so the box is no taller than the code.
 */
function codeBlock(doc: jsPDF, code: string, top: number): number {
  const lines = recoveryCodeLines(code);
  const size = 16;
  const step = 7;
  const padding = 4;
  const height = 2 * padding + lines.length * step;
  doc.setFillColor(...CODE_BACKGROUND);
  doc.setDrawColor(...INK);
  doc.setLineWidth(0.4);
  doc.roundedRect(PDF_MARGIN, top, CONTENT_WIDTH, height, 2, 2, 'FD');
  const titleWidth = 48;
  let y = write(doc, 'Code de récupération', top + padding, { x: PDF_MARGIN + 5, width: titleWidth, size: 11, style: 'bold' });
  y = write(doc, 'Recovery code', y, { x: PDF_MARGIN + 5, width: titleWidth, size: 9, style: 'italic', colour: GREY });
  y = write(doc, `${lines.length} lignes de ${RECOVERY_CODE_GROUPS_PER_LINE} groupes`, y + 2, { x: PDF_MARGIN + 5, width: titleWidth, size: 8.5, colour: GREY });
  write(doc, `${lines.length} lines of ${RECOVERY_CODE_GROUPS_PER_LINE} groups`, y, { x: PDF_MARGIN + 5, width: titleWidth, size: 8, style: 'italic', colour: GREY });
  // Courier's fixed width keeps every line's groups in the same columns; the block is centred in the space
  // right of the title.
  doc.setFont(PDF_MONO_FONT, 'bold');
  doc.setFontSize(size);
  const width = doc.getTextWidth(lines[0] ?? '');
  const left = PDF_MARGIN + 5 + titleWidth;
  const x = left + (PDF_MARGIN + CONTENT_WIDTH - left - width) / 2;
  lines.forEach((line, index) => {
    const baseline = top + padding + step * index + 5.3;
    doc.setFont(PDF_FONT, 'normal');
    doc.setFontSize(8);
    doc.setTextColor(...GREY);
    doc.text(String(index + 1), x - 4, baseline, { align: 'right' });
    doc.setFont(PDF_MONO_FONT, 'bold');
    doc.setFontSize(size);
    doc.setTextColor(...INK);
    doc.text(line, x, baseline);
  });
  return top + height;
}

/** The passphrase warning, in the City's red: the one thing that must not go wrong. */
function passphraseWarning(doc: jsPDF, top: number): number {
  const inner = CONTENT_WIDTH - 10;
  const warning = (y: number, draw: boolean): number =>
    bilingual(
      doc,
      "La phrase de passe n'est PAS sur cette feuille. Gardez-la ailleurs, jamais avec cette feuille : qui a les deux peut lire les données. Sans elle, le code ne sert à rien.",
      'The passphrase is NOT on this sheet. Keep it elsewhere, never together with this sheet: whoever has both can read the data. Without it the code is useless.',
      y,
      { x: PDF_MARGIN + 5, width: inner, style: 'bold', draw },
    );
  // Measured first, so the frame can be drawn before (under) the text.
  const height = warning(0, false) + 6;
  doc.setDrawColor(...BRAND_RED);
  doc.setLineWidth(0.8);
  doc.rect(PDF_MARGIN, top, CONTENT_WIDTH, height, 'S');
  warning(top + 3, true);
  return top + height;
}

function instructions(doc: jsPDF, top: number): number {
  const steps: [string, string][] = [
    [
      'Conservez cette feuille en lieu sûr, loin du PC (un coffre, un autre bâtiment), et le fichier du kit sur un support hors du PC.',
      'Keep this sheet in a safe place away from the PC (a safe, another building), and the kit file on a medium off the PC.',
    ],
    [
      "Pour l'utiliser : quand Passerelle signale au démarrage que la clé est manquante ou illisible (nouveau PC, nouveau compte Windows), sa page de récupération propose « Importer le kit de récupération ». Tapez le code (majuscules ou minuscules, tirets et espaces au choix), puis la phrase de passe.",
      'To use it: when Passerelle says at start-up that the key is missing or unreadable (a new PC, a new Windows account), its recovery page offers “Import the recovery kit”. Type the code (upper or lower case, dashes and spaces as you like), then the passphrase.',
    ],
  ];
  let y = write(doc, 'Mode d’emploi', top, { size: 12, style: 'bold' });
  y = write(doc, 'How to use it', y, { size: 9, style: 'italic', colour: GREY }) + 1.5;
  steps.forEach(([french, english], index) => {
    write(doc, `${index + 1}.`, y, { size: 10, style: 'bold' });
    y = bilingual(doc, french, english, y, { x: PDF_MARGIN + 6 }) + 2.5;
  });
  return y;
}

/**
 * The sheet's bytes. One page: every block has a fixed height (the organisation is cut to one line, the code
 * of a version-1 kit always has 11 lines), and a layout that would run into the footer throws instead of
 * printing a sheet with its instructions cut off.
 */
export function buildRecoveryKitSheet(input: RecoveryKitSheetInput): Uint8Array {
  const createdAt = input.createdAt instanceof Date ? input.createdAt : new Date(input.createdAt);
  const doc = newDocument({ title: `${RECOVERY_KIT_SHEET_TITLE} — ${input.installationId}`, language: 'fr' });
  registerMonoFont(doc);
  let y = titleBlock(doc, input);
  y = identityBlock(doc, input, createdAt, y + 3);
  y = codeBlock(doc, input.code, y + 5);
  y = passphraseWarning(doc, y + 5);
  if (instructions(doc, y + 5) > PAGE_BOTTOM) throw new RangeError('recovery kit sheet does not fit on one page');
  doc.setFont(PDF_FONT, 'normal');
  addFooters(doc, createdAt);
  return toBytes(doc);
}
