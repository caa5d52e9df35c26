import { useEffect } from "react";
import { useEditor, useEditorContext } from "../../state/context.js";

/** Short messages (connection refused, layout done) in a polite live region. */
export const NoticeBar = () => {
  const notice = useEditor((s) => s.notice);
  const { store } = useEditorContext();
  useEffect(() => {
    if (!notice) return;
    const t = setTimeout(() => {
      if (store.get().notice?.id === notice.id) store.set({ notice: undefined });
    }, 6000);
    return () => clearTimeout(t);
  }, [notice, store]);
  return (
    <div className="notice-bar" role="status" aria-live="polite">
      {notice ? <p className={`notice notice-${notice.tone}`}>{notice.message}</p> : null}
    </div>
  );
};
