import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { serializeDocument, starterDocument } from "@mlsd/core";
import { beforeAll, describe, expect, it } from "vitest";
import { run, tempDir } from "../testing.js";

const dir = tempDir("mlsd-render-");
const starter = () => join(dir(), "starter.mlsd.json");
beforeAll(() => writeFile(starter(), serializeDocument(starterDocument("Starter <&> design"))));

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe("mlsd render", () => {
  it("prints an SVG of a design without stored positions (fresh layout)", async () => {
    const { code, out } = await run("render", starter());
    expect(code).toBe(0);
    expect(out).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(out).toContain('<title id="mlsd-starter-design-light-title">Starter &lt;&amp;&gt; design</title>');
    // Narrow boxes wrap the label onto two lines.
    expect(out).toContain(">Prediction</text>");
    expect(out).toContain(">service</text>");
  });

  it("uses stored positions when every node has them", async () => {
    const laid = join(dir(), "laid.mlsd.json");
    expect((await run("layout", starter(), "-o", laid)).code).toBe(0);
    const text = await readFile(laid, "utf8");
    // Shift every stored x by 1000: a render from stored positions shows the shift.
    await writeFile(
      laid,
      text.replace(/"x": (-?\d+)/g, (_, x: string) => `"x": ${Number(x) + 1000}`),
    );
    const svgFile = join(dir(), "out.svg");
    const { code, err } = await run("render", laid, "-o", svgFile);
    expect(code).toBe(0);
    expect(err).toContain("stored positions");
    const svg = await readFile(svgFile, "utf8");
    expect(svg).toMatch(/viewBox="(9\d\d|1\d\d\d)/);
    const fresh = await run("render", laid, "--direction", "down");
    expect(fresh.out).toMatch(/viewBox="-24 -24 /);
  });

  it("writes a PNG through resvg, in the dark theme too", async () => {
    for (const theme of ["light", "dark"]) {
      const file = join(dir(), `out-${theme}.png`);
      const { code, err } = await run("render", starter(), "-o", file, "--theme", theme, "--scale", "1");
      expect(code, err).toBe(0);
      const png = await readFile(file);
      expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      const width = png.readUInt32BE(16);
      expect(width).toBeGreaterThan(300);
    }
  });

  it("refuses bad options and bad files with clear messages", async () => {
    expect((await run("render", starter(), "--theme", "blue")).err).toContain('--theme must be "light" or "dark"');
    expect((await run("render", starter(), "-o", join(dir(), "x.gif"))).err).toContain("must end in .svg or .png");
    expect((await run("render", starter(), "--scale", "0")).code).toBe(2);
    const missing = await run("render", join(dir(), "none.mlsd.json"), "-o", join(dir(), "none.svg"));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/none\.mlsd\.json: cannot read the file/);
  });
});
