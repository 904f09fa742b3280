// Runs in the renderer. Toolbar entry for starting fast (issue 8): the "Start ▾" menu with the
// new-session wizard, agenda import and joint pairing, and whichever of their dialogs is open.
// After an import that leaves two bodies with joint items to pair, pairing opens by itself.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MenuButton } from '../widgets/MenuButton.tsx';
import { useFeatureRequest } from '../state/feature-requests.ts';
import { ImportAgendaDialog } from './ImportAgendaDialog.tsx';
import { JointPairingDialog } from './JointPairingDialog.tsx';
import { NewSessionWizard } from './NewSessionWizard.tsx';

type StartEntry = 'wizard' | 'import' | 'pair';
const ENTRIES: readonly StartEntry[] = ['wizard', 'import', 'pair'];
/** The host's menu commands for the same entries. */
const FROM_MENU = { 'new-wizard': 'wizard', 'import-agenda': 'import', 'pair-joint': 'pair' } as const satisfies Record<string, StartEntry>;

export function StartTools() {
  const { t } = useTranslation('start');
  const [open, setOpen] = useState<StartEntry | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useFeatureRequest(['new-wizard', 'import-agenda', 'pair-joint'], (command) => setOpen(FROM_MENU[command]));
  // A dialog removed from the page cannot give focus back itself: back to the menu button.
  const close = () => {
    setOpen(null);
    requestAnimationFrame(() => buttonRef.current?.focus());
  };
  return (
    <MenuButton label={t('menu.button')} buttonRef={buttonRef} groups={[ENTRIES.map((entry) => ({ id: entry, label: t(`menu.${entry}`) }))]} onChoose={setOpen}>
      {open === 'wizard' && <NewSessionWizard onClose={close} />}
      {open === 'import' && <ImportAgendaDialog onClose={close} onPair={() => setOpen('pair')} />}
      {open === 'pair' && <JointPairingDialog onClose={close} />}
    </MenuButton>
  );
}
