// Runs in the renderer. Which bodies' joint items to pair: every two bodies that both have items
// marked joint (with three bodies, pairs a–b and b–c make one discussion of three).
import type { Session } from '../../shared/model/types.ts';

export function bodyPairs(session: Session): [string, string][] {
  const joint = session.bodies.filter((body) => session.items.some((item) => item.body === body.id && item.joint !== undefined)).map((body) => body.id);
  return joint.flatMap((a, i) => joint.slice(i + 1).map((b): [string, string] => [a, b]));
}
