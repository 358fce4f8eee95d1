import { z } from 'zod';

/** One deadline question, as integrators send it (the CLI's JSON Lines, the staff API). */
export const DeadlineRequest = z
  .object({
    id: z.string().min(1),
    policy: z.string().min(1),
    stage: z.union([z.literal(1), z.literal(2)]),
    received: z.string().min(1),
    acknowledged: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD').optional(),
    responded: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD').optional(),
  })
  .strict();
export type DeadlineRequest = z.infer<typeof DeadlineRequest>;

/** zod's issues as one line that names each field. */
export function issuesText(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'request'}: ${i.message}`).join('; ');
}
