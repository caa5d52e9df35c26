import { mkdirSync, rmSync } from "node:fs";
import { getDocument, listCatalog } from "@mlsd/catalog";
import { viewIdOf, writeDocument } from "@mlsd/collab";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { parsePrometheus } from "../../packages/server/src/metrics.js";
import { authMessage, designOf, rawSocket, updateMessage } from "../../packages/server/src/testing.js";
import { type Serve, startServe, tempDir } from "../server/processes.js";
import { launchChromium, previewBuild, type StaticPreview } from "../support/browser.js";
import { WEB_DIR } from "../support/web.js";

/**
 * Live rooms end to end: a real `mlsd serve` (its own process, its own database folder)
 * and Chromium windows in one room. Self-contained: this file starts and stops its own
 * server and browser, so it moves to any runner as it is.
 */
const ARTIFACTS = new URL("./artifacts/", import.meta.url);
mkdirSync(ARTIFACTS, { recursive: true });
const artifact = (name: string) => new URL(name, ARTIFACTS).pathname;
const UBER = listCatalog().find((e) => e.id === "uber-michelangelo")!;

let data: string;
let server: Serve;
let browser: Browser;
const contexts: BrowserContext[] = [];
let a: Page;
let b: Page;
let roomLink: string;
const errors: string[] = [];

const open = async (url: string) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: "light" });
  contexts.push(context);
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  return page;
};
const nodes = (p: Page) => p.locator(".react-flow__node-kind");
const node = (p: Page, id: string) => p.locator(`.react-flow__node[data-id="${id}"]`);
const transformOf = (p: Page, id: string) => node(p, id).evaluate((el) => (el as HTMLElement).style.transform);
const labelOf = (p: Page, id: string) => node(p, id).locator(".kind-node").getAttribute("title");
const status = (p: Page) => p.locator(".room-connection").textContent();
const metric = async (name: string) => parsePrometheus(await (await fetch(`${server.url}/metrics`)).text()).get(name);
/** Ids of the parts fully on screen, clear of the mini map and zoom controls, in every one of `pages`. */
const onScreen = async (...pages: Page[]) => {
  const lists = await Promise.all(
    pages.map(async (p) => {
      const pane = (await p.locator(".react-flow__pane").boundingBox())!;
      const covers = [(await p.locator(".react-flow__minimap").boundingBox())!, (await p.locator(".react-flow__controls").boundingBox())!];
      const out: string[] = [];
      for (const n of await nodes(p).all()) {
        const box = await n.boundingBox();
        if (!box) continue;
        const inside =
          box.x > pane.x && box.y > pane.y && box.x + box.width < pane.x + pane.width && box.y + box.height < pane.y + pane.height;
        const hidden = covers.some(
          (c) => box.x < c.x + c.width && box.x + box.width > c.x && box.y < c.y + c.height && box.y + box.height > c.y,
        );
        if (inside && !hidden) out.push((await n.getAttribute("data-id"))!);
      }
      return out;
    }),
  );
  return lists[0]!.filter((id) => lists.every((l) => l.includes(id)));
};
/** The whole design in view (the editor's "f" shortcut), so every part can be clicked. */
const fitView = async (p: Page) => {
  await p.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
  const before = await p.locator(".react-flow__viewport").evaluate((el) => (el as HTMLElement).style.transform);
  await p.keyboard.press("f");
  await expect.poll(() => p.locator(".react-flow__viewport").evaluate((el) => (el as HTMLElement).style.transform)).not.toBe(before);
  await p.waitForTimeout(400); // the view glides for 300 ms
};
const select = async (p: Page, id: string) => {
  await node(p, id).click();
  await p.getByRole("region", { name: "Part inspector" }).waitFor();
};

beforeAll(async () => {
  data = tempDir("mlsd-e2e-rooms-");
  server = await startServe(data);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  if (server?.child.exitCode === null) {
    server.child.kill("SIGTERM");
    await server.exited;
  }
  rmSync(data, { recursive: true, force: true });
});

