import { isAscii } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { diagnostic, START, type Diagnostic } from '../diagnostics/diagnostic.js';

/** Largest file demine reads, by default. Larger ones are reported, never loaded. */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

export type TextResult = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/**
 * Decodes bytes as UTF-8 text: a UTF-8 byte-order mark is dropped; UTF-16/32, NUL bytes
 * and invalid UTF-8 are reported as `file/not-text`, never guessed at.
 */
export function decodeText(bytes: Uint8Array, file: string): TextResult {
  const fail = (message: string, hint: string): TextResult => ({
    ok: false,
    diagnostic: diagnostic(file, START, 'file/not-text', message, hint),
  });
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail('The file is UTF-16 encoded, not UTF-8.', 'Save it as UTF-8 (without a byte-order mark).');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return fail(`The file holds binary data (a NUL byte at offset ${nul}); it is not a text file.`, 'Remove it or replace it with a UTF-8 text file.');
  }
  // Plain ASCII reads the same in every ASCII-compatible encoding: one copy, no UTF-8 decoding (no byte-order mark either: that is not ASCII).
  if (isAscii(bytes)) return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1') };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail('The file is not valid UTF-8 text.', 'Re-save it as UTF-8.');
  }
  return { ok: true, text };
}

/**
 * Reads a file as UTF-8 text with a size limit; every failure becomes one diagnostic. Only
 * regular files are read (a pipe or a device would never end), and never more than one
 * byte past the limit, so a file that grows while it is read is refused too.
 * Synchronous: for many small files, four plain system calls each (open, fstat, read,
 * close) cost far less than a round trip through the thread pool per call.
 * Non-blocking open: a pipe put in a file's place does not wait for a writer; fstat on the
 * opened file refuses anything but a regular file; never more than `maxBytes + 1` is read.
 */
export function readTextSync(absPath: string, file: string, maxBytes = DEFAULT_MAX_BYTES): TextResult {
  let fd: number | undefined;
  try {
    fd = openSync(absPath, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = fstatSync(fd);
    if (!info.isFile()) return { ok: false, diagnostic: notAFile(file, info) };
    if (info.size > maxBytes) return { ok: false, diagnostic: tooLarge(file, info.size, maxBytes) };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // One byte more than the size, to see the end (or growth) in the same read; files that
      // report no size (some special files) are read in 64 KiB steps.
      const want = total === 0 && info.size > 0 ? info.size + 1 : 64 * 1024;
      const chunk = Buffer.allocUnsafe(Math.min(want, maxBytes - total + 1));
      const bytesRead = readSync(fd, chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return { ok: false, diagnostic: tooLarge(file, total, maxBytes, true) };
      if (bytesRead < chunk.length) break; // a short read of a regular file: its end
    }
    return decodeText(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total), file);
  } catch (error) {
    return { ok: false, diagnostic: unreadable(file, error) };
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Nothing to do: the text is read or the problem reported.
      }
    }
  }
}

function tooLarge(file: string, size: number, maxBytes: number, grew = false): Diagnostic {
  const what = grew ? `The file grew past ${formatBytes(maxBytes)} while it was read` : `The file is ${formatBytes(size)}, more than the ${formatBytes(maxBytes)} demine reads`;
  return diagnostic(file, START, 'file/too-large', `${what}.`, 'Split it into smaller files.');
}

function notAFile(file: string, info: Stats): Diagnostic {
  const reason = info.isDirectory() ? 'it is a folder' : 'it is not a regular file (a pipe, socket or device)';
  return diagnostic(file, START, 'file/unreadable', `The file could not be read: ${reason}.`, 'Replace it with a text file, or remove it.');
}

export function unreadable(file: string, error: unknown): Diagnostic {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : code === 'ELOOP'
        ? 'a symbolic link loops'
        : code === 'ENOENT'
          ? 'it does not exist (a broken link?)'
          : code === 'EISDIR'
            ? 'it is a folder'
            : (code ?? String((error as Error | undefined)?.message ?? error));
  return diagnostic(file, START, 'file/unreadable', `The file could not be read: ${reason}.`, 'Fix its permissions or remove it.');
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
}
