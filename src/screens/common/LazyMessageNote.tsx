import { lazy, Suspense, type ComponentProps } from 'react';

// The note and its templates show on one question and one outcome only: a chunk of their own.
const Note = lazy(() => import('./MessageNote').then((m) => ({ default: m.MessageNote })));

/** The note to send, loaded where it is shown. */
export function MessageNoteHere(props: ComponentProps<typeof Note>) {
  return (
    <Suspense fallback={null}>
      <Note {...props} />
    </Suspense>
  );
}
