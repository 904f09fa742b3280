// Runs everywhere (shared). Bilingual labels in UN conventions.
export * from './labels.ts';
export * from './text.ts';
export * from './dates.ts';
