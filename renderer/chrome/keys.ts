// Runs in the renderer. The keyboard reference shown by the Keys dialog (F1): the single
// list of what Grid.tsx, the agenda, text fields, panel edges and the shortcuts do, as ui.json
// keys. Each key has one meaning in each place (test/unit/keys.test.ts): a key that does two
// things in one place is named once, with both, and says when each applies.
export interface KeyGroup {
  title: string;
  /** [keys, what they do], both ui.json keys. */
  keys: [string, string][];
}

export const KEY_GROUPS: readonly KeyGroup[] = [
  {
    title: 'keys.grid',
    keys: [
      ['keys.arrows', 'keys.arrowsWhat'],
      ['keys.homeEnd', 'keys.homeEndWhat'],
      ['keys.pageUpDown', 'keys.pageUpDownWhat'],
      ['keys.enterSpace', 'keys.enterWhat'],
      ['keys.altUpDown', 'keys.altUpDownWhat'],
      ['keys.altPage', 'keys.altPageWhat'],
      ['keys.c', 'keys.cWhat'],
      ['keys.p', 'keys.pWhat'],
      ['keys.deleteBackspace', 'keys.deleteWhat'],
      ['keys.shiftDelete', 'keys.shiftDeleteWhat'],
      ['keys.f2', 'keys.f2What'],
      ['keys.menu', 'keys.menuWhat'],
      ['keys.escape', 'keys.escapeWhat'],
    ],
  },
  {
    title: 'keys.agenda',
    keys: [
      ['keys.upDown', 'keys.agendaUpDownWhat'],
      ['keys.homeEndOnly', 'keys.agendaHomeEndWhat'],
      ['keys.enterOnly', 'keys.agendaEnterWhat'],
      ['keys.space', 'keys.agendaSpaceWhat'],
      ['keys.p', 'keys.agendaPWhat'],
      ['keys.menu', 'keys.agendaMenuWhat'],
    ],
  },
  {
    title: 'keys.textFields',
    keys: [
      ['keys.enterOnly', 'keys.fieldEnterWhat'],
      ['keys.altDown', 'keys.fieldAltDownWhat'],
    ],
  },
  {
    title: 'keys.panelEdges',
    keys: [
      ['keys.leftRight', 'keys.edgeLeftRightWhat'],
      ['keys.homeEndOnly', 'keys.edgeHomeEndWhat'],
    ],
  },
  {
    title: 'keys.everywhere',
    keys: [
      ['keys.undo', 'keys.undoWhat'],
      ['keys.redo', 'keys.redoWhat'],
      ['keys.save', 'keys.saveWhat'],
      ['keys.saveAs', 'keys.saveAsWhat'],
      ['keys.open', 'keys.openWhat'],
      ['keys.new', 'keys.newWhat'],
      ['keys.f1', 'keys.f1What'],
      ['keys.compact', 'keys.compactWhat'],
      ['keys.retime', 'keys.retimeWhat'],
    ],
  },
];

/** The single keys of a label: "Home / End, Ctrl+Home / Ctrl+End" → Home, End, Ctrl+Home, Ctrl+End. */
export function keysOf(label: string): string[] {
  return label
    .split(/\s*\/\s*|\s*[,，]\s*/)
    .map((key) => key.trim())
    .filter(Boolean);
}

/** Keys named more than once in one group (one place), with `label` reading a ui.json key. */
export function repeatedKeys(groups: readonly KeyGroup[], label: (key: string) => string): { group: string; key: string }[] {
  const repeated: { group: string; key: string }[] = [];
  for (const group of groups) {
    const seen = new Set<string>();
    for (const key of group.keys.flatMap(([keys]) => keysOf(label(keys)))) {
      if (seen.has(key)) repeated.push({ group: group.title, key });
      seen.add(key);
    }
  }
  return repeated;
}
