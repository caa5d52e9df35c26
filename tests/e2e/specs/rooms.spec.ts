import { getDocument } from "@mlsd/catalog";
import { viewIdOf, writeDocument } from "@mlsd/collab";
import type { Page } from "@playwright/test";
import * as Y from "yjs";
import { authMessage, client, designOf, rawSocket, updateMessage } from "../../../packages/server/src/testing.js";
import { dragBy, expectSaved, nodeById, nodes, openGallery, saveState, toolbarTitle, transformOf, UBER } from "../support/editor.js";
import {
  expect,
  fitView,
  joinRoom,
  labelOf,
  nameIn,
  onScreen,
  type RoomServer,
  roomStatus,
  select,
  startRoom,
  test,
} from "../support/rooms.js";
import { test as plain } from "../support/test.js";

/**
 * Live rooms end to end: Chromium windows, each in its own profile, in one room of a real
 * `mlsd serve` (support/rooms.ts). Every test makes its own room.
 */

/** A room started in `page` (as Ada) with a second window (Grace) in it. */
const twoInARoom = async (page: Page, newUser: () => Promise<Page>, baseURL: string) => {
  await nameIn(page, baseURL, "Ada");
  const room = await startRoom(page);
  const other = await newUser();
  await nameIn(other, baseURL, "Grace");
  await joinRoom(other, room.link, room.count);
  await expect(roomStatus(page)).toHaveText("Live · 2 people here");
  return { ...room, a: page, b: other };
};

/** The room's state as the server holds it, read by an edit client in Node. */
const fetchRoom = async (server: RoomServer, room: string, key: string): Promise<Uint8Array> => {
  const c = client(server.url, room, key);
  await c.synced;
  const state = Y.encodeStateAsUpdate(c.ydoc);
  c.destroy();
  return state;
};

