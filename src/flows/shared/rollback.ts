/** A flow's steps register their undo; on failure the undos run in reverse and the report says what was rolled back. */
export class Rollback {
  private undos: Array<{ what: string; undo: () => Promise<void> | void }> = [];
  add(what: string, undo: () => Promise<void> | void): void {
    this.undos.push({ what, undo });
  }
  async run(): Promise<string[]> {
    const done: string[] = [];
    for (const u of this.undos.reverse()) {
      try {
        await u.undo();
        done.push(u.what);
      } catch (e) {
        done.push(`${u.what} (failed: ${(e as Error).message.split('\n')[0]})`);
      }
    }
    this.undos = [];
    return done;
  }
}
