import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { describe, expect, it } from 'vitest';
import { pdfReader } from '../helpers/pdf';
import type { AnalysisGroup, FeedbackSummary, ItemFeedback, QuestionnaireAnalysis } from '../../shared/domain/questionnaires/analysis';
import { pairedStatistics, suppressSmallGroups, type PairedValue } from '../../shared/domain/questionnaires/paired-stats';
import { buildImpactReport } from '../../main/reports/questionnaires/impact-report';
import { formatChange, formatCount, formatInterval, formatPValue, formatRankSum, formatRate } from '../../main/reports/questionnaires/impact-report/format';

const now = new Date('2026-11-28T10:00:00Z');

const readPdf = pdfReader('impact-pdfs');

// --- The fixture: dimension and item scores of paired pupils, made by hand. --------------------------------

const SHIFTS = [0.25, 0, 0.5, -0.25, 0.25, 1, 0, 0.75];
/**
 * n pupils with scores in quarters (the mean of four Likert items: exact in binary, so equal differences are
 * equal doubles and tie the same way here and in R), a positive change on the whole.
 */
function pairs(n: number, offset: number): PairedValue[] {
  return Array.from({ length: n }, (_, i) => {
    const before = 1 + ((i * 7 + offset) % 13) * 0.25;
    return { before, after: Math.min(5, before + SHIFTS[(i + offset) % SHIFTS.length]!) };
  });
}
const STEREOTYPES = pairs(24, 0);
const KNOWLEDGE = pairs(31, 5);
const EMPATHY = pairs(3, 2);
/** A yes/no question asked before and after (0 = no, 1 = yes): 40 % yes before, 50 % after. */
const YES_NO = Array.from({ length: 20 }, (_, i) => ({ before: i % 5 < 2 ? 1 : 0, after: i % 5 < 3 && !(i === 0 || i === 5) ? 1 : 0 }));
const ITEM_1 = STEREOTYPES.map(({ before, after }) => ({ before: Math.round(before), after: Math.round(after) }));
const scale = { min: 1, max: 5 };
const publishable = (values: PairedValue[]) => suppressSmallGroups(pairedStatistics(values));

function group(overrides: Partial<AnalysisGroup>): AnalysisGroup {
  return {
    eventId: 1,
    eventTitle: 'Atelier « Préjugés »',
    eventDate: '2026-03-12',
    classId: 1,
    className: '5e primaire A',
    schoolName: 'École communale de Droixhe',
    beforeAdministrationId: 1,
    afterAdministrationId: 2,
    counts: { before: { value: 26 }, after: { value: 25 }, paired: { value: 22 }, pendingCandidates: 1, matchRate: 22 / 26 },
    ...overrides,
  };
}

const analysis: QuestionnaireAnalysis = {
  template: { id: 1, name: 'Regards sur la migration — élèves', version: 2 },
  scope: { kind: 'schoolYear', schoolYear: '2025–2026' },
  scopeLabel: '2025–2026',
  counts: { before: { value: 58 }, after: { value: 55 }, paired: { value: 47 }, pendingCandidates: 3, matchRate: 47 / 58 },
  dimensions: [
    { dimension: 'stereotypes', itemIds: [11, 12, 13], scale, result: publishable(STEREOTYPES) },
    { dimension: 'migration_knowledge', itemIds: [14, 15], scale, result: publishable(KNOWLEDGE) },
    { dimension: 'empathy', itemIds: [16, 17], scale, result: publishable(EMPATHY) },
  ],
  items: [
    {
      itemId: 11,
      position: 1,
      wordingFr: "Les personnes venues d'ailleurs prennent le travail des Belges.",
      wordingEn: '',
      dimension: 'stereotypes',
      reverseKeyed: true,
      scale,
      result: publishable(ITEM_1),
    },
    {
      itemId: 16,
      position: 6,
      wordingFr: "Je peux imaginer ce que ressent un enfant qui arrive dans un pays dont il ne parle pas la langue.",
      wordingEn: '',
      dimension: 'empathy',
      reverseKeyed: false,
      scale,
      result: publishable(EMPATHY),
    },
    {
      itemId: 18,
      position: 7,
      wordingFr: "As-tu déjà parlé avec quelqu'un qui a dû quitter son pays ?",
      wordingEn: '',
      dimension: 'other',
      reverseKeyed: false,
      scale: { min: 0, max: 1 },
      result: publishable(YES_NO),
    },
  ],
  groups: [
    group({}),
    group({
      eventId: 2,
      eventTitle: 'Ciné-débat « Partir, arriver »',
      eventDate: '2026-04-21',
      className: '6e primaire B',
      schoolName: 'Athénée Les Tilleuls',
      counts: { before: { value: 29 }, after: { value: 27 }, paired: { value: 25 }, pendingCandidates: 2, matchRate: 25 / 29 },
    }),
    group({
      eventId: 3,
      eventTitle: 'Visite de la Cité Miroir',
      eventDate: '2026-05-05',
      className: '4e secondaire',
      schoolName: 'Institut Saint-Roch',
      counts: { before: { value: 6 }, after: { lessThan: 5 }, paired: { lessThan: 5 }, pendingCandidates: 0, matchRate: null },
    }),
  ],
};

