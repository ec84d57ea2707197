// src/adapters/tail.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
function readTail(file, bytes) {
  let fd;
  try {
    fd = openSync(file, "r");
  } catch {
    return "";
  }
  try {
    let size = fstatSync(fd).size, len = Math.min(size, bytes), buf = Buffer.alloc(len);
    return readSync(fd, buf, 0, len, size - len), buf.toString("utf8");
  } finally {
    closeSync(fd);
  }
}

export {
  readTail
};
