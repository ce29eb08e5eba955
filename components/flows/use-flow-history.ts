'use client';

import { useCallback, useEffect, useState } from 'react';
import type { FlowDefinition, FlowField } from '@/lib/flows/definition';

type History = {
  past: FlowDefinition[];
  present: FlowDefinition;
  future: FlowDefinition[];
  lastField: FlowField | null;
};

/**
 * Undo/redo over whole flow definitions. Typing in one text field is one step (consecutive
 * edits of the same field coalesce); choosing a different field or option starts a new one.
 * Ctrl/Cmd+Z undoes and Ctrl/Cmd+Shift+Z or Ctrl+Y redoes, except inside a text box, where
 * the browser's own undo of the typed text wins.
 */
export function useFlowHistory(initial: FlowDefinition) {
  const [h, setH] = useState<History>({ past: [], present: initial, future: [], lastField: null });

  const update = useCallback((field: FlowField, value: string, coalesce = false) => {
    setH((s) => {
      if (s.present[field] === value) return s;
      const next = { ...s.present, [field]: value } as FlowDefinition;
      const merge = coalesce && s.lastField === field && s.past.length > 0;
      return {
        past: merge ? s.past : [...s.past, s.present],
        present: next,
        future: [],
        lastField: coalesce ? field : null,
      };
    });
  }, []);
  const undo = useCallback(
    () =>
      setH((s) =>
        s.past.length
          ? {
              past: s.past.slice(0, -1),
              present: s.past[s.past.length - 1],
              future: [s.present, ...s.future],
              lastField: null,
            }
          : s,
      ),
    [],
  );
  const redo = useCallback(
    () =>
      setH((s) =>
        s.future.length
          ? { past: [...s.past, s.present], present: s.future[0], future: s.future.slice(1), lastField: null }
          : s,
      ),
    [],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        undo();
      } else if ((key === 'z' && e.shiftKey) || key === 'y') {
        e.preventDefault();
        redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  return { def: h.present, update, undo, redo, canUndo: h.past.length > 0, canRedo: h.future.length > 0 };
}
