import { useCallback, useState } from "react";
import { type ImportResult, readDesignFile } from "../../lib/importFile.js";
import { saveAsNew } from "../../lib/open.js";
import { editHash, go } from "../../lib/route.js";
import { ImportErrorDialog } from "./ImportErrorDialog.js";

type Failure = Extract<ImportResult, { ok: false }>;

/** Import = read → check → save as a new design → open it. A bad file only opens the dialog. */
export const useImport = () => {
  const [failure, setFailure] = useState<Failure>();
  const importFile = useCallback(async (file: File) => {
    const result = await readDesignFile(file);
    if (!result.ok) {
      setFailure(result);
      return;
    }
    go(editHash(await saveAsNew(result.doc)));
  }, []);
  const dialog = failure ? (
    <ImportErrorDialog fileName={failure.fileName} error={failure.error} onClose={() => setFailure(undefined)} />
  ) : null;
  return { importFile, dialog };
};
