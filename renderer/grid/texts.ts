// Runs in the renderer. The few interface texts that every chip and empty cell shows, looked
// up once for the grid: a cell that mounts (a row placed, a chip moved into an empty cell)
// then reads a context instead of setting up react-i18next, which costs more than the cell.
import { createContext, useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface GridTexts {
  continued: string;
  joint: string;
  empty: string;
  notMeeting: string;
}

const GridTextsContext = createContext<GridTexts | null>(null);
export const GridTextsProvider = GridTextsContext.Provider;

/** The texts, for the grid to provide; they change with the interface language. */
export function useGridTextsValue(): GridTexts {
  const { t } = useTranslation();
  return useMemo(() => ({ continued: t('grid.continued'), joint: t('grid.joint'), empty: t('grid.empty'), notMeeting: t('grid.notMeeting') }), [t]);
}

export function useGridTexts(): GridTexts {
  const texts = useContext(GridTextsContext);
  if (!texts) throw new Error('useGridTexts outside <GridTextsProvider>');
  return texts;
}
