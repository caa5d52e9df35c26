import { describe, expect, it } from "vitest";
import { escapeMermaidLabel } from "../export/mermaid.js";
import { plainText } from "./text.js";

describe("plainText", () => {
  it.each([
    ["Model Tracking<br>MLflow", "Model Tracking MLflow"],
    ["Raw data<br/>(S3)", "Raw data (S3)"],
    ["<b>Trigger Training?</b>\n    - Sufficient data?", "Trigger Training? - Sufficient data?"],
    ["Cache &amp; feature store", "Cache & feature store"],
    ["A #quot;quoted#quot; #35;1 #9829;", 'A "quoted" #1 ♥'],
    ["#60;b#62; stays text", "<b> stays text"],
    ["&lt;script&gt;", "<script>"],
    ["fa:fa-database Warehouse", "Warehouse"],
    ["`**Bold** and *soft*`", "Bold and soft"],
    ["line one\\nline two", "line one line two"],
    ["  spaced   out  ", "spaced out"],
    ["数据 → modèle 🚀", "数据 → modèle 🚀"],
    ["a < b and c > d", "a < b and c > d"],
  ])("%j reads as %j", (raw, plain) => {
    expect(plainText(raw)).toBe(plain);
  });

  it("reads back every label the Mermaid export escapes", () => {
    for (const label of ['Fraud #1 <b>bold</b> & "quotes" | pipes `ticks`', "&amp; literally", "#35; literally", "a #quot; b"])
      expect(plainText(escapeMermaidLabel(label))).toBe(label);
  });
});
