// Runs in the renderer. What dnd-kit carries for us: a draggable knows its DragSource, a
// droppable its DropTarget and whether keyboard dragging stops at it (it jumps from target
// to target in reading order). Announcements name them when they are spoken (describe.ts).
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { createContext, useContext } from 'react';
import type { DragSource, DropTarget } from '../editing/commands.ts';
import { useStore } from '../state/store.ts';
import { createStore, type Store } from '../state/observable.ts';

export interface DragData {
  source: DragSource;
}

export interface DropData {
  target: DropTarget;
  /** A stop of keyboard dragging (gaps and cells of the grid; not the agenda). */
  keyboard?: boolean;
  /**
   * A gap that would refuse the drag under way (the slot has the item already). It stays a
   * droppable so that the pointer near it finds nothing, instead of the nearest gap that
   * would accept — which may be in another slot, far from where the user aims.
   */
  refused?: boolean;
}

export function useDragSource(id: string, data: DragData, disabled = false) {
  return useDraggable({ id, data, disabled });
}

export function useDropTarget(id: string, data: DropData) {
  return useDroppable({ id, data });
}

const UNPLACE: DropData = { target: { kind: 'unplace' } };

/** The agenda, or its rail when it is folded away: a chip dropped there leaves the grid. */
export function useUnplaceTarget() {
  return useDropTarget('unplace', UNPLACE);
}

/** The drag under way: what is dragged, and whether a drop on a target would be accepted. */
export interface ActiveDrag {
  source: DragSource;
  accepts(target: DropTarget): boolean;
}

/**
 * The drag under way, if any. The grid's drop targets (gaps, empty cells, empty slots) are
 * mounted only then: each one registers with dnd-kit, and every change to that register
 * re-renders dnd-kit's context and every draggable under it — an edit that adds or moves a
 * row would pay for it on every key press. At drag start they all mount and are measured once.
 */
const DraggingContext = createContext<Store<ActiveDrag | null>>(createStore<ActiveDrag | null>(null));
export const DraggingProvider = DraggingContext.Provider;

export function useDragging(): boolean {
  return useStore(useContext(DraggingContext), isDragging);
}

const isDragging = (drag: ActiveDrag | null) => drag !== null;

/**
 * Whether `target` takes the drag under way. A place that would refuse the drop (a joint row
 * over one body's empty cell, an item over a slot that has it already) is no target at all:
 * it is not highlighted, and the keyboard passes it by.
 */
export function useDropAccepted(target: DropTarget): boolean {
  return useStore(useContext(DraggingContext), (drag) => drag !== null && drag.accepts(target));
}

export const dragData = (data: unknown): DragData | undefined => data as DragData | undefined;
export const dropData = (data: unknown): DropData | undefined => data as DropData | undefined;

/** The droppable id of the grid's visible area: not a target, it tells collision detection where the grid is. */
export const GRID_AREA = 'grid-area';
