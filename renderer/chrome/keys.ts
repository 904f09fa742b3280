// Runs in the renderer. The keyboard reference shown by the Keys dialog (F1): the single
// list of what Grid.tsx, the agenda and the shortcuts do, as ui.json keys.
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
      ['keys.enter', 'keys.enterWhat'],
      ['keys.altUpDown', 'keys.altUpDownWhat'],
      ['keys.altPage', 'keys.altPageWhat'],
      ['keys.c', 'keys.cWhat'],
      ['keys.p', 'keys.pWhat'],
      ['keys.delete', 'keys.deleteWhat'],
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
      ['keys.enter', 'keys.agendaEnterWhat'],
      ['keys.space', 'keys.agendaSpaceWhat'],
      ['keys.p', 'keys.agendaPWhat'],
      ['keys.menu', 'keys.agendaMenuWhat'],
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
