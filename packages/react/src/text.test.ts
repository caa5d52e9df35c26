import { describe, expect, it } from "vitest";
import { safeHref } from "./text.js";

describe("safeHref", () => {
  it("keeps http and https addresses", () => {
    expect(safeHref("https://eng.uber.com/scaling-michelangelo/")).toBe("https://eng.uber.com/scaling-michelangelo/");
    expect(safeHref("HTTP://example.com")).toBe("HTTP://example.com");
  });

  it.each([
    "javascript:alert(1)",
    " javascript:alert(1)",
    "JaVaScRiPt:window.__pwned=1",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//evil.example/x",
    'https://a.example/"onmouseover="x',
    "https://a.example/<script>",
    undefined,
  ])("drops %s", (url) => {
    expect(safeHref(url)).toBeUndefined();
  });
});
