// Runs in the renderer. Moved to renderer/widgets/MenuButton.tsx (widgets that features import live
// there, under the app shell). This re-export stays only for the files other work in progress
// owns (renderer/terms, renderer/start/ImportAgendaDialog.tsx): once they import from
// ../widgets/MenuButton.tsx, delete this file.
export * from '../widgets/MenuButton.tsx';
