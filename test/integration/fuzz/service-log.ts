/**
 * The errors the service logs while the fuzz runs. It logs every error it masks as INTERNAL_SERVER_ERROR on
 * stderr; those lines are kept (the last 20 explain a failure; a batch's own tell a collision between writes)
 * instead of flooding the output. Everything else it writes goes through.
 */
export class ServiceLog {
  /** The last 20 masked errors of the run. */
  readonly recent: string[] = [];
  /** The masked errors since `startBatch`. */
  batch: string[] = [];
  private restore = () => {};

  capture() {
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      const text = String(chunk);
      if (!/^\[(graphql|http)\] unexpected error/.test(text)) return write(chunk, ...rest);
      this.recent.push(text.split('\n')[0]);
      this.batch.push(text.split('\n')[0]);
      if (this.recent.length > 20) this.recent.shift();
      return true;
    }) as typeof process.stderr.write;
    this.restore = () => (process.stderr.write = write);
  }

  release() {
    this.restore();
  }

  startBatch() {
    this.batch = [];
  }
}
