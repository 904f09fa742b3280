// Runs everywhere (shared). What checkSession says about a session: problems, each with a
// stable rule id, a severity, a message in every language and a place the UI can reveal.
import type { Message } from '../i18n.ts';
import type { Body, Item, Session } from '../model/types.ts';
import type { RowRef, SlotRef } from '../schedule/refs.ts';

/** error: the plan is wrong as it stands; warning: probably wrong, look at it; info: worth knowing. */
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * Where a problem is. Days and slots are named as the edit operations name them
 * (SlotRef, RowRef: a date and indexes from 0); `field` names the label or setting at fault.
 */
export type ProblemLocation =
  | { kind: 'session'; field: keyof Session }
  | { kind: 'body'; body: string; field?: keyof Body }
  | { kind: 'item'; item: string; field?: keyof Item }
  /** documents[index] of an item. */
  | { kind: 'document'; item: string; index: number }
  | { kind: 'day'; date: string }
  | ({ kind: 'slot' } & SlotRef)
  /** `body`: the column of the row at fault, when one is. */
  | ({ kind: 'row'; body?: string } & RowRef);

/**
 * Every rule and its severity, in one place: a rule's id is stable (the CLI prints it, users
 * may filter on it) and its message is `rules:<id>` in locales/<lang>/rules.json.
 */
export const RULES = {
  'joint.same-body': 'error',
  'joint.alone': 'warning',
  'joint.partner-other-row': 'error',
  'joint.partner-other-slot': 'error',
  'joint.partner-unplaced': 'error',
  'order.outside-body-dates': 'error',
  'order.opening-not-first': 'error',
  'order.closing-not-last': 'error',
  'order.agenda-order': 'warning',
  'order.parent-and-sub-items': 'warning',
  'order.body-unscheduled': 'warning',
  'order.unplaced': 'warning',
  'time.day-duplicate': 'error',
  'time.day-order': 'error',
  'time.weekend': 'warning',
  'time.day-without-meetings': 'info',
  'time.slot-order': 'error',
  'time.slots-overlap': 'error',
  'time.outside-hours': 'warning',
  'time.hybrid-too-long': 'error',
  'time.slot-empty': 'info',
  'time.zone-unknown': 'error',
  'time.display-zone-unknown': 'warning',
  'time.hybrid-no-zone': 'warning',
  'resources.parallel-limit': 'error',
  'text.missing-translation': 'warning',
  'text.symbol-format': 'warning',
  'text.symbol-titles-differ': 'warning',
  'text.see-annotation-missing': 'warning',
} as const satisfies Record<string, Severity>;

export type RuleId = keyof typeof RULES;

export interface Problem {
  rule: RuleId;
  severity: Severity;
  message: Message;
  location: ProblemLocation;
}
