import { useState } from 'react';

/**
 * A list with its form below: the record being edited (null for a new one), the confirmation of the
 * last save, and a key that gives the form fresh values after each save.
 */
export function useEditedList<T>(keyOf: (item: T) => string | number, onChanged: () => void) {
  const [editing, setEditing] = useState<T | null>(null);
  const [notice, setNotice] = useState<string>();
  const [generation, setGeneration] = useState(0);
  const saved = (message: string) => {
    setNotice(message);
    setEditing(null);
    setGeneration((value) => value + 1);
    onChanged();
  };
  return { editing, edit: setEditing, cancel: () => setEditing(null), notice, saved, formKey: `${editing === null ? 'new' : keyOf(editing)}-${generation}` };
}
