import { readFileSync } from 'node:fs';
import { InputError } from '../errors';

/** Reading a source file's bytes on the command line, with the one message for a file it cannot read. */

/** The InputError for a file that cannot be opened or read. */
export function cannotRead(path: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : String(e);
  return new InputError(`cannot read: ${why}`, path);
}

export function readBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (e) {
    throw cannotRead(path, e);
  }
}
