/**
 * What a remote events chunk adds to the local mirror: only whole lines (a line the hook is writing right now is read
 * again next time, from the same offset), and the offset after them. `chunk` is what `tail -c +<offset+1>` returned.
 */
export function completeLines(chunk: Buffer, offset: number): { text: string; next: number } {
  const end = chunk.lastIndexOf(0x0a);
  if (end < 0) return { text: '', next: offset };
  return { text: chunk.subarray(0, end + 1).toString('utf8'), next: offset + end + 1 };
}

/** The offset file's content: a byte count, anything else reads as 0 (start over: the mirror is then rebuilt). */
export function parseOffset(text: string | undefined): number {
  const n = Number((text ?? '').trim());
  return Number.isSafeInteger(n) && n >= 0 ? n : 0;
}
