import { describe, expect, it } from "vitest";
import { cssCustomProperties, themeStyleSheet } from "./css.js";
import { NODE_METRICS } from "./text-metrics.js";
import { STYLE, THEMES } from "./theme.js";

describe("cssCustomProperties", () => {
  it("gives the theme's colours, opacities as percentages and the node metrics in px", () => {
    const vars = cssCustomProperties(THEMES.dark);
    expect(vars["--mlsd-node-fill"]).toBe(THEMES.dark.nodeFill);
    expect(vars["--mlsd-edge-feedback"]).toBe(THEMES.dark.edge.feedback);
    expect(vars["--mlsd-label-fill"]).toBe(THEMES.dark.labelFill);
    expect(vars["--mlsd-label-opacity"]).toBe("92%");
    expect(vars["--mlsd-frame-tint"]).toBe("14%");
    expect(vars["--mlsd-node-pad-x"]).toBe(`${NODE_METRICS.padX}px`);
    expect(vars["--mlsd-node-line-height"]).toBe(`${NODE_METRICS.lineHeight}px`);
    expect(vars["--mlsd-node-radius"]).toBe(`${STYLE.node.radius}px`);
  });
});

describe("themeStyleSheet", () => {
  it("sets the light theme on :root and the dark one on its data-theme selector", () => {
    const css = themeStyleSheet();
    const [light, dark] = css.split(':root[data-theme="dark"]');
    expect(light).toMatch(/^:root \{\n/);
    expect(light).toContain(`  --mlsd-node-fill: ${THEMES.light.nodeFill};\n`);
    expect(dark).toContain(`  --mlsd-node-fill: ${THEMES.dark.nodeFill};\n`);
    expect(themeStyleSheet({ light: ".a", dark: ".b" })).toMatch(/^\.a \{[\s\S]*\}\n\.b \{[\s\S]*\}\n$/);
  });
});
