import { getDocument, getExercise, getReference } from "@mlsd/catalog";
import { gradeDesign, STAGES } from "@mlsd/core";
import { expectSaved, nodes } from "../support/editor.js";
import { differences, diffNode, exercisePanel, FRAUD, selectedIds, shownScore, startExercise, watchScripts } from "../support/exercise.js";
import { readStored } from "../support/storage.js";
import { expect, forEachViewport, test } from "../support/test.js";

/** The reference's id: in its module only, so a script holding it means the reference was loaded. */
const REFERENCE_MARK = `${FRAUD.id}-reference`;

forEachViewport(
  (size) => {
    test.describe("exercise mode", () => {
      test("starts from the gallery and checks the starter: at most half marks, each missing item named, links to the parts", async ({
        page,
        keepScreenshot,
      }) => {
        const scripts = watchScripts(page);
        const [starter, exercise] = await Promise.all([getDocument(FRAUD.id), getExercise(FRAUD.id)]);
        const expected = gradeDesign(starter, exercise);
        await startExercise(page, FRAUD.id, FRAUD.title);
        const panel = exercisePanel(page);
        await expect(panel).toContainText(exercise.prompt);
        await expect(nodes(page)).toHaveCount(starter.nodes.length);
        await keepScreenshot(`exercise-panel-${size}`);

        await panel.getByRole("button", { name: "Check my design" }).click();
        await expect(panel.locator(".check-score")).toBeVisible();
        const shown = await shownScore(page);
        expect(shown).toEqual({ score: expected.score, max: expected.max });
        expect(shown.score).toBeLessThanOrEqual(shown.max / 2);
        // Every item the starter misses is listed under "To do" with its title; the met ones under "Met".
        const todo = panel.getByRole("region", { name: /^To do/ });
        const met = panel.getByRole("region", { name: /^Met/ });
        const missed = expected.items.filter((i) => !i.passed);
        expect(missed.length).toBeGreaterThan(0);
        for (const item of missed) await expect(todo.locator(".check-item", { hasText: item.title })).toContainText("Missed");
        for (const item of expected.items.filter((i) => i.passed)) await expect(met).toContainText(item.title);
        // Each item shows its evidence: the parts core names, and what is missing.
        for (const item of expected.items) {
          const evidence = panel.locator(".check-item", { hasText: item.title }).locator(".check-evidence");
          for (const [part] of item.evidence.matchAll(/"[^"]*" \[[^\]]+\]/g)) await expect(evidence).toContainText(part);
          for (const [, what] of item.evidence.matchAll(/missing: ([^;(]+)/g)) await expect(evidence).toContainText(what!.trim());
        }
        await keepScreenshot(`exercise-check-${size}`);

        // A met item's link selects exactly the parts that met it.
        const linked = expected.items.find((i) => i.passed && i.nodes.length > 1 && i.edges.length > 0)!;
        await panel
          .getByRole("button", { name: `Show the ${new Set([...linked.nodes, ...linked.edges]).size} parts for “${linked.title}”` })
          .click();
        await expect.poll(() => selectedIds(page, "node")).toEqual([...linked.nodes].sort());
        await expect.poll(() => selectedIds(page, "edge")).toEqual([...linked.edges].sort());

        // Nothing of the reference reached the browser: checking loads the rubric only.
        expect(await scripts.holds(REFERENCE_MARK)).toBe(false);
      });

      test("reveals the reference one stage at a time, loading it only when asked, and remembers how far", async ({
        page,
        keepScreenshot,
      }) => {
        const scripts = watchScripts(page);
        const reference = await getReference(FRAUD.id);
        await startExercise(page, FRAUD.id, FRAUD.title);
        const panel = exercisePanel(page);
        await expect(panel).toContainText("Not a secret");
        expect(await scripts.holds(REFERENCE_MARK)).toBe(false);

        const stageSection = (title: string) => panel.getByRole("region", { name: new RegExp(`^${title} · `) });
        for (const [i, stage] of STAGES.entries()) {
          await panel.getByRole("button", { name: i === 0 ? `Reveal ${stage.title}` : `Reveal next: ${stage.title}` }).click();
          const section = stageSection(stage.title);
          for (const n of reference.nodes.filter((n) => n.stage === stage.id)) await expect(section).toContainText(n.label);
          // The later stages stay hidden.
          for (const later of STAGES.slice(i + 1)) await expect(stageSection(later.title)).toHaveCount(0);
          if (i === 0) expect(await scripts.holds(REFERENCE_MARK)).toBe(true);
        }
        await expect(panel.getByRole("button", { name: /^Reveal/ })).toHaveCount(0);
        await expect(panel.getByRole("link", { name: "Compare with my design" })).toBeVisible();
        await panel.getByRole("heading", { name: "Reference design" }).scrollIntoViewIfNeeded();
        await keepScreenshot(`exercise-reference-${size}`);

        // Remembered with the design: after a reload the reference is still shown.
        await page.reload();
        await expect(stageSection(STAGES[3]!.title)).toBeVisible();
        await panel.getByRole("button", { name: "Hide the reference" }).click();
        await expect(stageSection(STAGES[0]!.title)).toHaveCount(0);
        await expect(panel.getByRole("button", { name: `Reveal ${STAGES[0]!.title}` })).toBeVisible();

        // Compared with the learner's design: their copy before, the reference after.
        await panel.getByRole("button", { name: `Reveal ${STAGES[0]!.title}` }).click();
        await panel.getByRole("button", { name: "Reveal all" }).click();
        await panel.getByRole("link", { name: "Compare with my design" }).click();
        await page.waitForURL(new RegExp(`#/compare/design:exercise-${FRAUD.id}/reference:${FRAUD.id}$`));
        await expect(page.getByRole("combobox", { name: "Before" })).toHaveValue(`design:exercise-${FRAUD.id}`);
        await expect(page.getByRole("combobox", { name: "After" })).toHaveValue(`reference:${FRAUD.id}`);
        for (const node of reference.nodes) await expect(diffNode(page, node.id)).toHaveCount(1);
        await expect(differences(page)).toBeVisible();
      });

      test("the reference, opened in the editor, earns full marks", async ({ page }) => {
        const [reference, exercise] = await Promise.all([getReference(FRAUD.id), getExercise(FRAUD.id)]);
        await startExercise(page, FRAUD.id, FRAUD.title);
        const panel = exercisePanel(page);
        await panel.getByRole("button", { name: `Reveal ${STAGES[0]!.title}` }).click();
        await panel.getByRole("button", { name: "Reveal all" }).click();
        await panel.getByRole("link", { name: "Open the reference in the editor" }).click();
        await page.waitForURL(new RegExp(`#/edit/reference-${FRAUD.id}$`));
        await expect(nodes(page)).toHaveCount(reference.nodes.length);
        await expect(panel.getByRole("heading", { name: "Exercise reference" })).toBeVisible();
        await panel.getByRole("button", { name: "Check my design" }).click();
        await expect(panel.locator(".check-score")).toBeVisible();
        const max = exercise.rubric.items.reduce((sum, i) => sum + i.points, 0);
        expect(await shownScore(page)).toEqual({ score: max, max });
        await expect(panel.getByRole("region", { name: /^To do/ })).toHaveCount(0);
      });
    });
  },
  ["desktop", "phone"],
);

test.describe("exercise mode: the clock and saving", () => {
  test("the interview clock runs per stage, pauses, goes over time, and is remembered", async ({ page }) => {
    await page.clock.install();
    await startExercise(page, FRAUD.id, FRAUD.title);
    const panel = exercisePanel(page);
    const status = panel.getByRole("status").filter({ hasText: /Running|Paused|Finished/ });
    await panel.getByRole("button", { name: "Start the clock" }).click();
    await expect(status).toContainText("Running");
    await expect(panel.getByRole("timer")).toContainText("Project setup");
    await expect(panel.getByRole("timer")).toContainText("left");
    // Past the setup budget, the clock says so.
    await page.clock.fastForward("08:00");
    await expect(panel.getByRole("timer")).toContainText("over");
    await panel.getByRole("button", { name: "Next stage" }).click();
    await expect(panel.getByRole("timer")).toContainText("Data pipeline");
    await expect(panel.getByRole("timer")).toContainText("left");
    await panel.getByRole("button", { name: "Pause" }).click();
    await expect(status).toContainText("Paused");
    await page.reload();
    await expect(status).toContainText("Paused");
    await expect(panel.getByRole("timer")).toContainText("Data pipeline");
    await expect(panel.getByRole("listitem").filter({ hasText: "Data pipeline" }).and(page.locator("[aria-current]"))).toHaveCount(1);
    await panel.getByRole("button", { name: "Reset the clock" }).click();
    await expect(panel.getByRole("button", { name: "Start the clock" })).toBeVisible();
  });

  test("an exercise is saved on its first edit and reopens from My designs in exercise mode", async ({ page }) => {
    await startExercise(page, FRAUD.id, FRAUD.title);
    await page.getByRole("tab", { name: "Inspector" }).click();
    await page.getByLabel("Title").fill("My fraud answer");
    await expectSaved(page);
    const record = (await readStored(page, `design:exercise-${FRAUD.id}`)) as { origin: { exercise?: string } };
    expect(record.origin.exercise).toBe(FRAUD.id);
    await page.goto("/");
    const row = page.getByRole("list", { name: "My designs" }).getByRole("listitem").filter({ hasText: "My fraud answer" });
    await expect(row).toContainText("exercise");
    await row.getByRole("link", { name: /^My fraud answer/ }).click();
    await expect(page.getByRole("tab", { name: "Exercise" })).toHaveAttribute("aria-selected", "true");
    await expect(exercisePanel(page)).toContainText(FRAUD.title);
  });
});
