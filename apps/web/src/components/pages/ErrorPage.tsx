import { escapeControls, type Problem } from "@mlsd/core";
import { ProblemList } from "../common/ProblemList.js";

export const ErrorPage = ({ title, message, problems = [] }: { title: string; message: string; problems?: readonly Problem[] }) => (
  <main className="error-page" role="alert" aria-labelledby="error-title">
    <h1 id="error-title">{title}</h1>
    <p>{escapeControls(message)}</p>
    {problems.length ? <ProblemList problems={problems} /> : null}
    <p>
      <a href="#/" className="button primary">
        Go to the gallery
      </a>
    </p>
  </main>
);
