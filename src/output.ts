import { redact } from './errors.js';

/** stdout carries data; progress, hints and warnings go to stderr. Everything passes through redact(). */
export class Output {
  constructor(
    private readonly stdout: NodeJS.WritableStream = process.stdout,
    private readonly stderr: NodeJS.WritableStream = process.stderr,
    readonly quiet = false,
  ) {}
  data(text: string): void {
    this.stdout.write(redact(text.endsWith('\n') ? text : `${text}\n`));
  }
  json(value: unknown): void {
    this.stdout.write(`${redact(JSON.stringify(value, null, 2))}\n`);
  }
  jsonLine(value: unknown): void {
    this.stdout.write(`${redact(JSON.stringify(value))}\n`);
  }
  info(text: string): void {
    if (!this.quiet) this.stderr.write(redact(`${text}\n`));
  }
  warn(text: string): void {
    this.stderr.write(redact(`warning: ${text}\n`));
  }
  get stderrIsTTY(): boolean {
    return Boolean((this.stderr as NodeJS.WriteStream).isTTY);
  }
  get stdoutIsTTY(): boolean {
    return Boolean((this.stdout as NodeJS.WriteStream).isTTY);
  }
}
