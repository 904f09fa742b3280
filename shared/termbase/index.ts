// Runs everywhere (shared). The bilingual term base: seeded from the glossary, learning from
// sessions, looked up as titles are typed, filling translation gaps, as CSV and TBX.
export * from './types.ts';
export { GLOSSARY_ROWS, GLOSSARY_TERMS, glossaryTerm } from './seed.ts';
export { tidyTerm, termKey } from './normalize.ts';
export { lookup } from './lookup.ts';
export { learnFromSession, termPairsOf } from './learn.ts';
export { fillMissingTranslations } from './fill.ts';
export { applyFilledTranslations, fillPlaces, type FillPlace } from './apply-fills.ts';
export { sessionLabels, type SessionLabel } from './session-labels.ts';
export { termsToCsv, termsFromCsv, csvRows, type CsvTerms } from './csv.ts';
export { termsToTbx } from './tbx.ts';
export { mergeTerms, importCsvTerms, exportTermBase } from './exchange.ts';
