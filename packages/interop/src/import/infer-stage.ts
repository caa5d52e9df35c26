import type { StageId } from "@mlsd/core";

/**
 * Which stage a group's title names, if any: "Model Training & Validation" → modeling,
 * "Deployment" → serving. "Training data" is data, not modeling, so it is tried first;
 * a plain "Environment setup" names no stage of the framework.
 */
const STAGE_WORDS: readonly (readonly [StageId, RegExp])[] = [
  ["setup", /project setup|problem|business|objective|\bgoals?\b|requirement|scoping|framing/],
  ["serving", /serv(e|ing)|deploy|production|inference|online|monitor|operat|runtime|\bapps?\b|application|feedback|prediction/],
  ["data", /training data|data[\s_-]*set|data (pipeline|ingestion|prep|collection|management|layer|sources?|engineering)|feature/],
  ["modeling", /model(l)?ing|\bmodels?\b|training|\btrain\b|experiment|development|research|evaluation/],
  ["data", /\bdata\b|ingest|\betl\b|storage|collect|label|preprocess|sources?/],
];

export const stageNamedBy = (title: string): StageId | null => {
  const words = title.toLowerCase();
  for (const [stage, re] of STAGE_WORDS) if (re.test(words)) return stage;
  return null;
};
