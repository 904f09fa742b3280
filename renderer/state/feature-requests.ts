// Runs in the renderer. Menu commands that open a feature's dialog (File ▸ Share by Email…,
// New from Wizard…, Compare with File…, …): the command is posted here and the feature that
// owns the dialog takes it, so that commands (this layer) need not import any feature.
import { useEffect } from 'react';
import type { Editor } from './editor.ts';
import { useStore } from './store.ts';
import { createStore } from './observable.ts';

export const FEATURE_REQUESTS = ['share', 'new-wizard', 'import-agenda', 'pair-joint', 'fill-translations', 'compare', 'merge', 'retime'] as const;
export type FeatureRequest = (typeof FEATURE_REQUESTS)[number];

const pending = createStore<FeatureRequest | null>(null);

export const isFeatureRequest = (command: string): command is FeatureRequest => (FEATURE_REQUESTS as readonly string[]).includes(command);

/** Asks for a feature's dialog; ignored without a document, or while the editor asks a question. */
export function requestFeature(editor: Editor, what: FeatureRequest): void {
  if (editor.doc.get() && !editor.dialog.get()) pending.set(what);
}

/** Runs `take` for a request of one of `kinds`, once, then clears it. */
export function useFeatureRequest<K extends FeatureRequest>(kinds: readonly K[], take: (what: K) => void): void {
  const request = useStore(pending, (what) => what);
  useEffect(() => {
    if (request === null || !(kinds as readonly FeatureRequest[]).includes(request)) return;
    pending.set(null);
    take(request as K);
    // `take` is a fresh closure each render; the request alone decides when to act.
  }, [request]);
}
