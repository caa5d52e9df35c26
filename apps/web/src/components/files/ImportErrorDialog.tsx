import { escapeControls } from "@mlsd/core";
import type { ImportFailure } from "../../lib/importFile.js";
import { Dialog } from "../common/Dialog.js";
import { ProblemList } from "../common/ProblemList.js";

export const ImportErrorDialog = ({ fileName, error, onClose }: { fileName: string; error: ImportFailure; onClose: () => void }) => (
  <Dialog
    title={`“${escapeControls(fileName)}” could not be imported`}
    onClose={onClose}
    wide
    actions={
      <button type="button" className="primary" onClick={onClose}>
        OK
      </button>
    }
  >
    <p>{escapeControls(error.message)} Your current work has not been changed.</p>
    <ProblemList problems={error.problems} />
  </Dialog>
);
