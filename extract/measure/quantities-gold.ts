import { z } from 'zod';
import { InputError } from '../errors';
import { firstIssue, parseJson } from './gold-json';

/**
 * A hand-labelled gold file of quantities (JSON): the questions a historian would ask of one
 * document, each with the claims that answer it, named like gold claims by `line`, exact `text`
 * and, when the text repeats on its line, `occurrence`.
 */

const member = z.object({
  line: z.number().int().positive(),
  text: z.string().min(1),
  occurrence: z.number().int().positive().optional()
});

const question = z.object({
  id: z.string().min(1),
  description: z.string().min(1),
  members: z.array(member).min(2, 'a question needs at least two claims')
});

export const quantitiesGoldSchema = z
  .object({ doc: z.string().min(1).optional(), questions: z.array(question).min(1) })
  .superRefine((g, ctx) => {
    const seen = new Map<string, string>();
    g.questions.forEach((q, i) => {
      if (g.questions.findIndex((o) => o.id === q.id) !== i)
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `id ${q.id} is used twice` });
      q.members.forEach((m, j) => {
        const at = `${m.line}\u0000${m.text}\u0000${m.occurrence ?? 1}`;
        const other = seen.get(at);
        if (other !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['questions', i, 'members', j],
            message: `line ${m.line} "${m.text}" already answers ${other}: a claim answers at most one question`
          });
        else seen.set(at, q.id);
      });
    });
  });

export type QuantitiesGold = z.output<typeof quantitiesGoldSchema>;
export type GoldQuestion = QuantitiesGold['questions'][number];
export type GoldMember = GoldQuestion['members'][number];

/** The line of the JSON text where `"id": "<id>"` is written, to point at a bad question. */
function lineOfId(text: string, id: string | undefined): number {
  if (id === undefined) return 1;
  const at = text.indexOf(JSON.stringify(id));
  return at === -1 ? 1 : text.slice(0, at).split('\n').length;
}

/** Parse a quantities gold file; throws InputError at the line of the first bad question. */
export function parseQuantitiesGold(text: string): QuantitiesGold {
  const json = parseJson(text, 1);
  const parsed = quantitiesGoldSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const index = issue?.path[1];
  const questions = (json as { questions?: { id?: string }[] }).questions;
  const id = typeof index === 'number' && Array.isArray(questions) ? questions[index]?.id : undefined;
  throw new InputError(firstIssue(parsed.error, 'invalid quantities gold'), undefined, lineOfId(text, id));
}
