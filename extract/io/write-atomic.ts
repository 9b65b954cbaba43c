import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export interface WriteOptions {
  /** Called after each part is written: lets a test stop the process while the output is half written. */
  afterPart?: (index: number) => void;
}

/** Writes the parts through a temporary file and a rename, so readers see the old file or the new one. */
export function writeAtomic(path: string, parts: readonly Uint8Array[], options: WriteOptions = {}): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    const fd = openSync(tmp, 'w');
    try {
      parts.forEach((part, index) => {
        for (let at = 0; at < part.length; ) at += writeSync(fd, part, at);
        options.afterPart?.(index);
      });
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}
