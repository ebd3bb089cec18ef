import type { ComponentProps, ReactNode } from 'react';

/** A page section named by its own heading (a landmark screen readers can list). */
export function TitledSection({
  id,
  title,
  children,
  ...rest
}: { id: string; title: ReactNode } & Omit<ComponentProps<'section'>, 'id' | 'title'>) {
  return (
    <section aria-labelledby={id} {...rest}>
      <h2 id={id} className="text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}
