// src/adapters/prompt.ts
import { createInterface } from "node:readline/promises";
function canAsk() {
  return !!(process.stdin.isTTY && process.stderr.isTTY);
}
async function confirm(question) {
  let rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    let answer = await rl.question(`${question} [y/N] `);
    return /^\s*y(es)?\s*$/i.test(answer);
  } finally {
    rl.close();
  }
}

export {
  canAsk,
  confirm
};
