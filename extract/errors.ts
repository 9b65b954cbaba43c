/**
 * The one error for bad input, thrown by the Node-free core, the readers, the threads and the
 * commands alike, so a command tells it from a bug with one `instanceof` and a worker thread can
 * send it across as plain data. Its message names the file and line when they are known
 * (`file:line: reason`, as compilers do), so an editor or a terminal can jump to it.
 */
export class InputError extends Error {
  constructor(
    /** What is wrong, without the place. */
    readonly reason: string,
    /** The file, when the code that found the fault knows it. */
    readonly file?: string,
    /** 1-based line within the file. */
    readonly line?: number
  ) {
    super(placed(reason, file, line));
    this.name = 'InputError';
  }

  /** The same fault placed in `file`: for parsers given text, whose caller knows the file. */
  inFile(file: string): InputError {
    return new InputError(this.reason, file, this.line);
  }
}

function placed(reason: string, file: string | undefined, line: number | undefined): string {
  if (file === undefined) return line === undefined ? reason : `line ${line}: ${reason}`;
  return line === undefined ? `${file}: ${reason}` : `${file}:${line}: ${reason}`;
}