function feedbackItem(position: number, overrides: Partial<ItemFeedback>): ItemFeedback {
  return { itemId: 100 + position, position, wordingFr: '', wordingEn: '', dimension: 'satisfaction', answerType: 'likert5', scale, answered: { value: 0 }, mean: null, distribution: null, comments: [], ...overrides };
}
const AGREE = ["Pas du tout d'accord", "Plutôt pas d'accord", "Ni d'accord ni pas d'accord", "Plutôt d'accord", "Tout à fait d'accord"];
function distribution(counts: number[], labels: string[] = AGREE, first = 1) {
  return counts.map((count, index) => ({ value: first + index, labelFr: labels[index] ?? '', labelEn: '', count }));
}
const meanOf = (counts: number[], first = 1) => counts.reduce((sum, count, index) => sum + count * (first + index), 0) / counts.reduce((a, b) => a + b, 0);
const LIKED = [1, 2, 6, 17, 29];
const MARKS = [0, 0, 1, 0, 2, 3, 5, 9, 12, 10, 13];
const RECOMMEND = [1, 7];
const TEACHER_COMMENTS = [
  'Très bonne animation, les élèves en parlent encore.',
  'Très bonne animation, les élèves en parlent encore. ',
  'Prévoir un peu plus de temps pour la discussion finale.',
  'Support bien adapté ; un peu difficile pour les plus jeunes.',
  'Nous avons prolongé le travail en classe avec des dessins.',
  'Bonne préparation en amont.',
  'Sixième commentaire, qui ne doit pas être cité.',
];
const feedback: FeedbackSummary = {
  scope: analysis.scope,
  scopeLabel: analysis.scopeLabel,
  templates: [
    {
      templateId: 1,
      templateName: 'Regards sur la migration — élèves',
      version: 2,
      audience: 'pupil',
      responses: { value: 55 },
      byEvent: [],
      items: [
        feedbackItem(8, { wordingFr: "J'ai aimé cette activité.", answered: { value: 55 }, mean: meanOf(LIKED), distribution: distribution(LIKED) }),
        feedbackItem(10, {
          wordingFr: 'Quelle note donnes-tu à cette activité, de 0 à 10 ?',
          answerType: 'scale_0_10',
          scale: { min: 0, max: 10 },
          answered: { value: 55 },
          mean: meanOf(MARKS, 0),
          distribution: distribution(MARKS, ["Je n'ai pas du tout aimé", '', '', '', '', '', '', '', '', '', "J'ai adoré"], 0),
        }),
        feedbackItem(11, { wordingFr: 'Veux-tu nous dire autre chose ?', answerType: 'free_text', scale: null, answered: { value: 9 }, comments: ['Mon copain Théo a rigolé.'] }),
      ],
    },
    {
      templateId: 2,
      templateName: "Retour de l'enseignant·e",
      version: 1,
      audience: 'teacher',
      responses: { value: 8 },
      byEvent: [],
      items: [
        feedbackItem(1, { wordingFr: "Dans l'ensemble, je suis satisfait·e de l'activité.", answered: { value: 8 }, mean: meanOf([0, 0, 1, 3, 4]), distribution: distribution([0, 0, 1, 3, 4]) }),
        feedbackItem(5, {
          wordingFr: 'Recommanderiez-vous cette activité à un·e collègue ?',
          answerType: 'yes_no',
          scale: { min: 0, max: 1 },
          answered: { value: 8 },
          mean: meanOf(RECOMMEND, 0),
          distribution: distribution(RECOMMEND, ['Non', 'Oui'], 0),
        }),
        feedbackItem(6, { wordingFr: 'Commentaires et suggestions', answerType: 'free_text', scale: null, dimension: 'comments', answered: { value: 6 }, comments: TEACHER_COMMENTS }),
      ],
    },
  ],
};

