// Runs in Node. A new session is planned for the coming week: Monday to Friday after today.
import { addDays, nextMonday } from 'date-fns';
import { isoDate } from '../../shared/model/calendar.ts';

export function weekdaysOfNextWeek(today: Date): { from: string; to: string } {
  const monday = nextMonday(today);
  return { from: isoDate(monday), to: isoDate(addDays(monday, 4)) };
}
