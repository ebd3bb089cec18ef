/**
 * What an outcome shows unfolded, and its record, are built the same way in every language:
 * the English module holds no words of its own, only the logic. Imported from here it is left
 * alone, but its own imports (redFlags, outcomes, message, site…) are answered with their
 * French siblings (build/language-plugin.ts), so the French build writes French.
 */
export { outcomeRecord, redFlagAdvice } from '../outcomeAdvice';
export type { OutcomeRecord, RecordSection, RedFlagAdvice, TellLine } from '../outcomeAdvice';
