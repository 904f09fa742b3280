// Runs everywhere (shared). The term base in the six UN languages: seeded from the glossary,
// learning from sessions, looked up as titles are typed, filling translation gaps, as CSV and TBX.
export * from './types.ts';
export { GLOSSARY_ROWS, GLOSSARY_TERMS, glossaryTerm } from './seed.ts';
export { tidyTerm, termKey } from './normalize.ts';
export { termLanguages, termEntryKey } from './texts.ts';
export { lookup, defaultTarget } from './lookup.ts';
export { learnFromSession, termsOf } from './learn.ts';
export { fillMissingTranslations } from './fill.ts';
export { applyFilledTranslations, fillPlaces, type FillPlace } from './apply-fills.ts';
export { sessionLabels, type SessionLabel } from './session-labels.ts';
export { termsToCsv, termsFromCsv, csvRows, languageCode } from './csv.ts';
export { termsToTbx, termsFromTbx } from './tbx.ts';
export { mergeTerms, importTerms, readTermList, exportTermBase } from './exchange.ts';