// --- Independent arithmetic: what the tables must say, computed here from the pairs. ----------------------

const fr = (value: number, decimals = 2) => {
  const text = value.toFixed(decimals).replace('.', ',');
  return text === `-${(0).toFixed(decimals).replace('.', ',')}` ? text.slice(1) : text;
};
const signed = (value: number) => (value > 0 ? `+${fr(value)}` : fr(value));
const pText = (p: number) => (p < 0.001 ? '< 0,001' : fr(p, p >= 0.1 ? 2 : 3));
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function expectedRow(values: PairedValue[]): { cells: string[]; change: number; lower: number; upper: number; p: number; d: number } {
  const d = values.map(({ before, after }) => after - before);
  const n = d.length;
  const change = mean(d);
  const sd = Math.sqrt(d.reduce((sum, x) => sum + (x - change) ** 2, 0) / (n - 1));
  const t = change / (sd / Math.sqrt(n));
  const q = tQuantile(0.975, n - 1);
  const [lower, upper] = [change - (q * sd) / Math.sqrt(n), change + (q * sd) / Math.sqrt(n)];
  const p = 2 * (1 - tCdf(Math.abs(t), n - 1));
  // Signed ranks of the non-zero differences, ties sharing their average rank.
  const nonZero = d.filter((x) => x !== 0);
  const sorted = [...nonZero].map(Math.abs).sort((a, b) => a - b);
  const rank = (x: number) => (sorted.indexOf(x) + sorted.lastIndexOf(x)) / 2 + 1;
  const v = nonZero.filter((x) => x > 0).reduce((sum, x) => sum + rank(Math.abs(x)), 0);
  const wMinus = nonZero.filter((x) => x < 0).reduce((sum, x) => sum + rank(Math.abs(x)), 0);
  const wilcoxonP = pairedStatistics(values).wilcoxon.value!.p; // checked against R in paired-stats.test.ts
  const cells = [
    String(n),
    fr(mean(values.map((x) => x.before))),
    fr(mean(values.map((x) => x.after))),
    `${signed(change)} [${fr(lower)} ; ${fr(upper)}]`,
    `${fr(t)} (${n - 1})`,
    pText(p),
    Number.isInteger(v) ? String(v) : fr(v, 1),
    pText(wilcoxonP),
    fr(change / sd),
    fr((v - wMinus) / (v + wMinus)),
  ];
  return { cells, change, lower, upper, p, d: change / sd };
}

