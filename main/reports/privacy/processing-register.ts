// The register of processing (GDPR art. 30, issue 20) as a PDF for the data protection officer: data in, bytes out.
import type { RowInput } from 'jspdf-autotable';
import type { ProcessingRegister, RegisterPersonalTable, RegisterTable } from '../../../shared/domain/privacy/processing-register';
import { belgianDate } from '../../clock';
import { addFooters, type DocumentLanguage, documentDate, newDocument, PDF_FONT, PDF_MARGIN, pdfText, toBytes } from '../pdf-kit';
import { Cursor, GREY, heading, LIGHT_GREY, lineHeight, paragraph, setFont, tableOptions } from '../kit/flow';
import { autoTable } from '../kit/pdf-library';
import { REGISTER_WORDS, type RegisterWords } from './processing-register-labels';

/** Who may reach a table, in words: the roles, the open kinds of access, the contract's domains. */
export function accessText(table: RegisterPersonalTable, words: RegisterWords): string {
  const { access } = table;
  const parts: string[] = [];
  if (access.everySignedIn) parts.push(words.everySignedIn);
  const roles = access.roles.map((role) => words.roles[role]);
  if (!access.everySignedIn && roles.length > 0) parts.push(roles.join(', '));
  if (access.everySignedIn && roles.length > 0) parts.unshift(roles.join(', '));
  if (access.beforeSignIn) parts.push(words.beforeSignIn);
  if (parts.length === 0) parts.push(words.noChannel);
  return `${parts.join(' ; ')} — ${words.throughDomains(access.domains.join(', '))}`;
}

