import { useEffect } from 'react';

/** Each page names itself, so that tabs, history and screen readers tell pages apart. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — MotCua`;
  }, [title]);
}