/** Cells in order, separated (and, when a cell wraps, cut) by any white space. */
const row = (...cells: string[]) =>
  new RegExp(cells.map((cell) => cell.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('\\s+'));
const percentOf = (count: number, total: number) => Math.round((count / total) * 100);
/** Cohen's conventional words for d, as the plain summary says them. */
const magnitudeFr = (d: number) => (Math.abs(d) < 0.2 ? 'très faible' : Math.abs(d) < 0.5 ? 'faible' : Math.abs(d) < 0.8 ? 'moyenne' : 'grande');
const surenessFr = (p: number) =>
  p < 0.01 ? "Ce changement est net : il a très peu de chances d'être dû au hasard" : p < 0.05 ? "Ce changement est probablement réel : il a peu de chances d'être dû au hasard" : 'Les données ne montrent pas de changement net';

/** Each word of a table's head comes back whole from pdftotext: no head cell is broken mid-word. */
function expectWholeWords(raw: string, heads: string[]): void {
  const tokens = new Set(raw.split(/\s+/));
  for (const word of heads.flatMap((head) => head.split(' '))) expect(tokens.has(word), word).toBe(true);
}

describe('impact report PDF', () => {
  const { flow, raw, pages } = readPdf(buildImpactReport(analysis, feedback, now), 'impact');
  const appendix = flow.indexOf('Annexe : les chiffres en détail');
  const plainPart = flow.slice(0, appendix);

  it('opens with the title, the scope, the questionnaire, the date and the summary in plain sentences', () => {
    for (const expected of [
      "RAPPORT D'IMPACT · QUESTIONNAIRES AVANT / APRÈS L'ACTIVITÉ",
      "Rapport d'impact",
      'Année scolaire 2025–2026',
      'Questionnaire : Regards sur la migration — élèves (version 2)',
      'Établi le samedi 28 novembre 2026',
      'En bref',
      "Moins de 5 élèves appariés : aucun résultat n'est publié.",
    ]) {
      expect(flow).toContain(expected);
    }
    expect(flow).toContain(
      "Ces résultats portent sur 47 élèves dont on a retrouvé le questionnaire d'avant et celui d'après l'activité (81 % des élèves). En tout, 58 questionnaires ont été remplis avant l'activité et 55 après.",
    );
    expect(flow).toContain('3 paires de codes presque identiques attendent encore une vérification');
    for (const [name, values] of [['stéréotypes', STEREOTYPES], ['connaissances sur la migration', KNOWLEDGE]] as const) {
      const expected = expectedRow(values);
      expect(flow).toContain(
        `En moyenne, les réponses sur « ${name} » ont progressé de ${fr(expected.change, 1)} point sur 5 après l'activité. ${surenessFr(expected.p)} ; son ampleur est ${magnitudeFr(expected.d)}.`,
      );
    }
    // The plain part says what changed without the statisticians' figures: those are in the appendix.
    expect(appendix).toBeGreaterThan(0);
    for (const jargon of ['p =', 'p <', 'd =', 'intervalle de confiance', 'IC 95', 'Wilcoxon', 'Test t', 'écart-type', 'ddl']) expect(plainPart, jargon).not.toContain(jargon);
    expect(flow.indexOf('Satisfaction et retour des enseignant·e·s')).toBeLessThan(appendix);
    expect(flow.indexOf('Résultats par dimension')).toBeGreaterThan(appendix);
    expect(pages).toBeGreaterThanOrEqual(3);
  });

  it('counts forms, pairs, the match rate and the pending reviews, in the appendix', () => {
    expect(raw).toMatch(row("Questionnaires remplis avant l'activité", '58'));
    expect(raw).toMatch(row("Questionnaires remplis après l'activité", '55'));
    expect(raw).toMatch(row('Élèves appariés (retrouvés avant et après)', '47'));
    expect(raw).toMatch(row("Taux d'appariement", `${percentOf(47, 58)} %`));
    expect(raw).toMatch(row('Paires de codes presque identiques à vérifier', '3'));
    expect(flow.indexOf("Questionnaires remplis avant l'activité")).toBeGreaterThan(appendix);
  });

  it('writes every statistic of each dimension and item as computed from the pairs, French-formatted', () => {
    expect(raw).toMatch(row('Stéréotypes', ...expectedRow(STEREOTYPES).cells));
    expect(raw).toMatch(row('Connaissances sur la migration', ...expectedRow(KNOWLEDGE).cells));
    expect(raw).toContain("Q1. Les personnes venues d'ailleurs prennent le travail des Belges. (inversé)");
    expect(raw).toMatch(row('Stéréotypes', ...expectedRow(ITEM_1).cells));
    expect(flow).toContain('Q6. Je peux imaginer ce que ressent un enfant qui arrive dans un pays dont il ne parle pas la langue.');
    expect(flow).not.toContain('langue. (inversé)');
    // The chart's labels: mean before and after under the bars, the change and its margin of uncertainty.
    const knowledge = expectedRow(KNOWLEDGE);
    expect(flow).toContain(`Changement ${signed(knowledge.change)}`);
    expect(flow).toContain(`marge ${signed(knowledge.lower)} à ${signed(knowledge.upper)}`);
    expect(flow).toContain("Marge d'incertitude du changement (95 %)");
    // No decimal point anywhere in a figure.
    expect(raw).not.toMatch(/\d\.\d/);
  });

  it('writes a yes/no question of the statistics as shares of "yes" and a change in percentage points', () => {
    const expected = expectedRow(YES_NO);
    const share = (values: number[]) => `${Math.round(mean(values) * 100)} %`;
    const points = (value: number) => fr(value * 100, 0);
    expect(raw).toMatch(
      row(
        'Autre',
        String(YES_NO.length),
        share(YES_NO.map((x) => x.before)),
        share(YES_NO.map((x) => x.after)),
        `${expected.change > 0 ? '+' : ''}${points(expected.change)} pts [${points(expected.lower)} ; ${points(expected.upper)}]`,
        ...expected.cells.slice(4),
      ),
    );
    expect(raw).not.toMatch(row('Autre', String(YES_NO.length), fr(mean(YES_NO.map((x) => x.before)))));
  });

  it('breaks no table head mid-word', () => {
    expectWholeWords(raw, ['Dimension n Avant Après Changement [IC 95 %] Test t apparié Wilcoxon Taille', "d'effet t (ddl) p V p d_z r"]);
    expectWholeWords(raw, ['Date Activité Classe — école Avant Après Appariés', "Taux d'app. À vérifier"]);
  });

  it('shows "< 5" for a group of fewer than five pupils, and no number of its own', () => {
    const lines = raw.split('\n');
    // Rows of the tables (the summary and the chart name the dimension alone on its line).
    const empathyRows = lines.filter((line) => /^Empathie\s+\S/.test(line.trim()));
    expect(empathyRows.length).toBe(2); // the dimension table and the item table
    for (const line of empathyRows) expect(line.trim()).toBe('Empathie < 5 moins de 5 élèves appariés : non publié');
    // In the chart: "< 5" in the panel, and none of the three pupils' means anywhere.
    expect(raw).toContain('< 5\nélèves suivis\nnon publié');
    const hidden = [mean(EMPATHY.map((x) => x.before)), mean(EMPATHY.map((x) => x.after))].map((value) => fr(value));
    for (const value of hidden) expect(flow).not.toContain(value);
    // The small class: "< 5" where its counts are, and no rate.
    expect(raw).toMatch(row('4e secondaire — Institut Saint-Roch', '6', '< 5', '< 5', '—', '0'));
  });

  it('draws each satisfaction question as bars whose printed counts and shares are the distribution', () => {
    expect(flow).toContain("Satisfaction des élèves (questions posées après l'activité) : 55 questionnaires");
    const liked = LIKED.reduce((a, b) => a + b, 0);
    expect(flow).toContain(`Q8. J'ai aimé cette activité. ${liked} réponses · moyenne ${fr(meanOf(LIKED))} sur 5`);
    LIKED.forEach((count, index) => expect(raw).toMatch(row(`${index + 1} – ${AGREE[index]}`, `${count} (${percentOf(count, liked)} %)`)));
    const marks = MARKS.reduce((a, b) => a + b, 0);
    expect(flow).toContain(`moyenne ${fr(meanOf(MARKS, 0))} sur 10`);
    MARKS.forEach((count, value) => {
      const label = value === 0 ? "0 – Je n'ai pas du tout aimé" : value === 10 ? "10 – J'ai adoré" : String(value);
      expect(raw).toMatch(new RegExp(`^${row(label, `${count} (${percentOf(count, marks)} %)`).source}$`, 'm'));
    });
    // The old "1 : 3 · 2 : 5" lists are gone.
    expect(flow).not.toMatch(/\d : \d+ · \d/);
  });

  it('tells a yes/no question as the share of "yes" with its number of answers, never as an average', () => {
    const [no, yes] = RECOMMEND as [number, number];
    expect(flow).toContain(`Q5. Recommanderiez-vous cette activité à un·e collègue ? ${percentOf(yes, yes + no)} % ont répondu « Oui » (${yes} réponses sur ${yes + no})`);
    expect(raw).toMatch(row('Oui', `${yes} (${percentOf(yes, yes + no)} %)`));
    expect(raw).toMatch(row('Non', `${no} (${percentOf(no, yes + no)} %)`));
    expect(flow).not.toContain(fr(meanOf(RECOMMEND, 0)));
    expect(flow).not.toContain('sur 1 ');
  });

  it("quotes only teachers' comments, once each", () => {
    expect(flow).toContain("Retour de l'enseignant·e (version 1) : 8 questionnaires");
    // Five distinct comments, newest first: the same words twice are quoted once.
    for (const comment of [TEACHER_COMMENTS[0]!, ...TEACHER_COMMENTS.slice(2, 6)]) expect(flow.split(`« ${comment} »`).length - 1, comment).toBe(1);
    expect(flow).not.toContain(TEACHER_COMMENTS[6]);
    expect(flow).not.toContain('Théo');
  });

  it('lists the classes the pairs come from and explains the method', () => {
    expect(raw).toMatch(row('jeu. 12/03/2026', 'Atelier « Préjugés »', '5e primaire A — École communale de Droixhe', '26', '25', '22', '85 %', '1'));
    expect(raw).toMatch(row('mar. 21/04/2026', 'Ciné-débat « Partir, arriver »', '6e primaire B — Athénée Les Tilleuls', '29', '27', '25', '86 %', '2'));
    for (const expected of ['Méthode', 'Appariement des codes', 'test des rangs signés de Wilcoxon', 'Le d de Cohen (d_z)', 'Règle des 5 élèves', '« < 5 »']) {
      expect(flow).toContain(expected);
    }
  });
});

// --- The same report asked from an English interface. ---------------------------------------------------

const en = (value: number, decimals = 2) => {
  const text = value.toFixed(decimals);
  return text === `-${(0).toFixed(decimals)}` ? text.slice(1) : text;
};
const enSigned = (value: number) => (value > 0 ? `+${en(value)}` : en(value));
const enP = (p: number) => (p < 0.001 ? '< 0.001' : en(p, p >= 0.1 ? 2 : 3));

/** The fixture as an English-speaking City would have it: English wordings, labels, names and comments. */
const englishAnalysis: QuestionnaireAnalysis = {
  ...analysis,
  template: { ...analysis.template, name: 'Views on migration — pupils' },
  items: analysis.items.map((item) => ({ ...item, wordingEn: item.position === 1 ? 'People from elsewhere take Belgians’ jobs.' : 'I can imagine how a child feels who arrives in a country whose language they do not speak.' })),
  groups: analysis.groups.map((entry, index) => ({ ...entry, eventTitle: `Workshop ${index + 1}`, className: `Year ${index + 4}`, schoolName: 'Droixhe Community School' })),
};
const AGREE_EN = ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'];
const englishFeedback: FeedbackSummary = {
  ...feedback,
  templates: feedback.templates.map((template) => ({
    ...template,
    templateName: template.audience === 'pupil' ? 'Views on migration — pupils' : 'Teacher feedback',
    items: template.items.map((item) => ({
      ...item,
      wordingEn: `Question number ${item.position}?`,
      distribution: item.distribution?.map((entry) => ({ ...entry, labelEn: item.answerType === 'yes_no' ? (entry.value === 1 ? 'Yes' : 'No') : item.answerType === 'likert5' ? AGREE_EN[entry.value - 1]! : '' })) ?? null,
      comments: item.comments.map((_, index) => `Comment number ${index + 1}.`),
    })),
  })),
};

describe('impact report PDF in English', () => {
  const { flow, raw } = readPdf(buildImpactReport(englishAnalysis, englishFeedback, now, 'en'), 'impact-en');

  it('is written in English, with English numbers and dates', () => {
    for (const expected of [
      'City of Liège',
      'IMPACT REPORT · QUESTIONNAIRES BEFORE / AFTER THE ACTIVITY',
      'School year 2025–2026',
      'Questionnaire: Views on migration — pupils (version 2)',
      'Made on Saturday 28 November 2026',
      'In brief',
      'These results are about 47 pupils whose questionnaires from before and after the activity were both found (81% of the pupils).',
      'Fewer than 5 paired pupils: no result is published.',
      'Appendix: the figures in detail',
      'made by Passerelle on 28 November 2026',
    ]) {
      expect(flow).toContain(expected);
    }
    const stereotypes = expectedRow(STEREOTYPES);
    expect(flow).toContain(`On average, answers about “stereotypes” improved by ${en(stereotypes.change, 1)} points out of 5 after the activity.`);
    expect(raw).toMatch(row('Stereotypes', ...stereotypes.cells.map((cell) => cell.replace(/(\d),(\d)/g, '$1.$2').replace(' ; ', ', '))));
    expect(raw).toMatch(row('Knowledge of migration', String(expectedRow(KNOWLEDGE).cells[0]), en(mean(KNOWLEDGE.map((x) => x.before)))));
    expect(flow).toContain(`Change ${enSigned(stereotypes.change)}`);
    expect(flow).toContain(`margin ${enSigned(stereotypes.lower)} to ${enSigned(stereotypes.upper)}`);
    expect(flow).toContain(`${enP(stereotypes.p)}`);
    expect(raw).toMatch(row('Thu 12/03/2026', 'Workshop 1', 'Year 4 — Droixhe Community School', '26', '25', '22', '85%', '1'));
    expect(raw).toMatch(row('Pupils paired (found before and after)', '47'));
    expect(raw).toContain('Q1. People from elsewhere take Belgians’ jobs. (reversed)'.replace('’', "'"));
    expectWholeWords(raw, ['Dimension n Before After Change [95% CI] Paired t-test Wilcoxon Effect size t (df)', 'Date Activity Class — school Before After Paired Pairing rate To check']);
  });

  it('draws the answers with English labels and tells the yes/no question as a share of "yes"', () => {
    const liked = LIKED.reduce((a, b) => a + b, 0);
    expect(flow).toContain(`${liked} answers · average ${en(meanOf(LIKED))} out of 5`);
    LIKED.forEach((count, index) => expect(raw).toMatch(row(`${index + 1} – ${AGREE_EN[index]}`, `${count} (${percentOf(count, liked)}%)`)));
    const [no, yes] = RECOMMEND as [number, number];
    expect(flow).toContain(`${percentOf(yes, yes + no)}% answered “Yes” (${yes} answers out of ${yes + no})`);
    expect(raw).toMatch(row('Yes', `${yes} (${percentOf(yes, yes + no)}%)`));
    expect(flow).toContain('“Comment number 1.”');
  });

  it('has no French word of its own and no decimal comma', () => {
    for (const french of ['Rapport', 'élèves', 'Année', 'Avant', 'Après', 'moyenne', 'réponses', 'Annexe', 'Méthode', 'Taux', 'Établi', 'Ville de Liège', 'généré', 'hasard', 'Oui', 'Non ', 'enseignant', 'inversé', 'non publié', 'ddl', ' et ', ' les ', ' des ', ' sur ', ' le ']) {
      expect(flow, french).not.toContain(french);
    }
    expect(flow).not.toMatch(/\d,\d{1,2}(?!\d)/);
  });
});

describe('impact report PDF without answers', () => {
  it('is still a valid document that says there is nothing to measure yet', () => {
    const empty: QuestionnaireAnalysis = {
      ...analysis,
      scope: { kind: 'all' },
      scopeLabel: '',
      counts: { before: { value: 0 }, after: { value: 0 }, paired: { value: 0 }, pendingCandidates: 0, matchRate: null },
      dimensions: [],
      items: [],
      groups: [],
    };
    const { flow } = readPdf(buildImpactReport(empty, { ...feedback, templates: [] }, now), 'impact-empty');
    expect(flow).toContain('Tout le programme, toutes années confondues');
    expect(flow).toContain("Ce questionnaire n'a pas de question posée avant et après l'activité");
    expect(flow).toContain("Aucune classe n'a reçu ce questionnaire dans ce périmètre.");
    expect(flow).not.toContain('Satisfaction et retour');
  });
});

describe('impact report figures', () => {
  const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');
  it('groups large rank sums and counts by thousands, keeps halves, and never prints "-0,00" or "+0,00"', () => {
    expect(plain(formatRankSum(108763.5))).toBe('108 763,5');
    expect(plain(formatRankSum(99207))).toBe('99 207');
    expect(formatRankSum(151.5)).toBe('151,5');
    expect(plain(formatCount(12345))).toBe('12 345');
    expect(formatChange(-0.001, { min: 1, max: 5 })).toBe('0,00');
    expect(formatChange(0.004, { min: 1, max: 5 })).toBe('0,00');
    expect(formatChange(0.126, { min: 1, max: 5 })).toBe('+0,13');
    expect(formatChange(-4.25, { min: 0, max: 100 })).toBe('-4,3');
    expect(formatPValue(0.0004)).toBe('< 0,001');
    expect(formatPValue(0.0312)).toBe('0,031');
    expect(plain(formatRate(47 / 58))).toBe('81 %');
    expect(formatRate(null)).toBe('—');
  });

  it('writes English figures the English way', () => {
    expect(formatCount(12345, 'en')).toBe('12,345');
    expect(formatRankSum(108763.5, 'en')).toBe('108,763.5');
    expect(formatRate(47 / 58, 'en')).toBe('81%');
    expect(formatChange(0.126, { min: 1, max: 5 }, 'en')).toBe('+0.13');
    expect(formatInterval(0.12, 0.52, { min: 1, max: 5 }, 'en')).toBe('[0.12, 0.52]');
    expect(formatInterval(0.12, 0.52, { min: 1, max: 5 })).toBe('[0,12 ; 0,52]');
    expect(formatPValue(0.0004, 'en')).toBe('< 0.001');
  });
});
