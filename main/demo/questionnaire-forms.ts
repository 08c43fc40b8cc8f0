/**
 * Simulated pupils and their paper forms for the demo's before/after questionnaires (issue 5). Pure: the
 * seeded generator in, codes and answers out; main/demo/questionnaires.ts writes them.
 *
 * Each pupil has a latent attitude per dimension (standard normal); an answer is that attitude put on the
 * Likert scale with some noise, turned around for reverse-keyed items (agreeing = more stereotyped), so the
 * dimension scores hang together the way real answers do. After the activity the attitude moves up by the
 * class's effect (small: a few tenths of a point), which is what the analysis should find.
 */
import type { DemoRandom } from './random';
import { answerRange, CODE_PARTS, type CodePart, type Dimension, type TemplateItem } from '../../shared/domain/questionnaires/templates';

export interface DemoPupil {
  /** The characters of each code part this pupil would write. */
  readonly parts: Readonly<Record<CodePart, string>>;
  readonly attitude: Readonly<Record<Dimension, number>>;
}

export interface DemoAnswer {
  itemId: number;
  value: number | null;
  text: string;
}

/** First letters of first names, weighted roughly as in a Liège class (many A, M, S, N; few W, X, Q). */
const FIRST_LETTERS = 'AAAAAAMMMMMMSSSSSNNNNLLLLCCCKKKFFFYYJJJEEIIHHRRDDBBGOTZPVW';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Where each dimension starts (mean answer on 1–5, before) and how far a typical activity moves it. */
const BASELINE: Partial<Record<Dimension, { mean: number; shift: number }>> = {
  stereotypes: { mean: 3.3, shift: 0.2 },
  migration_knowledge: { mean: 2.8, shift: 0.4 },
  empathy: { mean: 3.6, shift: 0.15 },
};

const PUPIL_COMMENTS = [
  "C'était trop bien !",
  "J'ai bien aimé le jeu où on devait deviner d'où venaient les objets.",
  "On pourrait le refaire l'année prochaine ?",
  "Je ne savais pas que ma rue avait une histoire comme ça.",
  'Un peu long à la fin.',
  "J'ai appris plein de choses sur les pays.",
  'Merci !',
  'La vidéo était un peu difficile à comprendre.',
  "J'ai aimé qu'on puisse poser des questions.",
  "Ma famille aussi vient d'ailleurs, c'était bien d'en parler.",
  "c'etait chouette",
  'On a beaucoup rigolé mais on a aussi appris.',
  "J'aimerais en savoir plus sur les enfants réfugiés.",
  'Trop court !',
  "J'ai préféré la partie avec les dessins.",
  'Je vais en parler à mes parents.',
];

const TEACHER_COMMENTS = [
  'Très bonne animation, les élèves en parlent encore.',
  'Prévoir un peu plus de temps pour la discussion finale.',
  'Support bien adapté ; un peu difficile pour les plus jeunes de la classe.',
  "Les élèves ont posé beaucoup de questions, l'intervenant·e était à l'écoute.",
  'Nous avons prolongé le travail en classe avec des dessins et une petite exposition.',
  'Bonne préparation en amont, les documents envoyés étaient utiles.',
  'Certains élèves étaient réservés au début, puis très participatifs.',
  'À reprogrammer l’an prochain avec les deux classes de 5e.',
];

