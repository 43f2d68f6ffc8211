import { useSyncExternalStore } from 'react';

// A phone: charts there give their category labels less room (a truncated name; the table
// beside the chart keeps it whole).
const NARROW = '(max-width: 599px)';

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || !window.matchMedia) return () => {};
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const isNarrow = () => typeof window !== 'undefined' && !!window.matchMedia?.(NARROW).matches;

/** True on a phone-sized screen; re-renders when the screen crosses 600px. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, isNarrow, () => false);
}
