/** Times of day in scenario files. */
import { z } from 'zod';

/** "HH:MM" or "HH:MM:SS", 00:00 to 48:00 (a night shift may run past midnight). */
export const clockTime = z
  .string()
  .regex(/^\d{1,2}:\d{2}(:\d{2})?$/, 'expected a time of day as "HH:MM" or "HH:MM:SS"')
  .refine((s) => {
    if (!/^\d{1,2}:\d{2}(:\d{2})?$/.test(s)) return true; // the format message above says it
    const [h, m, sec = '0'] = s.split(':');
    return Number(h) <= 48 && Number(m) < 60 && Number(sec) < 60;
  }, 'hours must be 0–48, minutes and seconds 0–59');

