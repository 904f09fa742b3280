// Runs everywhere (shared). Agenda item numbers as people write them: "1(a)" (or "1 (a)") is a
// sub-item of "1", "1(a)(ii)" of "1(a)". The agenda runs 1, 1(a), 1(b), 2 … 10 by these
// numbers, whatever order the items were added to the file in.

const SUB_ITEM = /^(.*\S)\s*\([^()]+\)$/u;
const TOKEN = /\d+|[^\d\s()]+/gu;
const ROMAN = /^[ivxlc]+$/u;
const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** "1(a)" -> "1", "1(a)(ii)" -> "1(a)"; null for a top-level number. */
export function parentNumber(number: string): string | null {
  return SUB_ITEM.exec(number.trim())?.[1] ?? null;
}

function romanValue(text: string): number {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN_VALUES[text[i]!]!;
    const next = ROMAN_VALUES[text[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/**
 * A sortable key per level: numbers by value, letters alphabetically, and from the third
 * level on ("1(a)(iv)") lower-case roman numerals by value, since there "(iv)" comes before "(v)".
 */
function levels(number: string): (number | string)[] {
  return (number.match(TOKEN) ?? []).map((token, depth) => {
    if (/^\d+$/u.test(token)) return Number(token);
    return depth >= 2 && ROMAN.test(token) ? romanValue(token) : token.toLowerCase();
  });
}

function compareLevels(left: readonly (number | string)[], right: readonly (number | string)[]): number {
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const [x, y] = [left[i]!, right[i]!];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    // A number before a letter ("2" before "A"): agendas number their items.
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return left.length - right.length;
}

/** Agenda order of two item numbers: negative when `a` comes first; a heading before its sub-items. */
export function compareAgendaNumbers(a: string, b: string): number {
  return compareLevels(levels(a), levels(b));
}

/** Items in agenda order; items of equal numbers keep their order. Each number is read once. */
export function inAgendaOrder<T extends { number: string }>(items: readonly T[]): T[] {
  return items
    .map((item) => ({ item, key: levels(item.number) }))
    .sort((a, b) => compareLevels(a.key, b.key))
    .map(({ item }) => item);
}