function retentionShort(table: RegisterPersonalTable, words: RegisterWords): string {
  const { retention } = table;
  if (retention.termYears !== null) return words.termYears(retention.termYears);
  const sentence = retention.text;
  return (words === REGISTER_WORDS.fr ? sentence.fr : sentence.en).split(/[;:(]/)[0]!.trim();
}

function rolesShort(table: RegisterTable, words: RegisterWords): string {
  if (!table.personal) return '—';
  const roles = table.access.roles.map((role) => words.roles[role]);
  if (table.access.beforeSignIn && roles.length === 0) return words.beforeSignIn.split(' (')[0]!;
  return roles.length > 0 ? roles.join(', ') : '—';
}

export function buildProcessingRegisterPdf(register: ProcessingRegister, language: DocumentLanguage = 'fr'): Uint8Array {
  const words = REGISTER_WORDS[language];
  const text = (value: { fr: string; en: string }) => value[language];
  const generatedAt = new Date(register.generatedAt);
  const doc = newDocument({ title: words.title, language, institution: register.modules.includes('housing') && !register.modules.includes('schools') ? 'cpas' : 'city' });
  const cursor = new Cursor(doc, 0);

  // Title block.
  setFont(doc, 9, 'normal', GREY);
  doc.text(pdfText(words.kicker), PDF_MARGIN, 24);
  setFont(doc, 20, 'bold');
  doc.text(pdfText(words.title), PDF_MARGIN, 33);
  cursor.y = 37;
  paragraph(cursor, words.made(documentDate(generatedAt, language)), { size: 9.5, colour: GREY, after: 1 });
  const modules = register.modules.map((module) => words.modules[module]).join(', ') || words.noModule;
  paragraph(cursor, words.installation(words.engines[register.engine], modules), { size: 9.5, colour: GREY, after: 3 });
  paragraph(cursor, words.intro, { size: 10, after: 4 });

  if (register.unclassified.length > 0) {
    heading(cursor, words.unclassifiedHeading, { keep: 12 });
    paragraph(cursor, words.unclassified(register.unclassified.join(', ')), { size: 10, style: 'bold', after: 4 });
  }

  // Overview: one line per table.
  heading(cursor, words.summaryHeading, { keep: 40 });
  autoTable(doc, {
    ...tableOptions(cursor, 7),
    head: [words.summaryHead.map(pdfText)],
    columnStyles: { 0: { cellWidth: 50 }, 1: { cellWidth: 22 }, 3: { cellWidth: 34 }, 4: { cellWidth: 36, fontSize: 6.5 } },
    body: register.tables.map((table): RowInput =>
      [
        table.table,
        table.personal ? words.personal : words.notPersonal,
        rolesShort(table, words),
        table.personal ? retentionShort(table, words) : '—',
        table.personal ? (table.encryption.length > 0 ? table.encryption.join(', ') : '—') : '—',
      ].map(pdfText),
    ),
    didParseCell: (data) => {
      if (data.section === 'body' && data.column.index === 0) data.cell.styles.fontStyle = 'bold';
    },
  });
  cursor.afterTable(6);

  // One chapter per processing activity: its controller, then each personal table in detail.
  for (const activity of register.activities) {
    const tables = register.tables.filter((table): table is RegisterPersonalTable => table.activity === activity.id && table.personal);
    if (tables.length === 0) continue;
    // The activity's name may take two lines: a wrapped bold paragraph under a rule, kept with its first table.
    cursor.need(70);
    doc.setDrawColor(...LIGHT_GREY);
    doc.setLineWidth(0.3);
    doc.line(PDF_MARGIN, cursor.y, 210 - PDF_MARGIN, cursor.y);
    cursor.y += 2;
    paragraph(cursor, words.activityHeading(text(activity.name)), { size: 12.5, style: 'bold', after: 1 });
    paragraph(cursor, `${words.controller}${language === 'fr' ? ' : ' : ': '}${text(activity.controller)}`, { size: 9.5, after: 1 });
    if (!activity.enabled) paragraph(cursor, words.moduleOff, { size: 9, style: 'italic', colour: GREY, after: 1 });
    cursor.y += 2;
    for (const table of tables) {
      cursor.need(lineHeight(10.5) + 40);
      setFont(doc, 10.5, 'bold');
      doc.text(pdfText(table.inUse ? table.table : `${table.table} — ${words.notInUse}`), PDF_MARGIN, cursor.y + 4);
      cursor.y += 6;
      const w = words.fields;
      autoTable(doc, {
        ...tableOptions(cursor, 8),
        showHead: 'never',
        columnStyles: { 0: { cellWidth: 38, fontStyle: 'bold', textColor: GREY } },
        body: [
          [w.data, text(table.categoriesOfData)],
          [w.people, text(table.categoriesOfPeople)],
          [w.purpose, text(table.purpose)],
          [w.basis, text(table.legalBasis)],
          [w.access, accessText(table, words)],
          [w.retention, text(table.retention.text)],
          [w.encryption, table.encryption.length > 0 ? words.encrypted(table.encryption.join(', ')) : words.notEncrypted],
          [w.rows, new Intl.NumberFormat(language === 'fr' ? 'fr-BE' : 'en-GB').format(table.rows)],
        ].map((row): RowInput => row.map(pdfText)),
      });
      cursor.afterTable(5);
    }
  }

  // Tables without personal data, and why.
  const others = register.tables.filter((table) => !table.personal);
  heading(cursor, words.nonPersonalHeading, { keep: 30 });
  autoTable(doc, {
    ...tableOptions(cursor, 8),
    head: [words.nonPersonalHead.map(pdfText)],
    columnStyles: { 0: { cellWidth: 50, fontStyle: 'bold' } },
    body: others.map((table): RowInput => [table.table, table.personal ? '' : text(table.why)].map(pdfText)),
  });
  cursor.afterTable(6);

  heading(cursor, words.methodHeading, { keep: 30 });
  for (const sentence of words.method) paragraph(cursor, sentence, { size: 9, after: 2 });

  doc.setFont(PDF_FONT, 'normal');
  addFooters(doc, generatedAt);
  return toBytes(doc);
}

/** "registre-des-traitements-2026-12-07.pdf" / "register-of-processing-2026-12-07.pdf". */
export function processingRegisterFileName(register: ProcessingRegister, language: DocumentLanguage): string {
  const day = belgianDate(new Date(register.generatedAt));
  return `${language === 'fr' ? 'registre-des-traitements' : 'register-of-processing'}-${day}.pdf`;
}