describe("two people in one room", () => {
  it("Collaborate moves the design on screen into a new room with its link in the address bar", async () => {
    a = await open(`${server.url}/`);
    await a.getByRole("link", { name: `Open ${UBER.title}` }).click();
    await a.waitForURL(/#\/edit\//);
    await nodes(a).first().waitFor();
    const count = await nodes(a).count();
    await a.getByRole("button", { name: /Collaborate/ }).click();
    await a.waitForURL(/#\/room\/[A-Za-z0-9_-]{22}$/);
    roomLink = a.url();
    await expect.poll(() => nodes(a).count()).toBe(count);
    await expect.poll(() => status(a)).toBe("Live · 1 person here");
  });

  it("a second window joins by the link and sees the same design and who is here", async () => {
    b = await open(roomLink);
    await nodes(b).first().waitFor();
    await expect.poll(() => nodes(b).count()).toBe(await nodes(a).count());
    await expect.poll(() => status(a)).toBe("Live · 2 people here");
    await expect.poll(() => status(b)).toBe("Live · 2 people here");
    await expect.poll(() => b.getByRole("list", { name: "People in this room" }).locator("li").count()).toBe(2);
  });

  it("shows each person's pointer and selection, with names and colours, to the other", async () => {
    const name = async (p: Page) => (await p.locator(".room-person").first().getAttribute("title"))!.replace(" (you)", "");
    const [nameA, nameB] = [await name(a), await name(b)];
    const pane = (await a.locator(".react-flow__pane").boundingBox())!;
    await a.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 3, { steps: 4 });
    await expect.poll(() => b.locator(".remote-cursor").getAttribute("data-person")).toBe(nameA);
    const picked = (await onScreen(a, b))[1]!;
    await select(b, picked);
    await expect.poll(() => a.locator(".remote-selection").getAttribute("data-person")).toBe(nameB);
    await b.mouse.move(pane.x + pane.width / 2 + 120, pane.y + pane.height / 2, { steps: 4 });
    await expect.poll(() => a.locator(".remote-cursor").count()).toBe(1);
    await a.screenshot({ path: artifact("room-window-a.png") });
    await b.screenshot({ path: artifact("room-window-b.png") });
  });

  it("an edit, a delete, a drag and a property change each appear in the other window", async () => {
    const doc = await getDocument(UBER.id);
    await fitView(a);
    await fitView(b);
    const service = doc.nodes.find((n) => n.kind === "online-service")!;
    const visible = await onScreen(a, b);
    expect(visible).toContain(service.id);
    const [first, second, third] = visible.filter((id) => id !== service.id);
    // Edit: a label typed in A.
    await select(a, first!);
    await a.getByLabel("Label", { exact: true }).fill("Renamed in window A");
    await expect.poll(() => labelOf(b, first!), { timeout: 3000 }).toContain("Renamed in window A");

    // Delete: a part deleted in B.
    const count = await nodes(a).count();
    await select(b, second!);
    await b.keyboard.press("Delete");
    await expect.poll(() => nodes(a).count(), { timeout: 3000 }).toBe(count - 1);
    expect(await node(a, second!).count()).toBe(0);

    // Drag: a part moved in A lands at the same place in B.
    const before = await transformOf(b, third!);
    const box = (await node(a, third!).boundingBox())!;
    await a.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await a.mouse.down();
    await a.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 60, { steps: 8 });
    await a.mouse.up();
    await expect.poll(() => transformOf(b, third!), { timeout: 3000 }).not.toBe(before);
    await expect.poll(() => transformOf(b, third!)).toBe(await transformOf(a, third!));

    // Property change: a typed property set in B shows as a badge in A.
    await select(b, service.id);
    await b.getByLabel("Latency budget (ms)").fill("77");
    await expect.poll(() => node(a, service.id).locator(".prop-badge").allTextContents(), { timeout: 3000 }).toContain("77 ms");
  });

  it("undo undoes only my own change", async () => {
    const [x, y] = (await onScreen(a, b)).slice(3, 5);
    await select(a, x!);
    await a.getByLabel("Label", { exact: true }).fill("A's change");
    await expect.poll(() => labelOf(b, x!)).toContain("A's change");
    await select(b, y!);
    await b.getByLabel("Label", { exact: true }).fill("B's change");
    await expect.poll(() => labelOf(a, y!)).toContain("B's change");
    await a.locator(".react-flow__pane").click({ position: { x: 5, y: 5 } });
    await a.getByRole("button", { name: "Undo" }).click();
    await expect.poll(() => labelOf(b, x!)).not.toContain("A's change");
    expect(await labelOf(a, y!)).toContain("B's change");
    expect(await labelOf(b, y!)).toContain("B's change");
  });
});

