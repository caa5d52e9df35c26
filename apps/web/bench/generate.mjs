// Generates large, valid designs for the benchmark: nodes spread over the four stages in
// columns, each connected to a few earlier ones, with some feedback loops.
const STAGES = {
  setup: ["objective", "constraint", "metric"],
  data: ["data-source", "event-stream", "warehouse", "etl-job", "stream-processor", "labeling", "dataset", "feature-store"],
  modeling: ["feature-pipeline", "training-job", "model", "baseline", "evaluation", "hyperparameter-search", "model-registry"],
  serving: ["batch-prediction", "online-service", "ab-test", "monitoring", "user-feedback", "application", "prediction-cache"],
};
const ORDER = ["setup", "data", "modeling", "serving"];

export const generateDesign = (count, { positions = true } = {}) => {
  const share = [0.1, 0.35, 0.3, 0.25];
  const nodes = [];
  const edges = [];
  let made = 0;
  ORDER.forEach((stage, s) => {
    const n = s === ORDER.length - 1 ? count - made : Math.round(count * share[s]);
    const perColumn = Math.max(8, Math.ceil(Math.sqrt(n) * 1.5));
    for (let i = 0; i < n; i++) {
      const kinds = STAGES[stage];
      const kind = kinds[i % kinds.length];
      const id = `${stage}-${i}`;
      const col = Math.floor(i / perColumn);
      const row = i % perColumn;
      const base = ORDER.slice(0, s).reduce((x, st) => x + Math.ceil((count * share[ORDER.indexOf(st)]) / perColumn) * 240 + 120, 0);
      nodes.push({
        id,
        kind,
        stage,
        label: `${kind.replace(/-/g, " ")} ${i + 1}`,
        props: {},
        ...(positions ? { position: { x: base + col * 240, y: row * 96 } } : {}),
      });
      made++;
    }
  });
  const seen = new Set();
  for (let i = 1; i < nodes.length; i++) {
    for (const back of [1, 7]) {
      const j = i - back;
      if (j < 0) continue;
      const key = `${nodes[j].id}>${nodes[i].id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push({ id: `e${edges.length}`, kind: "data", source: nodes[j].id, target: nodes[i].id });
    }
  }
  const serving = nodes.filter((n) => n.stage === "serving");
  const data = nodes.filter((n) => n.stage === "data");
  for (let k = 0; k < Math.min(10, serving.length, data.length); k++)
    edges.push({ id: `fb${k}`, kind: "feedback", source: serving[(k * 3) % serving.length].id, target: data[(k * 5) % data.length].id });
  return {
    format: "mlsd",
    version: 1,
    id: `bench-${count}`,
    title: `Benchmark design, ${count} parts`,
    summary: "Generated for pnpm bench.",
    nodes,
    edges,
    notes: [],
  };
};
