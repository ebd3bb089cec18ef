import { LANGUAGE } from './language';

/**
 * Lists joined as people write them ("a, b and c"; "a, b or c"). The formatters are made on
 * first use: building one costs a phone a few milliseconds, and most pages never need it.
 */
let and: Intl.ListFormat | undefined;
let or: Intl.ListFormat | undefined;

export function andList(items: string[]): string {
  and ??= new Intl.ListFormat(LANGUAGE.tag, { type: 'conjunction' });
  return and.format(items);
}

export function orList(items: string[]): string {
  or ??= new Intl.ListFormat(LANGUAGE.tag, { type: 'disjunction' });
  return or.format(items);
}
