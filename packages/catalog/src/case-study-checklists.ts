// What each case-study diagram must show, written from the domain notes on the twelve
// write-ups (shared/domain/case-studies.md). Used only by case-studies.test.ts: checks go by
// node kind and by keywords in a node's text, never by exact labels, so wording may change
// but a dropped element (the Hudi tables, the Cassandra store, the fallback path) fails.
import type { DesignNode, Document, NodeKind, SourceInfo } from "@mlsd/core";

export interface Requirement {
  /** Shown when the element is missing. */
  what: string;
  /** Kinds that may play the part; any kind when empty. */
  kinds: readonly NodeKind[];
  /** Tested, case-insensitively, against the node's label, notes and string properties. */
  match?: RegExp;
  /** A further condition on the node, typically a property figure from the write-up. */
  where?: (node: DesignNode) => boolean;
  /** How many distinct nodes must qualify (1 unless told). */
  min?: number;
}

/** A feedback edge the write-up describes: from a node of one of `from` kinds to one of `to`. */
export interface Loop {
  what: string;
  from: readonly NodeKind[];
  to: readonly NodeKind[];
}

export interface CaseStudyChecklist {
  source: SourceInfo;
  requirements: readonly Requirement[];
  loops: readonly Loop[];
}

/** The words of a node that a keyword may match: label, notes and string property values. */
export const nodeText = (node: DesignNode): string =>
  [node.label, node.notes ?? "", ...Object.values(node.props).filter((v): v is string => typeof v === "string")].join(" \n ");

const propOf = (node: DesignNode, key: string): unknown => (node.props as Record<string, unknown>)[key];

export const nodesMeeting = (doc: Document, r: Requirement): DesignNode[] =>
  doc.nodes.filter(
    (n) =>
      (r.kinds.length === 0 || r.kinds.includes(n.kind)) &&
      (r.match === undefined || new RegExp(r.match.source, "i").test(nodeText(n))) &&
      (r.where === undefined || r.where(n)),
  );

/** The requirements and loops of a checklist the document does not meet, as readable lines. */
export const missingElements = (doc: Document, checklist: CaseStudyChecklist): string[] => {
  const kindOf = new Map(doc.nodes.map((n) => [n.id, n.kind]));
  const missing = checklist.requirements
    .filter((r) => nodesMeeting(doc, r).length < (r.min ?? 1))
    .map((r) => `missing ${r.what} (${r.kinds.join(" | ") || "any kind"}${r.match ? ` ~ ${r.match}` : ""})`);
  for (const loop of checklist.loops) {
    const found = doc.edges.some(
      (e) =>
        e.kind === "feedback" && loop.from.includes(kindOf.get(e.source) as NodeKind) && loop.to.includes(kindOf.get(e.target) as NodeKind),
    );
    if (!found) missing.push(`missing feedback loop: ${loop.what} (${loop.from.join(" | ")} → ${loop.to.join(" | ")})`);
  }
  return missing;
};

// ── small builders ───────────────────────────────────────────────────────────
const need = (what: string, kinds: readonly NodeKind[], match?: RegExp, where?: (n: DesignNode) => boolean, min?: number): Requirement => ({
  what,
  kinds,
  ...(match ? { match } : {}),
  ...(where ? { where } : {}),
  ...(min ? { min } : {}),
});
const prop =
  (key: string, test: (v: unknown) => boolean) =>
  (n: DesignNode): boolean =>
    test(propOf(n, key));
const is = (value: unknown) => (v: unknown) => v === value;
const atLeast = (min: number) => (v: unknown) => typeof v === "number" && v >= min;
const matches = (re: RegExp) => (v: unknown) => typeof v === "string" && re.test(v);

const FEEDBACK_SOURCES: readonly NodeKind[] = ["user-feedback", "monitoring", "ab-test", "human-review", "application"];

