import { z } from 'zod';
import { getConfig } from '@/lib/config';
import { parseCountry } from './timeline/countries';
import { boundDay, isDateBound } from './timeline/filter';

/** POST /api/check body: {claim}. */
export function checkBodySchema() {
  const max = getConfig().MAX_QUESTION_CHARS;
  return z.object({ claim: z.string().trim().min(1, 'claim must not be empty').max(max, `claim must be at most ${max} characters`) });
}

/** GET /api/sources?q= */
export const sourcesQuerySchema = z.object({ q: z.string().trim().max(200, 'q must be at most 200 characters').optional() });

const bound = z
  .string()
  .trim()
  .refine(isDateBound, 'must be a year (1994), year-month (1994-06) or date (1994-06-15)')
  .optional();

/** GET /api/timeline?from=&to=&country= */
export const timelineQuerySchema = z
  .object({
    from: bound,
    to: bound,
    country: z
      .string()
      .trim()
      .optional()
      .transform((v, ctx) => {
        if (!v) return undefined;
        const c = parseCountry(v);
        if (!c) ctx.addIssue({ code: 'custom', message: 'must be Mexico, Colombia or United States' });
        return c ?? undefined;
      }),
  })
  .refine((q) => !q.from || !q.to || boundDay(q.from, 'start') <= boundDay(q.to, 'end'), { message: 'from must not be after to', path: ['from'] });
