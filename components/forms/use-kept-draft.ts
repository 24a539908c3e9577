"use client";

import { useEffect, useRef, useState, type SetStateAction } from "react";

/** Every key this app keeps in the browser starts with this (cleared at sign-out and when a session ends). */
export const KEPT_PREFIX = "backtrack:";

/** Removes everything the app kept in this browser: a shared phone keeps no one's health data. */
export function forgetAllKeptDrafts(): void {
  try {
    const keys = Array.from({ length: window.localStorage.length }, (_, index) => window.localStorage.key(index));
    for (const key of keys) if (key?.startsWith(KEPT_PREFIX)) window.localStorage.removeItem(key);
  } catch {
    // Storage blocked: nothing was kept.
  }
}

/**
 * Form state that is also kept in this browser (localStorage) until it is
 * sent, so nothing typed is lost to a dropped connection, a reload or a
 * closed tab. Only what the person actually changed is kept: opening a form
 * (which may show a stored check-in with its note and red flags) writes
 * nothing to the device. `restored` is true when the form came back from a
 * kept draft.
 */
export function useKeptDraft<T>(storageKey: string, initial: T) {
  const [draft, setDraftState] = useState<T>(initial);
  const [restored, setRestored] = useState(false);
  const loaded = useRef(false);
  const edited = useRef(false);

  useEffect(() => {
    // Read once after the first render: the server render cannot see localStorage.
    try {
      const kept = window.localStorage.getItem(storageKey);
      if (kept) {
        // Hydration must match the server render, which has no localStorage: the kept draft can only come in after it.
        // eslint-disable-next-line react-hooks/set-state-in-effect
        setDraftState({ ...initial, ...(JSON.parse(kept) as Partial<T>) });
        setRestored(true);
        edited.current = true;
      }
    } catch {
      // Private mode or a corrupt entry: start from the initial values.
    }
    loaded.current = true;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the draft is read once per key
  }, [storageKey]);

  useEffect(() => {
    if (!loaded.current || !edited.current) return;
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(draft));
    } catch {
      // Storage full or blocked: the form still works, it just is not kept.
    }
  }, [storageKey, draft]);

  function setDraft(next: SetStateAction<T>) {
    edited.current = true;
    setDraftState(next);
  }

  function forget() {
    edited.current = false;
    try {
      window.localStorage.removeItem(storageKey);
    } catch {
      // Nothing to do.
    }
  }

  return { draft, setDraft, restored, forget };
}
