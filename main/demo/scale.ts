/**
 * How much demo data to generate (issue 19). 'demo' is the demo everyone knows: its rows are the ones the e2e
 * tests and the docs rely on, and nothing here changes them. 'full' is ten years of a city programme at the
 * size the benchmark measures (per school year: ~300 activities, ~150,000 questionnaire answers; housing: 200
 * units and 2,000 address registrations per year generated, and the stays that follow from the units' active
 * years — a programme that grows, so ~15,000 at ten years but fewer per year over one or two).
 */
export const DEMO_SCALES = ['demo', 'full'] as const;
export type DemoScale = (typeof DEMO_SCALES)[number];

export function isDemoScale(value: string): value is DemoScale {
  return (DEMO_SCALES as readonly string[]).includes(value);
}

export interface ScaleCounts {
  /** Events aimed at per school year (the scheduling rules may refuse a few). */
  eventsPerYear: number;
  pupilsPerClass: readonly [number, number];
  /** At most this many classes of one school at an activity. */
  classesPerEvent: number;
  /** Share of held school events whose classes answered the questionnaires; undefined: by kind, as the demo. */
  questionnaireShare: number | undefined;
  /** Housing in bulk on top of the demo's story, per year generated; null: the story only. */
  housingPerYear: { units: number; registrations: number } | null;
}

export const SCALE_COUNTS: Readonly<Record<DemoScale, ScaleCounts>> = {
  demo: { eventsPerYear: 160, pupilsPerClass: [14, 26], classesPerEvent: 2, questionnaireShare: undefined, housingPerYear: null },
  // Classes of ~22 pupils answering before and after at nearly every held activity: ~150,000 answers a year.
  full: { eventsPerYear: 300, pupilsPerClass: [18, 26], classesPerEvent: 3, questionnaireShare: 0.95, housingPerYear: { units: 200, registrations: 2000 } },
};
