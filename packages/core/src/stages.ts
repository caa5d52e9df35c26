/**
 * The four stages of the framework, in their fixed order.
 * @public
 */
export const STAGE_IDS = ["setup", "data", "modeling", "serving"] as const;
/**
 * The id of one of the four stages.
 * @public
 */
export type StageName = (typeof STAGE_IDS)[number];
/**
 * Stage ids are a closed literal union, which the compiler already keeps apart from any
 * other string: no brand is needed. `StageId(s)` checks a string at run time.
 * @public
 */
export type StageId = StageName;

/**
 * Checks that a string names a stage and returns it as a `StageId`; throws otherwise.
 * @public
 */
export const StageId = (id: string): StageId => {
  if (!isStageId(id)) throw new Error(`unknown stage "${id}"; expected one of ${STAGE_IDS.join(", ")}`);
  return id;
};

/**
 * A stage's id, title, place in the lifecycle and one-line summary.
 * @public
 */
export interface StageInfo {
  readonly id: StageName;
  readonly title: string;
  readonly order: number;
  readonly summary: string;
}

/**
 * The four stages with their titles and summaries, in lifecycle order.
 * @public
 */
export const STAGES: readonly StageInfo[] = [
  {
    id: "setup",
    title: "Project setup",
    order: 0,
    summary: "What the system is for, how success is measured and which limits it must respect.",
  },
  {
    id: "data",
    title: "Data pipeline",
    order: 1,
    summary: "Where the data comes from, how it is labelled, stored and turned into features.",
  },
  {
    id: "modeling",
    title: "Modeling",
    order: 2,
    summary: "Choosing, training, debugging, tuning and evaluating the model.",
  },
  {
    id: "serving",
    title: "Serving",
    order: 3,
    summary: "Getting predictions to users, watching them, and learning from the reactions.",
  },
];

/**
 * Whether a value names one of the four stages.
 * @public
 */
export const isStageId = (value: unknown): value is StageName =>
  typeof value === "string" && (STAGE_IDS as readonly string[]).includes(value);

/**
 * The title, order and summary of a stage.
 * @public
 */
export const stageInfo = (id: StageName): StageInfo => {
  const info = STAGES.find((s) => s.id === id);
  if (!info) throw new Error(`unknown stage "${id}"`);
  return info;
};

/**
 * Negative when a comes before b in the lifecycle.
 * @public
 */
export const compareStages = (a: StageName, b: StageName): number => stageInfo(a).order - stageInfo(b).order;
