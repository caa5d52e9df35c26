import { themeStyleSheet } from "@mlsd/scene";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.js";
import { ErrorBoundary } from "./components/pages/ErrorBoundary.js";
import "@xyflow/react/dist/style.css";
import "./styles/app.css";

// The drawing's colours and node metrics as --mlsd-* custom properties, from @mlsd/scene's tokens.
const tokens = document.createElement("style");
tokens.textContent = themeStyleSheet();
document.head.prepend(tokens);

const root = document.getElementById("root");
if (root)
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
