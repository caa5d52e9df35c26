/** Figures in Prometheus's text format: `name value` per line, with HELP and TYPE lines. */
export interface Metric {
  name: string;
  help: string;
  type: "gauge" | "counter";
  value: number;
  labels?: Record<string, string>;
}

/** The figures as Prometheus text, for `/metrics`. */
export const prometheusText = (metrics: readonly Metric[]): string => {
  const out: string[] = [];
  const described = new Set<string>();
  for (const m of metrics) {
    if (!described.has(m.name)) {
      described.add(m.name);
      out.push(`# HELP ${m.name} ${m.help}`, `# TYPE ${m.name} ${m.type}`);
    }
    const labels = m.labels
      ? `{${Object.entries(m.labels)
          .map(([k, v]) => `${k}="${v.replace(/["\\\n]/g, "_")}"`)
          .join(",")}}`
      : "";
    out.push(`${m.name}${labels} ${m.value}`);
  }
  return `${out.join("\n")}\n`;
};

/** Reads Prometheus text back into `name{labels}` → value (for the tests). */
export const parsePrometheus = (text: string): Map<string, number> =>
  new Map(
    text
      .split("\n")
      .filter((l) => l && !l.startsWith("#"))
      .map((l) => {
        const at = l.lastIndexOf(" ");
        return [l.slice(0, at), Number(l.slice(at + 1))] as const;
      }),
  );
