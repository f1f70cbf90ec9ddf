import { type ChangeEvent, useCallback, useState } from 'react';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * The values of a flat form of text controls. `bind(name)` gives a control its value and change
 * handler, so that forms do not repeat the same two attributes for every field.
 */
export function useFormState<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const set = useCallback(<K extends keyof T>(name: K, value: T[K]) => setValues((current) => ({ ...current, [name]: value })), []);
  const bind = (name: keyof T & string) => ({
    name,
    value: values[name],
    onChange: (event: ChangeEvent<Control>) => set(name, event.target.value as T[typeof name]),
  });
  return { values, setValues, set, bind };
}
