// Runs in the renderer. Hiding a side panel (the agenda, the details) to give the grid room on
// a small or zoomed screen, and the narrow rail that stands in its place to bring it back.
// Also View ▸ Agenda Panel / Details Panel in the desktop app; remembered in preferences.
import { useTranslation } from 'react-i18next';
import type { SidePanel } from '../../shared/api.ts';
import { sidePanelToggleId, toggleSidePanel } from '../state/commands.ts';
import { useEditor } from '../state/context.tsx';
import { useStore } from '../state/store.ts';

export function useHiddenPanels(): readonly SidePanel[] {
  return useStore(useEditor().hiddenPanels, (hidden) => hidden);
}

/** In the panel's head: hides it. Points the way the panel folds (the agenda left, the details right). */
export function HidePanelButton({ panel }: { panel: SidePanel }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const label = t(`sidePanel.hide_${panel}`);
  return (
    <button id={sidePanelToggleId(panel)} type="button" className="panel-toggle" aria-label={label} title={label} aria-expanded="true" onClick={() => toggleSidePanel(editor, panel)}>
      <span aria-hidden="true">{panel === 'agenda' ? '‹' : '›'}</span>
    </button>
  );
}

/** Where a hidden panel was: its name, written down the rail, and a click brings it back. */
export function PanelRail({ panel }: { panel: SidePanel }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const label = t(`sidePanel.show_${panel}`);
  return (
    <div className={`panel-rail rail-${panel}`} data-side-panel={panel}>
      <button id={sidePanelToggleId(panel)} type="button" aria-label={label} title={label} aria-expanded="false" onClick={() => toggleSidePanel(editor, panel)}>
        <span aria-hidden="true">{panel === 'agenda' ? '›' : '‹'}</span>
        <span className="rail-label" aria-hidden="true">
          {t(`sidePanel.rail_${panel}`)}
        </span>
      </button>
    </div>
  );
}
