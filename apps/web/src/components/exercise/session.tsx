import { getExercise, getReference } from "@mlsd/catalog";
import { type Document, type Exercise, type Grade, gradeDesign } from "@mlsd/core";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { EMPTY_RECORD, type ExerciseRecord, readExerciseRecord } from "../../lib/exerciseRecord.js";
import { withBoxes } from "../../lib/geometry.js";
import { isReferenceKey } from "../../lib/open.js";
import { isRunning, pause } from "../../lib/timer.js";
import { useEditor, useEditorContext } from "../../state/context.js";
import { loadExerciseRecord, saveExerciseRecord } from "../../state/storage.js";

/** Something loaded on demand: not asked for yet, on its way, there, or failed with a reason. */
export type Loadable<T> = { state: "idle" } | { state: "loading" } | { state: "ready"; value: T } | { state: "failed"; error: string };

export interface ExerciseSession {
  exerciseId: string;
  /** The design open is the exercise's reference itself (opened from the panel). */
  isReference: boolean;
  exercise: Loadable<Exercise>;
  /** Undefined until read from the browser. */
  record?: ExerciseRecord;
  update: (change: (record: ExerciseRecord) => ExerciseRecord) => void;
  /** The last check, and the design it graded (to tell when the design changed since). */
  check?: { grade: Grade; doc: Document };
  runCheck: () => void;
  reference: Loadable<Document>;
}

const Context = createContext<ExerciseSession | null>(null);

export const useExerciseSession = (): ExerciseSession => {
  const session = useContext(Context);
  if (!session) throw new Error("useExerciseSession outside <ExerciseMode>");
  return session;
};

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Exercise mode's state for the open design, kept above the side panel's tabs so switching
 * to the inspector loses neither the check nor the clock. The rubric is loaded with the
 * panel; the reference only once the learner reveals a stage of it (its own module).
 * The clock pauses when the learner leaves the editor.
 */
const ExerciseSessionProvider = ({ exerciseId, children }: { exerciseId: string; children: ReactNode }) => {
  const { store } = useEditorContext();
  const key = useEditor((s) => s.key);
  const [exercise, setExercise] = useState<Loadable<Exercise>>({ state: "loading" });
  const [record, setRecord] = useState<ExerciseRecord>();
  const [check, setCheck] = useState<ExerciseSession["check"]>();
  const [reference, setReference] = useState<Loadable<Document>>({ state: "idle" });
  const current = useRef<ExerciseRecord | undefined>(undefined);

  useEffect(() => {
    let live = true;
    getExercise(exerciseId).then(
      (value) => live && setExercise({ state: "ready", value }),
      (e: unknown) => live && setExercise({ state: "failed", error: message(e) }),
    );
    loadExerciseRecord(key).then(
      (raw) => {
        if (!live) return;
        current.current = readExerciseRecord(raw);
        setRecord(current.current);
      },
      () => {
        if (!live) return;
        current.current = EMPTY_RECORD;
        setRecord(EMPTY_RECORD);
      },
    );
    return () => {
      live = false;
    };
  }, [exerciseId, key]);

  const update = useCallback(
    (change: (record: ExerciseRecord) => ExerciseRecord) => {
      const next = change(current.current ?? EMPTY_RECORD);
      current.current = next;
      setRecord(next);
      void saveExerciseRecord(key, next);
    },
    [key],
  );

  // Leaving the editor (another page of the app, or closing the tab) pauses a running clock.
  useEffect(() => {
    const stop = () => {
      const timer = current.current?.timer;
      if (timer && isRunning(timer)) update((r) => ({ ...r, timer: pause(timer, Date.now()) }));
    };
    window.addEventListener("pagehide", stop);
    return () => {
      window.removeEventListener("pagehide", stop);
      stop();
    };
  }, [update]);

  const revealed = record?.revealed ?? 0;
  useEffect(() => {
    if (revealed === 0 || reference.state !== "idle") return;
    setReference({ state: "loading" });
    getReference(exerciseId).then(
      (doc) => setReference({ state: "ready", value: withBoxes(doc) }),
      (e: unknown) => setReference({ state: "failed", error: message(e) }),
    );
  }, [revealed, reference.state, exerciseId]);

  const runCheck = useCallback(() => {
    if (exercise.state !== "ready") return;
    const doc = store.get().history.present;
    setCheck({ grade: gradeDesign(doc, exercise.value), doc });
  }, [exercise, store]);

  const value = useMemo(
    (): ExerciseSession => ({
      exerciseId,
      isReference: isReferenceKey(key),
      exercise,
      ...(record ? { record } : {}),
      update,
      ...(check ? { check } : {}),
      runCheck,
      reference,
    }),
    [exerciseId, key, exercise, record, update, check, runCheck, reference],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
};

/** Wraps the editor: when the open design answers an exercise (its origin says which), exercise mode is on. */
export const ExerciseMode = ({ children }: { children: ReactNode }) => {
  const exerciseId = useEditor((s) => s.origin.exercise);
  return exerciseId ? <ExerciseSessionProvider exerciseId={exerciseId}>{children}</ExerciseSessionProvider> : children;
};
