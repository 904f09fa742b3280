// Runs in Node (tests). The plain addresses of a header mailparser read (To may be one group
// or several), for comparing recipients as a list.
import type { AddressObject } from 'mailparser';

export const addresses = (to: AddressObject | AddressObject[] | undefined): (string | undefined)[] =>
  (Array.isArray(to) ? to : to ? [to] : []).flatMap((group) => group.value.map((a) => a.address));
