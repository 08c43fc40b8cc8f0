import { appendFileSync, renameSync, rmSync, statSync } from 'node:fs';

/**
 * Size-based rotation for the JSON-lines log: `passerelle.log` grows to `maxBytes`, then becomes
 * `passerelle.log.1` (the older ones move up to `.2`, `.3`…), and the oldest beyond `keep` files in all is
 * deleted. Five files of 5 MB keep months of a desktop's incidents and never fill a City PC's disk. Rotation
 * only renames whole files, so the no-personal-data rule of main/log.ts holds for the old files too.
 */
export interface RotationLimits {
  /** A file is rotated before a line would take it past this size (a single longer line still gets written). */
  maxBytes: number;
  /** How many files in all, the current one included. */
  keep: number;
}

export const LOG_ROTATION: RotationLimits = Object.freeze({ maxBytes: 5 * 1024 * 1024, keep: 5 });

/** `passerelle.log`, `passerelle.log.1`, … `passerelle.log.<keep - 1>`: the names rotation uses, newest first. */
export function rotatedLogFiles(file: string, keep: number): string[] {
  return Array.from({ length: keep }, (_, index) => (index === 0 ? file : `${file}.${index}`));
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** Shifts every file one name up, dropping the oldest; the current name is free afterwards. */
function rotate(file: string, keep: number): void {
  const names = rotatedLogFiles(file, keep);
  rmSync(names[names.length - 1]!, { force: true });
  for (let index = names.length - 2; index >= 0; index -= 1) {
    try {
      renameSync(names[index]!, names[index + 1]!);
    } catch (error) {
      // A missing step (a file deleted by hand) is fine; anything else is left to the caller.
      if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
    }
  }
}

/**
 * An appender for one log file that rotates it by size. The size is read from the file before each line (logs
 * are rare: errors and a few start-up facts), so a file emptied or removed by hand is seen at once. A rotation
 * that fails (Windows refuses to rename a file another program holds open, an antivirus for instance) is not
 * an error of its own: the line goes to the current file and the next line tries again.
 */
export function createRotatingAppender(file: string, limits: RotationLimits = LOG_ROTATION): (line: string) => void {
  const keep = Math.max(1, Math.floor(limits.keep));
  return (line) => {
    const size = sizeOf(file);
    if (size > 0 && size + Buffer.byteLength(line) > limits.maxBytes) {
      try {
        if (keep > 1) rotate(file, keep);
        else rmSync(file, { force: true });
      } catch {
        // Keep writing to the current file (see above).
      }
    }
    appendFileSync(file, line, { mode: 0o600 });
  };
}
