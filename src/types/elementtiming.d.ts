import 'react';

declare module 'react' {
  // Merging with React's own interface needs its type parameter, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface HTMLAttributes<T> {
    /**
     * Element Timing: the browser reports when this element is first shown on screen
     * (src/app/afterShown.ts). Not in React's types yet.
     */
    elementtiming?: string;
  }
}
