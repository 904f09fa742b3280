// Runs in the renderer. Hiding a side panel (the agenda, the details) to give the grid room on
// a small or zoomed screen, and the narrow rail that stands in its place to bring it back.
// Also View ▸ Agenda Panel / Details Panel in the desktop app; remembered in preferences. The
// button that hides a panel and the edge that resizes it are carried by the panels themselves:
// widgets/PanelEdges.tsx.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SidePanel } from '../../shared/api.ts';
import { useUnplaceTarget } from '../dnd/targets.ts';
import { sidePanelToggleId, toggleSidePanel } from '../state/commands.ts';
import { useEditor } from '../state/context.tsx';
import { useStore } from '../state/store.ts';

export function useHiddenPanels(): readonly SidePanel[] {
  return useStore(useEditor().hiddenPanels, (hidden) => hidden);
}

/** Where a hidden panel was: its name, written down the rail, and a click brings it back. */
export function PanelRail({ panel }: { panel: SidePanel }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const label = t(`sidePanel.show_${panel}`);
  const button = (
    <button id={sidePanelToggleId(panel)} type="button" aria-label={label} title={label} aria-expanded="false" onClick={() => toggleSidePanel(editor, panel)}>
      <span aria-hidden="true">{panel === 'agenda' ? '›' : '‹'}</span>
      <span className="rail-label" aria-hidden="true">
        {t(`sidePanel.rail_${panel}`)}
      </span>
    </button>
  );
  if (panel === 'agenda') return <AgendaRail>{button}</AgendaRail>;
  return (
    <div className="panel-rail rail-inspector" data-side-panel={panel}>
      {button}
    </div>
  );
}

/** The folded agenda still takes a chip dragged out of the grid, as the agenda does. */
function AgendaRail({ children }: { children: ReactNode }) {
  const unplace = useUnplaceTarget();
  return (
    <div ref={unplace.setNodeRef} className={`panel-rail rail-agenda${unplace.isOver ? ' is-over' : ''}`} data-side-panel="agenda">
      {children}
    </div>
  );
}

/** The workspace's panel widths as CSS variables; a hidden panel keeps its rail. */
export function usePanelWidthStyle(hidden: readonly SidePanel[]): Record<string, string> {
  const widths = useStore(useEditor().panelWidths, (w) => w);
  const style: Record<string, string> = {};
  for (const [panel, width] of Object.entries(widths) as [SidePanel, number][]) {
    if (!hidden.includes(panel)) style[`--${panel}-width`] = `${width}px`;
  }
  return style;
}
