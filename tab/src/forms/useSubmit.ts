import { useState } from "react";

/**
 * What every update dialog does with a save: it is busy while the attempt runs; an attempt that
 * returns what was saved reports it and lets the dialog close (one that returns nothing stopped at a
 * conflict the user resolves first); an error goes to the form, as the dialog maps it to its fields.
 */
export function useSubmit<R>(onSaved: (saved: R) => void, onError: (error: unknown) => void) {
  const [saving, setSaving] = useState(false);
  async function run(attempt: () => Promise<R | undefined>) {
    setSaving(true);
    try {
      const saved = await attempt();
      if (saved) onSaved(saved);
    } catch (error) {
      onError(error);
    } finally {
      setSaving(false);
    }
  }
  return { saving, run };
}
