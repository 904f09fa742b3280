// Runs in the renderer. The lower panel: the annex preview and the plan's problems, as tabs,
// in a height the user picks (a laptop screen has little to spare).
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../state/context.tsx';
import { useStore } from '../state/store.ts';

export interface PanelTab {
  id: string;
  label: string;
  content: ReactNode;
}

type Size = 'small' | 'normal' | 'large';
const SIZES: readonly Size[] = ['small', 'normal', 'large'];

export function BottomPanel({ tabs }: { tabs: PanelTab[] }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const active = useStore(editor.panelTab, (id) => id);
  const setActive = (id: string) => editor.panelTab.set(id);
  // Compact density gives the grid the room: the panel starts folded to its tab bar.
  const compact = useStore(editor.density, (density) => density === 'compact');
  const [size, setSize] = useState<Size>(compact ? 'small' : 'normal');
  useEffect(() => setSize(compact ? 'small' : 'normal'), [compact]);
  const current = tabs.find((tab) => tab.id === active) ?? tabs[0]!;
  // A tab opened from elsewhere (the status bar's counts, a mark on the grid) shows its content.
  const shownTab = useRef(active);
  useEffect(() => {
    if (shownTab.current === active) return;
    shownTab.current = active;
    setSize((previous) => (previous === 'small' ? 'normal' : previous));
  }, [active]);
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((tab) => tab.id === current.id);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length]!;
    setActive(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };
  return (
    <section className={`bottom-panel size-${size}`} aria-label={t('panel.label')}>
      <div className="tab-bar">
        <div role="tablist" aria-label={t('panel.label')} onKeyDown={onKeyDown}>
          {tabs.map((tab) => (
            <button
              key={tab.id}
              id={`tab-${tab.id}`}
              type="button"
              role="tab"
              aria-selected={tab.id === current.id}
              aria-controls={`tabpanel-${tab.id}`}
              tabIndex={tab.id === current.id ? 0 : -1}
              onClick={() => setActive(tab.id)}
            >
              {tab.label}
            </button>
          ))}
        </div>
        <div className="panel-size" role="group" aria-label={t('panel.size')}>
          {SIZES.map((option) => (
            <button key={option} type="button" aria-pressed={size === option} onClick={() => setSize(option)}>
              {t(`panel.${option}`)}
            </button>
          ))}
        </div>
      </div>
      <div role="tabpanel" id={`tabpanel-${current.id}`} aria-labelledby={`tab-${current.id}`} className="tab-panel" tabIndex={0}>
        {size === 'small' ? null : current.content}
      </div>
    </section>
  );
}
