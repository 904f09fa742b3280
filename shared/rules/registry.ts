// Runs everywhere (shared). The rule groups checkSession runs, in the order their problems are
// listed within a severity. A rule id starts with its group's name ("joint.alone").
import type { RuleGroup } from './context.ts';
import { checkJoint } from './joint.ts';
import { checkOrder } from './order.ts';
import { checkResources } from './resources.ts';
import { checkText } from './text.ts';
import { checkTime } from './time.ts';

export const RULE_GROUPS: Readonly<Record<string, RuleGroup>> = {
  joint: checkJoint,
  order: checkOrder,
  time: checkTime,
  resources: checkResources,
  text: checkText,
};
