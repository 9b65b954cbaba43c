import type { ZodError } from 'zod';
import { InputError } from '../errors';

/** The gold files' JSON, with one wording for what is wrong with it. */

/** JSON text → its value; else the InputError at `line`. */
export function parseJson(text: string, line: number): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError(`not valid JSON (${(e as Error).message})`, undefined, line);
  }
}

function issuePath(path: readonly PropertyKey[]): string {
  return path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('').replace(/^\./, '');
}

/** "claims[2].value: Invalid input": where the schema's first issue lies and what it is; `fallback` when it names none. */
export function firstIssue(error: ZodError, fallback: string): string {
  const issue = error.issues[0];
  const where = issue && issue.path.length ? `${issuePath(issue.path)}: ` : '';
  return `${where}${issue?.message ?? fallback}`;
}
