import type { StageName } from "./stages.js";

/**
 * The questions a designer should be able to answer at each stage, after the booklet's
 * framework (restated). Exercises carry them as notes; handouts print them with room to write.
 * @public
 */
export const STAGE_QUESTIONS: Readonly<Record<StageName, readonly string[]>> = {
  setup: [
    "Which business objective does the system serve, and how will we know it moved?",
    "Where and when does a user see a prediction, and what happens when it is wrong?",
    "What are the limits on latency and cost, and is a false positive worse than a false negative?",
    "Which offline metric do we train against, and which online signal tells us it works?",
    "One model for everyone, one per group, or one per user?",
    "How much time, compute, skill and existing infrastructure do we have?",
  ],
  data: [
    "What goes in and what comes out, and is the problem framed so new items need no retraining?",
    "Which data exists today, and how do we collect what is missing?",
    "Where do labels come from, how many are there, how good are they and what do they cost?",
    "How do we collect user data and feedback, and how fast does it arrive?",
    "How are features built, normalized and kept free of missing values and class imbalance?",
    "Which data is personal, and how is it protected or kept on the device?",
    "Which biases could the data or its annotation carry?",
  ],
  modeling: [
    "What is the simplest model that could work, and which task type is this?",
    "Which baselines (random, human, simple heuristic) must the model beat?",
    "Can the model overfit a single batch, and is the random seed fixed while debugging?",
    "How are hyperparameters searched, and on which validation set?",
    "Does training need to scale out (data or model parallelism, mixed precision)?",
  ],
  serving: [
    "Which experiment shows the setup constraints hold with real users?",
    "How do user reactions tell us whether predictions are good?",
    "Do we retrain periodically or learn online?",
    "What happens below the confidence threshold: is there a fallback?",
    "Does inference run on the device or on a server, and why?",
    "How do we watch for drift, bias and misuse once it is live?",
  ],
};