describe("the view link", () => {
  it("shows the room live, read-only, and nothing from it reaches the room, not even a forged update", async () => {
    await a.getByRole("button", { name: "Room links" }).click();
    const viewLink = await a.getByRole("textbox", { name: "View link" }).inputValue();
    await a.keyboard.press("Escape");
    const key = roomLink.split("/").pop()!;
    expect(viewLink).toMatch(new RegExp(`#/view/${viewIdOf(key)}$`));
    expect(viewLink).not.toContain(key);
    const viewer = await open(viewLink);
    await nodes(viewer).first().waitFor();
    await expect.poll(() => nodes(viewer).count()).toBe(await nodes(a).count());
    await expect.poll(() => viewer.locator(".room-read-only").isVisible()).toBe(true);
    expect(await viewer.getByRole("navigation", { name: "Palette" }).count()).toBe(0);

    const target = (await nodes(viewer).first().getAttribute("data-id"))!;
    const where = await transformOf(a, target);
    const label = await labelOf(a, target);
    const count = await nodes(a).count();
    // Through the UI: drag, delete, type.
    const box = (await node(viewer, target).boundingBox())!;
    await viewer.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await viewer.mouse.down();
    await viewer.mouse.move(box.x + 200, box.y + 150, { steps: 6 });
    await viewer.mouse.up();
    await select(viewer, target);
    await viewer.getByLabel("Label", { exact: true }).fill("Changed through the view link");
    await viewer.keyboard.press("Escape");
    await node(viewer, target).click();
    await viewer.keyboard.press("Delete");
    await expect
      .poll(() =>
        viewer
          .getByRole("status")
          .filter({ hasText: /read-only link/ })
          .count(),
      )
      .toBeGreaterThan(0);

    // A forged update over a raw socket that presents the view id as if it were a key.
    const room = viewIdOf(key);
    const forged = new Y.Doc();
    const socket = await rawSocket(server.url);
    socket.ws.send(authMessage(room, room));
    const reader = await rawSocket(server.url);
    reader.ws.close();
    const copy = await fetchRoom(room, key);
    Y.applyUpdate(forged, copy);
    const vector = Y.encodeStateVector(forged);
    const now = designOf(forged);
    writeDocument(forged, { ...now, title: "Forged title", nodes: now.nodes.slice(1) }, { before: now });
    socket.ws.send(updateMessage(room, Y.encodeStateAsUpdate(forged, vector)));
    await expect.poll(() => metric('mlsd_refused_total{reason="readOnly"}')).toBeGreaterThanOrEqual(1);
    socket.ws.close();

    // Meanwhile A makes a change, which does arrive: the view is live, the forged edits are not there.
    await select(a, target);
    await a.getByLabel("Label", { exact: true }).fill("Still A's to change");
    await expect.poll(() => labelOf(viewer, target)).toContain("Still A's to change");
    expect(await nodes(a).count()).toBe(count);
    expect(await nodes(b).count()).toBe(count);
    expect(await transformOf(a, target)).toBe(where);
    expect(label).not.toContain("Changed through the view link");
    expect(await a.locator(".toolbar-title").textContent()).not.toBe("Forged title");
    await viewer.setViewportSize({ width: 390, height: 844 });
    await viewer.screenshot({ path: artifact("room-view-phone.png") });
  });
});

/** The room's state as the server holds it, read by an edit client in Node. */
const fetchRoom = async (room: string, key: string): Promise<Uint8Array> => {
  const { client } = await import("../../packages/server/src/testing.js");
  const c = client(server.url, room, key);
  await c.synced;
  const state = Y.encodeStateAsUpdate(c.ydoc);
  c.destroy();
  return state;
};

describe("the server goes away", () => {
  it("keeps edits made while it is down, and after a kill and restart the room comes back whole", async () => {
    await expect.poll(() => metric("mlsd_rooms_unsaved")).toBe(0);
    const id = (await nodes(a).nth(1).getAttribute("data-id"))!;
    server.child.kill("SIGKILL");
    await server.exited;
    await expect.poll(() => status(a), { timeout: 10_000 }).toMatch(/^Offline/);
    await select(a, id);
    await a.getByLabel("Label", { exact: true }).fill("Written while the server was down");
    const count = await nodes(a).count();

    server = await startServe(data, [], server.port);
    await expect.poll(() => status(a), { timeout: 20_000 }).toMatch(/^Live/);
    await expect.poll(() => labelOf(b, id), { timeout: 20_000 }).toContain("Written while the server was down");
    // A fresh window, from the restarted server's database, has the whole room.
    const late = await open(roomLink);
    await nodes(late).first().waitFor();
    await expect.poll(() => nodes(late).count()).toBe(count);
    await expect.poll(() => labelOf(late, id)).toContain("Written while the server was down");
  }, 90_000);

  it("raised no uncaught errors in any window", () => {
    expect(errors).toEqual([]);
  });
});

describe("without a server", () => {
  let preview: StaticPreview;
  beforeAll(async () => {
    preview = await previewBuild(WEB_DIR, "dist");
  });
  afterAll(() => preview?.server.close());

  it("the editor works as before, and Collaborate says a room needs mlsd serve", async () => {
    const page = await open(`${preview.origin}/`);
    await page.getByRole("link", { name: `Open ${UBER.title}` }).click();
    await page.waitForURL(/#\/edit\//);
    await nodes(page).first().waitFor();
    await expect.poll(() => page.locator(".save-state").textContent()).toBe("Saved");
    await page.getByRole("button", { name: /Collaborate/ }).click();
    await expect
      .poll(() =>
        page
          .getByRole("status")
          .filter({ hasText: /mlsd serve/ })
          .count(),
      )
      .toBe(1);
    expect(page.url()).toMatch(/#\/edit\//);
  });
});
