import {
  redact
} from "./chunk-2PNQQJNN.js";

// src/output.ts
var Output = class {
  constructor(stdout = process.stdout, stderr = process.stderr, quiet = !1) {
    this.stdout = stdout;
    this.stderr = stderr;
    this.quiet = quiet;
  }
  stdout;
  stderr;
  quiet;
  data(text) {
    this.stdout.write(redact(text.endsWith(`
`) ? text : `${text}
`));
  }
  json(value) {
    this.stdout.write(`${redact(JSON.stringify(value, null, 2))}
`);
  }
  jsonLine(value) {
    this.stdout.write(`${redact(JSON.stringify(value))}
`);
  }
  info(text) {
    this.quiet || this.stderr.write(redact(`${text}
`));
  }
  warn(text) {
    this.stderr.write(redact(`warning: ${text}
`));
  }
  get stderrIsTTY() {
    return !!this.stderr.isTTY;
  }
  get stdoutIsTTY() {
    return !!this.stdout.isTTY;
  }
};

export {
  Output
};
