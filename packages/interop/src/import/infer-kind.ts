import type { NodeKind } from "@mlsd/core";
import type { FlowShape } from "../mermaid/ast.js";

/**
 * What a box in someone's flowchart most likely is, from the words of its label. Rules are
 * tried in order and the first match wins, so the specific ones come first ("Model
 * Registry" before "Model", "Training data" before "Training"). A label no rule knows stays
 * a `component`: a wrong guess costs a reader more than an honest "unknown".
 */
const RULES: readonly (readonly [NodeKind, RegExp])[] = [
  ["feature-store", /feature[\s_-]*store|\bfeast\b|\btecton\b|hopsworks/],
  ["model-registry", /registry|model (store|repository|catalog)|\bmodel hub\b/],
  ["user-feedback", /feedback|\bclicks?\b|user (reaction|behaviou?r|signal|rating)|\bratings?\b|implicit signal|\bchargebacks?\b/],
  [
    "human-review",
    /manual review|human|review queue|\banalysts?\b|moderat|\bfallback\b|escalat|\bmanual\b|\bexpert\b|\bagents? review|support (agent|team|staff)|call cent/,
  ],
  ["monitoring", /monitor|drift|observab|alert|prometheus|grafana|evidently|whylabs|arize|dashboard|\blogging\b|anomal(y|ies) detect/],
  ["ab-test", /\ba\s*\/\s*b\b|\bab[\s_-]*test|canary|shadow (deploy|mode|test)|online experiment|split test|bandit/],
  [
    "experiment-tracking",
    /experiment[\s_-]*track|\btracking\b|weights (&|and) biases|\bw&b\b|wandb|\bcomet\b|neptune|tensorboard|\bmlflow track/,
  ],
  // MLflow without "tracking" is most often drawn as the registry serving reads from.
  ["model-registry", /\bmlflow\b/],
  [
    "hyperparameter-search",
    /hyper[\s_-]*param|\bhpo\b|\btuning\b|\btune\b|optuna|grid search|random search|bayesian (search|opt)|\bkatib\b|\bray tune\b/,
  ],
  ["labeling", /\blabel(l?ing|l?ed|s)?\b|annotat|ground[\s_-]*truth|\bcrowd/],
  ["batch-prediction", /batch (predict|inference|scor|serv)|offline (predict|inference|scor)|bulk scor/],
  ["on-device-model", /on[\s_-]*device|\bedge (model|device|inference)|tflite|tensorflow lite|core\s?ml|\bmobile model|\bphone\b/],
  ["prediction-cache", /\bcache|\bredis\b|memcache/],
  ["baseline", /baseline|heuristic|rule[\s_-]*based|\brules engine/],
  [
    "dataset",
    /data[\s_-]*set|training (data|set|examples)|(test|eval(uation)?|golden|hold[\s_-]*out|validation) (data|set)\b|\bcorpus\b|\bsplits?\b|train\s*\/\s*test/,
  ],
  [
    "evaluation",
    /evaluat|\bmodel (validation|test|check)|backtest|metrics? (check|gate|ok)|performance (ok|check|gate)|cross[\s_-]*valid|hold[\s_-]*out|offline (eval|metric)|\bvalidate model|quality gate|\bapprov/,
  ],
  ["training-job", /\b(re)?train(ing|er)?\b|\bfit(ting)?\b|fine[\s_-]*tun|\blearn(ing|er)? (job|loop)/],
  [
    "feature-pipeline",
    /feature[\s_-]*(eng|pipe|extract|transform|comput|gen|build|prep)|featuri[sz]|\bembedd?ings?\b|vectori[sz]|\bencod(e|ing|er)\b|\btokeni[sz]/,
  ],
  [
    "stream-processor",
    /\bflink\b|stream(ing)? (process|job|aggregat|compute)|spark streaming|\bsamza\b|\bbeam\b|real[\s_-]*time (features?|aggregat)/,
  ],
  ["data-source", /\braw\b|data[\s_-]*sources?/],
  [
    "event-stream",
    /\bkafka\b|kinesis|pub\s*\/?\s*sub|event (stream|bus|log|hub|queue)|\bstreams?\b|\btopics?\b|\bqueue\b|rabbitmq|\bpulsar\b|\bevents?\b/,
  ],
  [
    "etl-job",
    /\betl\b|\belt\b|ingest|preprocess|pre-process|\bclean(ing|se)?\b|transform|\bspark\b|airflow|\bdbt\b|data (validation|quality|prep)|\bbatch job|\bwrangl|\bjoin\b|extract/,
  ],
  [
    "warehouse",
    /warehouse|data[\s_-]*lake|lakehouse|bigquery|snowflake|redshift|\bhdfs\b|\bs3\b|delta lake|\bhive\b|\bgcs\b|blob storage|object storage|\bstorage\b|data (store|platform)/,
  ],
  [
    "online-service",
    /\bserving\b|model serv|inference|\bpredictions?\b|\bpredict(ion|or)? (service|api|server)|(scor(e|ing)|recommend(ation|er)?|rank(ing|er)|classif(y|ication)|detection|forecast(ing)?) (service|api|server)|triton|torchserve|kserve|seldon|bentoml|endpoint|\bdeploy(ment|ed)?\b|real[\s_-]*time (scor|predict)|online (predict|scor)/,
  ],
  [
    "model",
    /\bmodels?\b|classifier|regressor|\branker\b|neural|\bnetwork\b|xgboost|lightgbm|catboost|random forest|\bbert\b|\bllm\b|\bgpt\b|\bcnn\b|\brnn\b|\blstm\b|transformer|\bensemble\b|\bdnn\b|\bweights\b|\bcheckpoint/,
  ],
  [
    "objective",
    /objective|\bgoals?\b|business|\bkpis?\b|problem (definition|statement|framing)|requirement|use[\s_-]*case|success criteria/,
  ],
  [
    "constraint",
    /constraint|\bbudget\b|\bsla\b|\bslo\b|latency (budget|limit|requirement|target)|deadline|compliance|\bprivacy\b|\bregulat|\bgdpr\b/,
  ],
  ["metric", /\bmetrics?\b|\baccuracy\b|precision|recall|\bauc\b|\bndcg\b|\bf1\b|\bctr\b|\brmse\b|\bmape\b/],
  [
    "data-source",
    /raw data|data[\s_-]*sources?|\bsources?\b|database|\bdb\b|\blogs?\b|postgres|mysql|mongo|sensors?|\bcrm\b|transactions|clickstream|\bcsv\b|\buploads?\b|\bscrap|crawl|\bimages?\b|\bdata\b/,
  ],
  [
    "application",
    /\bapp(s|lication)?\b|\busers?\b|\bclients?\b|\bcustomers?\b|front[\s_-]*end|\bui\b|website|web (app|site|page)|\bproduct\b|browser|mobile|\bcheckout\b|\bsearch (page|results|bar)\b/,
  ],
];

/**
 * What decided a part's kind: a class named after the kind, its label, its shape, or nothing (`unknown`: a `component`).
 * @public
 */
export type KindReason = "class" | "label" | "shape" | "unknown";

/**
 * The kind for a label and shape, and why. A cylinder the words do not place is a data
 * source (a database drawn the usual way); a decision diamond about quality is an evaluation.
 */
export const inferKind = (label: string, shape: FlowShape): { kind: NodeKind; reason: KindReason } => {
  const words = label.toLowerCase().normalize("NFKC");
  for (const [kind, re] of RULES) if (re.test(words)) return { kind, reason: "label" };
  if (shape === "cylinder") return { kind: "data-source", reason: "shape" };
  return { kind: "component", reason: "unknown" };
};