test.describe("two people in one room", () => {
  test("Collaborate moves the design on screen into a new room with its link in the address bar", async ({ page }) => {
    const { link, count } = await startRoom(page);
    expect(link).toMatch(/#\/room\/[A-Za-z0-9_-]{22}$/);
    expect(count).toBe((await getDocument(UBER.id)).nodes.length);
  });

  test("a second window joins by the link and sees the same design and who is here", async ({ page, newUser }) => {
    const { link, count } = await startRoom(page);
    const b = await newUser();
    await joinRoom(b, link, count);
    await expect(nodes(b)).toHaveCount(await nodes(page).count());
    await expect(roomStatus(page)).toHaveText("Live · 2 people here");
    await expect(roomStatus(b)).toHaveText("Live · 2 people here");
    await expect(b.getByRole("list", { name: "People in this room" }).locator("li")).toHaveCount(2);
  });

  test("shows each person's pointer and selection, with names and colours, to the other", async ({
    page,
    newUser,
    baseURL,
    keepScreenshot,
  }) => {
    const { a, b } = await twoInARoom(page, newUser, baseURL!);
    // Each window lists its own person first, on their colour.
    const me = (p: Page) => p.locator(".room-person").first();
    const name = async (p: Page) => (await me(p).getAttribute("title"))!.replace(" (you)", "");
    const colour = (p: Page) => me(p).evaluate((el) => getComputedStyle(el).backgroundColor);
    const [nameA, nameB] = [await name(a), await name(b)];
    expect([nameA, nameB]).toEqual(["Ada", "Grace"]);
    const area = (await a.locator(".react-flow__pane").boundingBox())!;
    await a.mouse.move(area.x + area.width / 2, area.y + area.height / 3, { steps: 4 });
    const cursor = b.locator(".remote-cursor");
    await expect(cursor).toHaveAttribute("data-person", nameA);
    await expect(cursor).toHaveCSS("color", await colour(a));
    const picked = (await onScreen(a, b))[1]!;
    await select(b, picked);
    const selection = a.locator(".remote-selection");
    await expect(selection).toHaveAttribute("data-person", nameB);
    await expect(selection).toHaveCSS("border-top-color", await colour(b));
    await b.mouse.move(area.x + area.width / 2 + 120, area.y + area.height / 2, { steps: 4 });
    await expect(a.locator(".remote-cursor")).toHaveCount(1);
    await keepScreenshot("room-window-a", a);
    await keepScreenshot("room-window-b", b);
  });

  test("an edit, a delete, a drag and a property change each appear in the other window", async ({ page, newUser, baseURL }) => {
    const { a, b } = await twoInARoom(page, newUser, baseURL!);
    const doc = await getDocument(UBER.id);
    await fitView(a);
    await fitView(b);
    const service = doc.nodes.find((n) => n.kind === "online-service")!;
    const visible = await onScreen(a, b);
    expect(visible).toContain(service.id);
    const [first, second, third] = visible.filter((id) => id !== service.id);

    await test.step("a label typed in A", async () => {
      await select(a, first!);
      await a.getByLabel("Label", { exact: true }).fill("Renamed in window A");
      await expect.poll(() => labelOf(b, first!)).toContain("Renamed in window A");
    });

    await test.step("a part deleted in B", async () => {
      const count = await nodes(a).count();
      await select(b, second!);
      await b.keyboard.press("Delete");
      await expect(nodes(a)).toHaveCount(count - 1);
      await expect(nodeById(a, second!)).toHaveCount(0);
    });

    await test.step("a part dragged in A lands at the same place in B", async () => {
      const before = await transformOf(b, third!);
      await dragBy(a, (await nodeById(a, third!).boundingBox())!, 80, 60);
      await expect.poll(() => transformOf(b, third!)).not.toBe(before);
      await expect.poll(() => transformOf(b, third!)).toBe(await transformOf(a, third!));
    });

    await test.step("a typed property set in B shows as a badge in A", async () => {
      await select(b, service.id);
      await b.getByLabel("Latency budget (ms)").fill("77");
      await expect.poll(() => nodeById(a, service.id).locator(".prop-badge").allTextContents()).toContain("77 ms");
    });
  });

  test("undo undoes only my own change", async ({ page, newUser, baseURL }) => {
    const { a, b } = await twoInARoom(page, newUser, baseURL!);
    await fitView(a);
    await fitView(b);
    const [x, y] = await onScreen(a, b);
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

test.describe("the view link", () => {
  test("shows the room live, read-only, and nothing from it reaches the room, not even a forged update", async ({
    page,
    newUser,
    baseURL,
    roomServer,
    keepScreenshot,
  }) => {
    const refused = async () => (await roomServer.metric('mlsd_refused_total{reason="readOnly"}')) ?? 0;
    const refusedBefore = await refused();
    const { a, b, link } = await twoInARoom(page, newUser, baseURL!);
    await a.getByRole("button", { name: "Room links" }).click();
    const viewLink = await a.getByRole("textbox", { name: "View link" }).inputValue();
    await a.keyboard.press("Escape");
    const key = link.split("/").pop()!;
    expect(viewLink).toMatch(new RegExp(`#/view/${viewIdOf(key)}$`));
    expect(viewLink).not.toContain(key);
    const viewer = await newUser();
    await joinRoom(viewer, viewLink, await nodes(a).count());
    await expect(viewer.locator(".room-read-only")).toBeVisible();
    await expect(viewer.getByRole("navigation", { name: "Palette" })).toHaveCount(0);

    const target = (await nodes(viewer).first().getAttribute("data-id"))!;
    const where = await transformOf(a, target);
    const label = await labelOf(a, target);
    const count = await nodes(a).count();

    await test.step("the viewer drags, types and deletes; the editor says the link is read-only", async () => {
      const box = (await nodeById(viewer, target).boundingBox())!;
      await dragBy(viewer, box, 200 - box.width / 2, 150 - box.height / 2, 6);
      await select(viewer, target);
      await viewer.getByLabel("Label", { exact: true }).fill("Changed through the view link");
      await viewer.keyboard.press("Escape");
      await nodeById(viewer, target).click();
      await viewer.keyboard.press("Delete");
      await expect(viewer.getByRole("status").filter({ hasText: /read-only link/ })).not.toHaveCount(0);
    });

    await test.step("an update forged over a raw socket, presenting the view id as if it were a key, is refused", async () => {
      const room = viewIdOf(key);
      const forged = new Y.Doc();
      const socket = await rawSocket(roomServer.url);
      socket.ws.send(authMessage(room, room));
      Y.applyUpdate(forged, await fetchRoom(roomServer, room, key));
      const vector = Y.encodeStateVector(forged);
      const now = designOf(forged);
      writeDocument(forged, { ...now, title: "Forged title", nodes: now.nodes.slice(1) }, { before: now });
      socket.ws.send(updateMessage(room, Y.encodeStateAsUpdate(forged, vector)));
      await expect.poll(refused).toBeGreaterThanOrEqual(refusedBefore + 1);
      socket.ws.close();
      expect(await labelOf(a, target)).toBe(label);
    });

    // Meanwhile A makes a change, which does arrive: the view is live, the refused edits are not there.
    await select(a, target);
    await a.getByLabel("Label", { exact: true }).fill("Still A's to change");
    await expect.poll(() => labelOf(viewer, target)).toContain("Still A's to change");
    expect(await nodes(a).count()).toBe(count);
    expect(await nodes(b).count()).toBe(count);
    expect(await transformOf(a, target)).toBe(where);
    expect(await toolbarTitle(a).textContent()).not.toBe("Forged title");
    await viewer.setViewportSize({ width: 390, height: 844 });
    await keepScreenshot("room-view-phone", viewer);
  });
});

test.describe("the server goes away", () => {
  test("keeps edits made while it is down, and after a kill and restart the room comes back whole", async ({
    page,
    newUser,
    baseURL,
    roomServer,
  }) => {
    const { a, b, link } = await twoInARoom(page, newUser, baseURL!);
    // Everything so far is in the server's database: the kill loses no saved state.
    await expect.poll(() => roomServer.metric("mlsd_rooms_unsaved")).toBe(0);
    const id = (await nodes(a).nth(1).getAttribute("data-id"))!;
    await roomServer.kill();
    await expect(roomStatus(a)).toHaveText(/^Offline/);
    await select(a, id);
    await a.getByLabel("Label", { exact: true }).fill("Written while the server was down");
    const count = await nodes(a).count();

    await roomServer.restart();
    await expect(roomStatus(a)).toHaveText(/^Live/, { timeout: 20_000 });
    await expect.poll(() => labelOf(b, id), { timeout: 20_000 }).toContain("Written while the server was down");
    // A fresh window, from the restarted server's database, has the whole room.
    const late = await newUser();
    await joinRoom(late, link, count);
    await expect.poll(() => labelOf(late, id)).toContain("Written while the server was down");
  });
});

plain.describe("without a server", () => {
  plain("the editor works as before, and Collaborate says a room needs mlsd serve", async ({ page }) => {
    await openGallery(page);
    await page.getByRole("link", { name: `Open ${UBER.title}` }).click();
    await page.waitForURL(/#\/edit\//);
    // A catalogue design opens as a preview and is saved on its first edit (first-edit.spec.ts).
    await expect(saveState(page)).toHaveText("Not saved yet");
    await dragBy(page, (await nodes(page).first().boundingBox())!, 60, 40);
    await expectSaved(page);
    await page.getByRole("button", { name: /Collaborate/ }).click();
    await expect(page.getByRole("status").filter({ hasText: /mlsd serve/ })).toHaveCount(1);
    expect(page.url()).toMatch(/#\/edit\//);
  });
});
