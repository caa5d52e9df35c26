import { lazy, Suspense } from "react";
import { Gallery } from "./components/gallery/Gallery.js";
import { ErrorPage } from "./components/pages/ErrorPage.js";
import { OpenCatalog, OpenExercise, OpenNew } from "./components/pages/Opening.js";
import { useRoute } from "./lib/route.js";
import { useTheme } from "./lib/theme.js";

// The editor (React Flow and the canvas) loads on first use, so the gallery opens fast.
const EditorLoader = lazy(() => import("./components/editor/EditorLoader.js").then((m) => ({ default: m.EditorLoader })));
// The comparison view draws with React Flow too: loaded when opened.
const ComparePage = lazy(() => import("./components/compare/ComparePage.js").then((m) => ({ default: m.ComparePage })));
// A room loads Yjs and the Hocuspocus provider: only room links pay for them.
const RoomLoader = lazy(() => import("./collab/RoomLoader.js").then((m) => ({ default: m.RoomLoader })));
const Loading = () => (
  <main className="loading" aria-busy="true">
    Loading the editor…
  </main>
);

export const App = () => {
  useTheme();
  const route = useRoute();
  switch (route.page) {
    case "gallery":
      return <Gallery />;
    case "new":
      return <OpenNew />;
    case "open":
      return <OpenCatalog key={route.catalogId} catalogId={route.catalogId} />;
    case "exercise":
      return <OpenExercise key={route.exerciseId} exerciseId={route.exerciseId} />;
    case "compare":
      return (
        <Suspense fallback={<Loading />}>
          <ComparePage key={`${route.before}/${route.after ?? ""}`} before={route.before} after={route.after} />
        </Suspense>
      );
    case "share":
      return (
        <Suspense fallback={<Loading />}>
          <EditorLoader key={`share:${route.payload}`} source={{ share: route.payload }} />
        </Suspense>
      );
    case "edit":
      return (
        <Suspense fallback={<Loading />}>
          <EditorLoader key={route.key} source={{ key: route.key }} />
        </Suspense>
      );
    case "room":
      return (
        <Suspense fallback={<Loading />}>
          <RoomLoader key={`${route.link}:${route.id}`} link={route.link} id={route.id} />
        </Suspense>
      );
    case "missing":
      return <ErrorPage title="Page not found" message="This address does not lead to a page of the editor." />;
  }
};
