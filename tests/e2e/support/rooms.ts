import { rmSync } from "node:fs";
import type { Page } from "@playwright/test";
import { parsePrometheus } from "../../../packages/server/src/metrics.js";
import { type Serve, startServe, tempDir } from "../../server/processes.js";
import { nodeById, nodes, onScreenViewport, pane, UBER } from "./editor.js";
import { seedStorage } from "./storage.js";
import { test as base, expect } from "./test.js";

/**
 * Live rooms: a real `mlsd serve` (tests/server/processes.ts) per worker, as its own
 * process on a free port with its own database folder, serving the built editor. Every
 * test of this `test` gets it as `roomServer` and as its `baseURL`, so `page` and
 * `newUser()` open the editor from the room server; each test makes its own room. A test
 * may kill and restart the server; a failed test ends its worker, and the next worker
 * starts a fresh one. `mlsd serve` must be built (`pnpm test:e2e` builds it).
 */
export interface RoomServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  readonly url: string;
  /** Kills the process with SIGKILL, as a crash does (no last save), and waits until it is gone. */
  kill: () => Promise<void>;
  /** Starts `mlsd serve` again on the same port with the same database folder. */
  restart: () => Promise<void>;
  /** One figure from /metrics, labels included in the name (`mlsd_refused_total{reason="readOnly"}`). */
  metric: (name: string) => Promise<number | undefined>;
}

const running = (s: Serve) => s.child.exitCode === null && s.child.signalCode === null;

export const test = base.extend<object, { roomServer: RoomServer }>({
  roomServer: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from its first parameter.
    async ({}, use) => {
      const data = tempDir("mlsd-e2e-rooms-");
      let serve = await startServe(data);
      await use({
        get url() {
          return serve.url;
        },
        kill: async () => {
          serve.child.kill("SIGKILL");
          await serve.exited;
        },
        restart: async () => {
          serve = await startServe(data, [], serve.port);
        },
        metric: async (name) => parsePrometheus(await (await fetch(`${serve.url}/metrics`)).text()).get(name),
      });
      if (running(serve)) {
        serve.child.kill("SIGTERM");
        await serve.exited;
      }
      rmSync(data, { recursive: true, force: true });
    },
    { scope: "worker", timeout: 60_000 },
  ],
  baseURL: async ({ roomServer }, use) => {
    await use(`${roomServer.url}/`);
  },
});

export { expect };

/** The room's line in the toolbar: "Live · 2 people here", "Offline…". */
export const roomStatus = (page: Page) => page.locator(".room-connection");
/** A part's label as its box shows it (its title holds the whole text). */
export const labelOf = (page: Page, id: string) => nodeById(page, id).locator(".kind-node").getAttribute("title");

/** Gives the person of `page`'s profile a name in rooms (the editor picks a random one otherwise); before the app loads. */
export const nameIn = (page: Page, baseURL: string, name: string) => seedStorage(page, baseURL, { localStorage: { "mlsd:name": name } });

/**
 * From the gallery, opens the Uber case study and clicks Collaborate: the design moves into a
 * new room whose link replaces the address. Returns the link and the number of parts.
 */
export const startRoom = async (page: Page) => {
  await page.goto("/");
  await page.getByRole("link", { name: `Open ${UBER.title}` }).click();
  await page.waitForURL(/#\/edit\//);
  await expect(nodes(page).first()).toBeVisible();
  const count = await nodes(page).count();
  await page.getByRole("button", { name: /Collaborate/ }).click();
  await page.waitForURL(/#\/room\/[A-Za-z0-9_-]{22}$/);
  await expect(nodes(page)).toHaveCount(count);
  await expect(roomStatus(page)).toHaveText("Live · 1 person here");
  return { link: page.url(), count };
};

/** Opens a room (or view) link in `page` and waits until it shows `count` parts. */
export const joinRoom = async (page: Page, link: string, count: number) => {
  await page.goto(link);
  await expect(nodes(page)).toHaveCount(count);
};

/** Ids of the parts fully on screen, clear of the mini map and zoom controls, in every one of `pages`. */
export const onScreen = async (...pages: Page[]) => {
  const lists = await Promise.all(
    pages.map(async (p) => {
      const area = (await pane(p).boundingBox())!;
      const covers = [(await p.locator(".react-flow__minimap").boundingBox())!, (await p.locator(".react-flow__controls").boundingBox())!];
      const out: string[] = [];
      for (const n of await nodes(p).all()) {
        const box = await n.boundingBox();
        if (!box) continue;
        const inside =
          box.x > area.x && box.y > area.y && box.x + box.width < area.x + area.width && box.y + box.height < area.y + area.height;
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

/**
 * The whole design in view (the editor's "f" shortcut), so every part can be clicked. The
 * view glides there (300 ms), or stays put when the design is already fitted (it opens
 * fitted): waits until four looks in a row, over most of a second, agree.
 */
export const fitView = async (page: Page) => {
  await pane(page).click({ position: { x: 5, y: 5 } });
  let last = await onScreenViewport(page);
  await page.keyboard.press("f");
  let same = 0;
  await expect
    .poll(
      async () => {
        const now = await onScreenViewport(page);
        same = now === last ? same + 1 : 0;
        last = now;
        return same >= 3;
      },
      { message: "the view glided to the whole design and stopped" },
    )
    .toBe(true);
};

/** Selects a part by clicking it and waits for its inspector. */
export const select = async (page: Page, id: string) => {
  await nodeById(page, id).click();
  await expect(page.getByRole("region", { name: "Part inspector" })).toBeVisible();
};