export const CASE_STUDY_CHECKLISTS: Readonly<Record<string, CaseStudyChecklist>> = {
  "airbnb-home-value": {
    source: {
      title: "Using Machine Learning to Predict Value of Homes On Airbnb",
      author: "Robert Chang",
      venue: "Airbnb Engineering & Data Science",
      year: 2017,
      url: "https://medium.com/airbnb-engineering/using-machine-learning-to-predict-value-of-homes-on-airbnb-9272d3d4739d",
    },
    requirements: [
      need("the business goal: listing value", ["objective"], /value|ltv/),
      need("the Hive warehouse", ["warehouse"], /hive/, (n) => n.stage === "data"),
      need("the Zipline feature repository", ["feature-store"], /zipline|feature repo/),
      need("point-in-time training data", ["dataset", "feature-store"], /point-in-time|as of/),
      need("notebook prototyping", [], /notebook|jupyter/, (n) => n.stage === "modeling"),
      need("a scikit-learn style transformer pipeline", ["feature-pipeline"], /pipeline|transformer|scikit/),
      need("a gradient-boosted tree regressor", ["model"], /boost|gbt|xgboost/, prop("task", is("regression"))),
      need(
        "model selection with cross-validation",
        ["hyperparameter-search", "evaluation"],
        /model selection|automl|cross-valid/,
        undefined,
        2,
      ),
      need("ML Automator turning the notebook into Airflow jobs", [], /automator/),
      need("scheduled Airflow training", ["training-job"], /airflow/),
      need("batch scoring on Airflow", ["batch-prediction"], /airflow/),
      need("scores written back to the warehouse", ["warehouse", "batch-prediction"], /hive|warehouse/, (n) => n.stage === "serving", 2),
      need("downstream consumers of the scores", ["application"], undefined, undefined, 2),
    ],
    loops: [{ what: "realized value becomes new labels", from: FEEDBACK_SOURCES, to: ["labeling", "warehouse", "data-source"] }],
  },
  "netflix-streaming-quality": {
    source: {
      title: "Using Machine Learning to Improve Streaming Quality at Netflix",
      author: "Chaitanya Ekanadham",
      venue: "Netflix Technology Blog",
      year: 2018,
      url: "https://medium.com/netflix-techblog/using-machine-learning-to-improve-streaming-quality-at-netflix-9651263ef09f",
    },
    requirements: [
      need("117 M members", ["application"], undefined, prop("users", matches(/117\s*M/))),
      need("playback telemetry", ["data-source"], /telemetry|playback/),
      need("network throughput history", ["dataset", "data-source", "warehouse"], /throughput|network/),
      need("a network quality / throughput predictor", ["model"], /network|throughput/),
      need("adaptive bitrate selection on the client", ["on-device-model"], /bitrate/),
      need("a next-play predictor for predictive caching", ["model"], /play/, prop("task", is("classification"))),
      need("predictive caches on device and near the member", ["prediction-cache"], undefined, undefined, 2),
      need("device anomaly detection on client logs", ["model"], /anomal/, prop("task", is("detection"))),
      need("client device logs", ["data-source"], /device|client/),
      need("anomaly alerts", ["monitoring"], /anomal/, prop("alerting", is(true))),
      need("the real-time constraint on the client", ["constraint"], /real.?time/, prop("type", is("latency"))),
    ],
    loops: [
      { what: "playback outcomes flow back into telemetry", from: ["user-feedback", "application"], to: ["data-source"] },
      { what: "confirmed incidents become anomaly labels", from: ["human-review", "monitoring"], to: ["labeling"] },
    ],
  },
  "booking-150-models": {
    source: {
      title: "150 Successful Machine Learning Models: 6 Lessons Learned at Booking.com",
      author: "Bernardi et al. (summary by Adrian Colyer)",
      venue: "KDD",
      year: 2019,
      url: "https://blog.acolyer.org/2019/10/07/150-successful-machine-learning-models/",
    },
    requirements: [
      need("about 150 models", ["model-registry"], undefined, prop("models", is(150))),
      need("prediction models (traveller preferences, context)", ["model"], /traveller|preference|context/),
      need("optimisation models (which images / reviews)", ["model"], /content|curation|image|review/),
      need("a business metric", ["metric"], undefined, prop("scope", is("business"))),
      need("an offline model metric", ["metric"], undefined, prop("scope", is("offline"))),
      need("offline evaluation that does not gate launches", ["evaluation"], undefined, prop("gate", is(false))),
      need("a serving latency constraint", ["constraint"], /latency|conversion/, prop("type", is("latency"))),
      need("the in-house prediction service", ["online-service"], /prediction service/),
      need("precomputation and caching", ["prediction-cache"], /precomput|cach/),
      need("sparse / simple models", ["model"], /sparse|linear/),
      need("response distribution analysis as early feedback", ["monitoring"], /distribution/),
      need("late labels", ["labeling"], undefined, prop("delay", matches(/week|month/))),
      need("randomised controlled trials", ["ab-test"], /random|a\/b|controlled/),
    ],
    loops: [
      { what: "user reactions become (late) labels", from: ["user-feedback"], to: ["labeling"] },
      { what: "experiments send teams back to problem framing", from: ["ab-test"], to: ["objective", "metric"] },
    ],
  },
  "chicisimo-fashion": {
    source: {
      title: "How we grew from 0 to 4 million women on our fashion app, with a vertical machine learning approach",
      author: "Gabriel Aldamiz",
      venue: "HackerNoon",
      year: 2018,
      url: "https://medium.com/hackernoon/how-we-grew-from-0-to-4-million-women-on-our-fashion-app-with-a-vertical-machine-learning-approach-f8b7fc0a89d7",
    },
    requirements: [
      need("automated outfit advice as the goal", ["objective"], /outfit/),
      need("retention as the product metric", ["metric"], /retention/),
      need("user-generated outfits", ["data-source"], /outfit/, prop("personalData", is(true))),
      need("labels from users' own descriptions", ["labeling"], undefined, prop("source", is("user-feedback"))),
      need("a fashion ontology / taxonomy", ["component", "dataset", "warehouse", "labeling", "feature-store"], /ontology|taxonomy/),
      need("a taste profile per user", ["feature-store", "dataset"], /taste/),
      need("an outfit recommender", ["model"], /outfit|recommend/, prop("task", is("recommendation"))),
      need("4 million women on the app", ["application"], undefined, prop("users", matches(/4 million/))),
      need("feedback from app usage", ["user-feedback"]),
      need("retention tracking", ["monitoring"], /retention/),
    ],
    loops: [{ what: "app usage creates more outfits and descriptions", from: ["user-feedback"], to: ["data-source", "labeling"] }],
  },
  "airbnb-experiences-ranking": {
    source: {
      title: "Machine Learning-Powered Search Ranking of Airbnb Experiences",
      author: "Mihajlo Grbovic",
      venue: "Airbnb Engineering & Data Science",
      year: 2019,
      url: "https://medium.com/airbnb-engineering/machine-learning-powered-search-ranking-of-airbnb-experiences-110b4b1a0789",
    },
    requirements: [
      need("a gradient-boosted decision tree ranker", ["model"], /gbdt|boost/, prop("task", is("ranking"))),
      need("experience features", ["feature-pipeline"], /experience/),
      need("personalisation features from clicks and bookings", ["feature-pipeline"], /personal|click/),
      need("search logs of clicks and bookings", ["data-source"], /search|click/),
      need("labels from bookings", ["labeling"], /book/),
      need("a random-order baseline before the first model", ["baseline"], undefined, prop("type", is("random"))),
      need("offline ranking metrics such as NDCG", ["metric", "evaluation"], /ndcg/),
      need("rankings precomputed offline", ["prediction-cache"], /precomput/),
      need("online scoring at request time", ["online-service"], /online|scor/),
      need(
        "business rules for quality and diversity",
        [],
        /business rule/,
        (n) => /quality/i.test(nodeText(n)) && /diversity/i.test(nodeText(n)),
      ),
      need("A/B tests on bookings", ["ab-test"], /book/),
    ],
    loops: [{ what: "clicks and bookings become new labels", from: ["user-feedback"], to: ["labeling"] }],
  },
  "lyft-fraud": {
    source: {
      title: "From shallow to deep learning in fraud",
      author: "Hao Yi Ong",
      venue: "Lyft Engineering",
      year: 2018,
      url: "https://eng.lyft.com/from-shallow-to-deep-learning-in-fraud-9dafcbcef743",
    },
    requirements: [
      need("payment events", ["data-source"], /payment/),
      need("ride events", ["data-source"], /ride/),
      need("labels from chargebacks and reviews", ["labeling"], /chargeback/),
      need("logistic regression", ["model"], /logistic/),
      need("gradient-boosted trees", ["model"], /boost|tree|xgboost/),
      need("deep learning on event sequences", ["model"], /deep|neural|cnn|rnn|fingerprint/),
      need("the interpretability trade-off", ["constraint"], /interpret|explain/),
      need("a scoring / decision service", ["online-service"], /decision|scor/),
      need("allow, challenge or block", [], /allow/, (n) => /challenge/i.test(nodeText(n)) && /block/i.test(nodeText(n))),
      need("manual review of uncertain cases", ["human-review"], /manual|review/),
      need("classification models", ["model"], undefined, prop("task", is("classification")), 3),
    ],
    loops: [{ what: "reviews and disputes become labels", from: ["user-feedback", "human-review"], to: ["labeling"] }],
  },
  "instacart-groceries": {
    source: {
      title: "Space, Time and Groceries",
      author: "Jeremy Stanley",
      venue: "Tech at Instacart",
      year: 2017,
      url: "https://tech.instacart.com/space-time-and-groceries-a315925acf3a",
    },
    requirements: [
      need("a shopping-time prediction", ["model"], /shop/, prop("task", is("regression"))),
      need("a delivery / travel-time prediction", ["model"], /deliver|travel|drive/, prop("task", is("regression"))),
      need("assignment of orders to shoppers", [], /assign/),
      need("efficient paths / routing", [], /rout|path/),
      need("GPS / location data", ["data-source", "event-stream"], /gps|shopper location/),
      need("order data", ["data-source"], /order/),
      need("metric selection", ["metric"], /late|efficien/),
      need("map visualisations", [], /map|visuali/),
      need("a delivery window constraint", ["constraint"], /window/),
    ],
    loops: [{ what: "delivery outcomes become new time labels", from: ["user-feedback", "application"], to: ["labeling", "data-source"] }],
  },
  "uber-big-data": {
    source: {
      title: "Uber's Big Data Platform: 100+ Petabytes with Minute Latency",
      author: "Reza Shiftehfar",
      venue: "Uber Engineering",
      year: 2018,
      url: "https://eng.uber.com/uber-big-data-platform/",
    },
    requirements: [
      need("the Vertica warehouse (generation 1)", ["warehouse"], /vertica/),
      need("the Hadoop data lake on HDFS", ["warehouse"], /hadoop/),
      need("Hudi tables", ["warehouse"], /hudi/),
      need("Hudi ingestion with upserts", ["etl-job"], /hudi/, (n) => /upsert/i.test(nodeText(n))),
      need("more than 100 PB", ["warehouse"], undefined, prop("sizeTb", atLeast(100_000))),
      need("minute-level freshness", ["constraint"], /minute/, prop("type", is("latency"))),
      need("Kafka for event ingestion", ["event-stream"], /kafka/),
      need("Hive", [], /hive/),
      need("Presto", [], /presto/),
      need("Spark", [], /spark/),
      need("snapshot ingestion of the older generation", ["etl-job"], /snapshot/),
      need("city operations as a consumer", ["application"], /city|operations/),
      need("data scientists / analysts as consumers", ["application"], /analyst|data scien/),
      need("ML training as a consumer", ["training-job"]),
    ],
    loops: [{ what: "product usage produces new events for the lake", from: ["application"], to: ["data-source", "event-stream"] }],
  },
  "dropbox-ocr": {
    source: {
      title: "Creating a Modern OCR Pipeline Using Computer Vision and Deep Learning",
      author: "Brad Neuberg",
      venue: "Dropbox Engineering",
      year: 2017,
      url: "https://blogs.dropbox.com/tech/2017/04/creating-a-modern-ocr-pipeline-using-computer-vision-and-deep-learning/",
    },
    requirements: [
      need("a word detector", ["model"], /detect/, prop("task", is("detection"))),
      need("a word recogniser with convolutional + recurrent layers and CTC", ["model"], /recogni/, (n) =>
        ["cnn|convolution", "lstm|recurrent", "ctc"].every((k) => new RegExp(k, "i").test(nodeText(n))),
      ),
      need("synthetic training data", ["labeling"], undefined, prop("source", is("synthetic"))),
      need("an in-house annotation platform", ["labeling"], /annotat/, prop("source", is("human"))),
      need("GPU training", ["training-job"], undefined, prop("hardware", is("gpu"))),
      need("hyperparameter tuning", ["hyperparameter-search"]),
      need("CPU inference in production, one pipeline per model", ["online-service"], undefined, prop("hardware", is("cpu")), 2),
      need("the commercial OCR it replaced", ["baseline"], /commercial/),
      need("the mobile document scanner", ["application"], /scan/),
    ],
    loops: [{ what: "production failures go back to labelling", from: ["monitoring", "user-feedback", "human-review"], to: ["labeling"] }],
  },
  "uber-michelangelo": {
    source: {
      title: "Scaling Machine Learning at Uber with Michelangelo",
      author: "Jeremy Hermann and Mike Del Balso",
      venue: "Uber Engineering",
      year: 2019,
      url: "https://eng.uber.com/scaling-michelangelo/",
    },
    requirements: [
      need("the data lake", ["warehouse"], /hadoop|hdfs|data lake/),
      need("batch features with Spark / Hive", ["etl-job"], /spark|hive/),
      need("Kafka streams", ["event-stream"], /kafka/),
      need("streaming features", ["stream-processor"]),
      need("an offline feature store", ["feature-store"], undefined, prop("mode", is("offline"))),
      need("an online feature store on Cassandra", ["feature-store"], /cassandra/, prop("mode", is("online"))),
      need("distributed training", ["training-job"], undefined, prop("distributed", is(true))),
      need("model evaluation", ["evaluation"]),
      need("the model repository", ["model-registry"], /repositor/),
      need("the online prediction service", ["online-service"]),
      need("batch prediction jobs", ["batch-prediction"]),
      need("monitoring predictions against observed outcomes", ["monitoring"], /outcome/),
    ],
    loops: [
      { what: "observed outcomes become labels", from: ["user-feedback", "monitoring"], to: ["labeling"] },
      { what: "monitoring triggers retraining", from: ["monitoring"], to: ["training-job"] },
    ],
  },
  "netflix-dl-recsys": {
    source: {
      title: "Deep Learning for Recommender Systems",
      author: "Justin Basilico",
      venue: "Netflix",
      year: 2018,
      url: "https://bit.ly/2XXLEDV",
    },
    requirements: [
      need("over $1B of value a year", ["objective"], undefined, prop("target", matches(/\$1B|billion/i))),
      need("member interaction history", ["data-source"], /interaction|history/),
      need("request context", ["data-source", "feature-pipeline"], /context/),
      need("candidate generation", ["model"], /candidate/),
      need("a personalised ranking model", ["model"], /personali[sz]ed rank|ranker/, prop("task", is("ranking"))),
      need("page construction", ["model"], /page/),
      need("a deep sequence / context model", ["model"], /sequence|deep/),
      need("matrix factorisation as the starting point", ["baseline"], /matrix factori/),
      need("offline metrics", ["metric"], undefined, prop("scope", is("offline"))),
      need("online A/B tests", ["ab-test"]),
    ],
    loops: [{ what: "plays become implicit labels", from: ["user-feedback"], to: ["labeling"] }],
  },
  "netflix-reliable-ml": {
    source: {
      title: "Making Netflix Machine Learning Algorithms Reliable",
      author: "Justin Basilico",
      venue: "Netflix",
      year: 2017,
      url: "https://bit.ly/2ONtXmp",
    },
    requirements: [
      need("many algorithm families", ["model"], undefined, (n) =>
        ["regression", "factori", "topic", "ensemble", "neural", "bandit"].every((k) => new RegExp(k, "i").test(nodeText(n))),
      ),
      need("tests of code", [], /unit|integration/),
      need("tests of data", [], /data (validation|test)/),
      need("validation of trained models before deploy", ["evaluation"], /valid/, prop("gate", is(true))),
      need("canary releases", ["ab-test"], /canary/),
      need("fallbacks when a model or its inputs fail", ["human-review"], /fallback/),
      need("monitoring and alerting", ["monitoring"], undefined, prop("alerting", is(true)), 2),
      need("ranking / similarity serving", ["online-service"], /rank|similar/),
    ],
    loops: [
      {
        what: "monitoring sends work back (rollback, retraining, new checks)",
        from: ["monitoring"],
        to: ["model-registry", "training-job", "monitoring"],
      },
    ],
  },
};
