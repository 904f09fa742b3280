// Runs everywhere (shared). The words of an English title that carry its meaning: lower case,
// without the small words every title has ("of", "the", "and"). Joint keys are made of them and
// English titles are compared by them.

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with']);

export function significantWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/gu) ?? []).filter((word) => !SMALL_WORDS.has(word));
}
