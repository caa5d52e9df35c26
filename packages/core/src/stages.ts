/** The four stages of the framework, in their fixed order. */
export const STAGE_IDS = ["setup", "data", "modeling", "serving"] as const;
export type StageName = (typeof STAGE_IDS)[number];
/**
 * Stage ids are a closed literal union, which the compiler already keeps apart from any
 * other string: no brand is needed. `StageId(s)` checks a string at run time.
 */
export type StageId = StageName;

export const StageId = (id: string): StageId => {
  if (!isStageId(id)) throw new Error(`unknown stage "${id}"; expected one of ${STAGE_IDS.join(", ")}`);
  return id;
};

export interface StageInfo {
  readonly id: StageName;
  readonly title: string;
  readonly order: number;
  readonly summary: string;
}

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

export const isStageId = (value: unknown): value is StageName =>
  typeof value === "string" && (STAGE_IDS as readonly string[]).includes(value);

export const stageInfo = (id: StageName): StageInfo => {
  const info = STAGES.find((s) => s.id === id);
  if (!info) throw new Error(`unknown stage "${id}"`);
  return info;
};

/** Negative when a comes before b in the lifecycle. */
export const compareStages = (a: StageName, b: StageName): number => stageInfo(a).order - stageInfo(b).order;
