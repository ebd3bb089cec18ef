/** Words every form shares (src/components/form/). */
export const FORM = {
  /** Read before each problem by screen readers; the problem's colour says it to the eye. */
  errorPrefix: 'Error:',
} as const;