/** A standard normal draw (Box–Muller) from the seeded generator. */
export function normal(random: DemoRandom): number {
  const u = Math.max(random.next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

export function makePupil(random: DemoRandom): DemoPupil {
  const parts: Record<CodePart, string> = {
    mother_first_letter: FIRST_LETTERS[Math.floor(random.next() * FIRST_LETTERS.length)]!,
    father_first_letter: FIRST_LETTERS[Math.floor(random.next() * FIRST_LETTERS.length)]!,
    own_first_letter: FIRST_LETTERS[Math.floor(random.next() * FIRST_LETTERS.length)]!,
    birth_day: twoDigits(random.int(1, 31)),
    birth_month: twoDigits(random.int(1, 12)),
    street_first_letter: LETTERS[random.int(0, 25)]!,
    siblings_count: String(random.int(0, 4)),
  };
  // Attitudes are correlated: a pupil open to others tends to be so on every dimension.
  const general = normal(random);
  const attitude = {} as Record<Dimension, number>;
  for (const dimension of ['stereotypes', 'migration_knowledge', 'empathy', 'satisfaction', 'observed_change', 'comments', 'other'] as const) {
    attitude[dimension] = 0.6 * general + 0.8 * normal(random);
  }
  return { parts, attitude };
}

export function pupilCode(pupil: DemoPupil, recipe: readonly CodePart[]): string {
  return recipe.map((part) => pupil.parts[part]).join('');
}

/** Character kinds of a recipe's code, position by position ("L", "D"). */
function kinds(recipe: readonly CodePart[]): string[] {
  return recipe.flatMap((part) => Array.from({ length: CODE_PARTS[part].length }, () => (CODE_PARTS[part].kind === 'letter' ? 'L' : 'D')));
}

/**
 * The code as a child might miscopy it: one character off (a neighbouring letter or digit) or two
 * neighbouring characters of the same kind swapped — the tolerant candidates of pairing.ts. The result still
 * follows the recipe (letters where letters go), so it is a code the entry grid accepts.
 */
export function miswrite(random: DemoRandom, code: string, recipe: readonly CodePart[]): string {
  const pattern = kinds(recipe);
  const chars = [...code];
  const swaps = pattern.flatMap((kind, index) => (index + 1 < pattern.length && pattern[index + 1] === kind && chars[index] !== chars[index + 1] ? [index] : []));
  if (swaps.length > 0 && random.next() < 0.4) {
    const at = random.pick(swaps);
    [chars[at], chars[at + 1]] = [chars[at + 1]!, chars[at]!];
    return chars.join('');
  }
  const at = random.int(0, chars.length - 1);
  const alphabet = pattern[at] === 'L' ? LETTERS : '0123456789';
  const index = alphabet.indexOf(chars[at]!);
  const step = index === 0 ? 1 : index === alphabet.length - 1 ? -1 : random.next() < 0.5 ? -1 : 1;
  chars[at] = alphabet[index + step]!;
  return chars.join('');
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export interface FormContext {
  phase: 'before' | 'after';
  /** How much this class moved (1 = a typical activity, 0 = no change). */
  effect: number;
  /** How much this class liked the activity, 0 to 1. */
  liking: number;
  /** Share of items left blank. */
  blankRate: number;
}

/** One numeric answer of a scored item: the attitude on the scale, turned around when reverse-keyed. */
function scoredAnswer(random: DemoRandom, item: TemplateItem, pupil: DemoPupil, context: FormContext): number {
  const range = answerRange(item) ?? { min: 1, max: 5 };
  const base = BASELINE[item.dimension] ?? { mean: 3.2, shift: 0.2 };
  const span = (range.max - range.min) / 4;
  const shift = context.phase === 'after' ? base.shift * context.effect : 0;
  const agreeWithOpenness = base.mean + (pupil.attitude[item.dimension] * 0.9 + shift + normal(random) * 0.7);
  const onScale = clamp(Math.round(range.min + (agreeWithOpenness - 1) * span), range.min, range.max);
  return item.reverseKeyed ? range.min + range.max - onScale : onScale;
}

/** After-only items of a pupil form: how much they liked it (likert, 0–10), and now and then a comment. */
function satisfactionAnswer(random: DemoRandom, item: TemplateItem, context: FormContext): number {
  const range = answerRange(item) ?? { min: 1, max: 5 };
  const share = clamp(0.55 + 0.35 * context.liking + normal(random) * 0.18, 0, 1);
  return clamp(Math.round(range.min + share * (range.max - range.min)), range.min, range.max);
}

/** A pupil's answers to the items of a phase (some left blank; comments on about one form in eight). */
export function pupilAnswers(random: DemoRandom, items: readonly TemplateItem[], pupil: DemoPupil, context: FormContext): DemoAnswer[] {
  return items.map((item) => {
    if (item.answerType === 'free_text') {
      return { itemId: item.id, value: null, text: random.next() < 0.12 ? random.pick(PUPIL_COMMENTS) : '' };
    }
    if (random.next() < context.blankRate) return { itemId: item.id, value: null, text: '' };
    const scored = item.phase === 'both';
    return { itemId: item.id, value: scored ? scoredAnswer(random, item, pupil, context) : satisfactionAnswer(random, item, context), text: '' };
  });
}

/** A teacher's feedback form: satisfied on the whole, changes observed now and then, a comment one time in two. */
export function teacherAnswers(random: DemoRandom, items: readonly TemplateItem[], context: FormContext): DemoAnswer[] {
  return items.map((item) => {
    if (item.answerType === 'free_text') return { itemId: item.id, value: null, text: random.next() < 0.5 ? random.pick(TEACHER_COMMENTS) : '' };
    if (item.answerType === 'yes_no') return { itemId: item.id, value: random.next() < 0.75 + 0.2 * context.liking ? 1 : 0, text: '' };
    const range = answerRange(item) ?? { min: 1, max: 5 };
    const level = item.dimension === 'observed_change' ? 0.4 + 0.4 * context.effect : 0.6 + 0.35 * context.liking;
    const share = clamp(level + normal(random) * 0.15, 0, 1);
    return { itemId: item.id, value: clamp(Math.round(range.min + share * (range.max - range.min)), range.min, range.max), text: '' };
  });
}
