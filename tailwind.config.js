/** Loaded from src/styles.css with `@config`. Colours are named for what they do. */
export default {
  theme: {
    extend: {
      colors: {
        brand: {
          DEFAULT: 'var(--accent)',
          ink: 'var(--accent-ink)',
        },
      },
    },
  },
};
