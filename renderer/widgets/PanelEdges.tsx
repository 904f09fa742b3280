// Runs in the renderer. The edges of a side panel that the panels themselves (the agenda, the
// inspector) carry: the button in the panel's head that hides it, and the inner edge that is
// dragged, or moved with the keys, to make it wider or narrower. The app shell around them
// (the rail of a hidden panel, the widths as CSS variables) is chrome/SidePanels.tsx.
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PANEL_WIDTH_RANGE, type SidePanel } from '../../shared/api.ts';
import { sidePanelToggleId, toggleSidePanel } from '../state/commands.ts';
import { useEditor } from '../state/context.tsx';
import { useStore } from '../state/store.ts';

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

/** One keyboard step of a panel's edge, in CSS pixels. */
const KEY_STEP = 16;

const clampWidth = (width: number) => Math.round(Math.max(PANEL_WIDTH_RANGE.min, Math.min(PANEL_WIDTH_RANGE.max, width)));

/**
 * The inner edge of a side panel: dragged (or moved with ← → while focused, Home and End for
 * the narrowest and widest) it makes the panel wider or narrower; the width is remembered.
 */
export function PanelResizer({ panel }: { panel: SidePanel }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const width = useStore(editor.panelWidths, (widths) => widths[panel]);
  const ref = useRef<HTMLDivElement>(null);
  const drag = useRef<{ x: number; width: number } | null>(null);
  // The agenda grows to the right, the inspector to the left.
  const sign = panel === 'agenda' ? 1 : -1;
  const current = () => width ?? ref.current?.parentElement?.getBoundingClientRect().width ?? PANEL_WIDTH_RANGE.min;
  const set = (next: number) => editor.panelWidths.set((widths) => ({ ...widths, [panel]: clampWidth(next) }));
  const remember = () => editor.host.setPreferences({ panelWidths: editor.panelWidths.get() }).catch((error: unknown) => console.error('orgwork:', error));

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, width: current() };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current) set(drag.current.width + sign * (event.clientX - drag.current.x));
  };
  const onPointerUp = () => {
    if (!drag.current) return;
    drag.current = null;
    void remember();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const steps: Record<string, () => number> = {
      ArrowRight: () => current() + sign * KEY_STEP,
      ArrowLeft: () => current() - sign * KEY_STEP,
      Home: () => PANEL_WIDTH_RANGE.min,
      End: () => PANEL_WIDTH_RANGE.max,
    };
    const step = steps[event.key];
    if (!step) return;
    event.preventDefault();
    set(step());
    void remember();
  };
  return (
    <div
      ref={ref}
      className={`panel-resizer resizer-${panel}`}
      role="separator"
      aria-orientation="vertical"
      aria-label={t(`sidePanel.resize_${panel}`)}
      aria-valuemin={PANEL_WIDTH_RANGE.min}
      aria-valuemax={PANEL_WIDTH_RANGE.max}
      aria-valuenow={Math.round(width ?? current())}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
