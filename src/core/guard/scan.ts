import { COMMA, LBRACE, RBRACE, UNSEEN_STDIN, marker } from './markers.js';

/** A heredoc body lifted out of a command line. */
export interface Heredoc {
  text: string;
  /** `<<'EOF'`: no expansion happens in the body. */
  quoted: boolean;
  /** False when the delimiter line never came: the rest of the input may be commands, not data. */
  terminated: boolean;
  /** Set when the command reading it only treats it as data (cat, tee, git commit -F -). */
  sink?: boolean;
}

/** Where scanning puts what it lifts out; indexes are shared by one whole guard run. */
export interface ScanStore {
  subs: string[];
  heredocs: Heredoc[];
}

// After one of these an unquoted `#` starts a comment; anywhere else it is a literal character.
const WORD_BREAK = new Set([' ', '\t', ';', '&', '|', '(', ')', '<', '>']);

/**
 * Prepares one shell text for shell-quote, doing the parts shell-quote does not understand: unquoted newlines
 * become `;`, comments go, `$(...)`, backticks and `<(...)` are lifted out (their bodies, scanned, go to
 * `store.subs` and a marker takes their place), heredoc bodies go to `store.heredocs`, and unquoted braces and
 * commas are marked for brace expansion. Quoting is tracked as bash does, so text in single quotes stays data.
 */
export function scan(src: string, store: ScanStore): string {
  return new Scanner(src, store).run(false);
}

class Scanner {
  i = 0;
  constructor(
    private readonly s: string,
    private readonly store: ScanStore,
  ) {}

  /** Scans until the end, or (inSub) until the `)` that closes a `$(`, which it consumes. */
  run(inSub: boolean): string {
    const s = this.s;
    let out = '';
    let depth = 0;
    let wordStart = true;
    const pending: Array<{ index: number; delim: string; strip: boolean }> = [];
    while (this.i < s.length) {
      const c = s[this.i]!;
      const n = s[this.i + 1];
      if (c === '\n') {
        this.i++;
        for (const h of pending.splice(0)) this.body(h.index, h.delim, h.strip);
        out += ' ; ';
        wordStart = true;
        continue;
      }
      if (c === '\\') {
        if (n !== '\n') out += s.slice(this.i, this.i + 2);
        this.i += 2;
        wordStart = false;
        continue;
      }
      if (c === "'") out += this.single();
      else if (c === '$' && n === "'") out += this.ansiC();
      else if (c === '"') {
        this.i++;
        out += `"${this.double(true)}"`;
      } else if (c === '`') out += this.backtick();
      else if ((c === '$' || c === '<' || c === '>') && n === '(') {
        this.i += 2;
        out += this.sub();
      } else if (c === '$' && n === '{') out += this.param();
      else if (c === '<' && n === '<' && s[this.i + 2] === '<') {
        out += '<<<';
        this.i += 3;
        wordStart = true;
        continue;
      } else if (c === '<' && n === '<') out += this.heredoc(pending);
      else if (c === '#' && wordStart) {
        while (this.i < s.length && s[this.i] !== '\n') this.i++;
        continue;
      } else {
        this.i++;
        if (c === '#') out += '\\#';
        else if (inSub && c === ')' && depth === 0) return out;
        else {
          if (c === '(') depth++;
          if (c === ')') depth--;
          out += c === '{' ? LBRACE : c === '}' ? RBRACE : c === ',' ? COMMA : c;
        }
        wordStart = WORD_BREAK.has(c);
        continue;
      }
      wordStart = false;
    }
    // A heredoc whose body never started: nothing to lift, and `terminated` stays false (fail closed).
    return out;
  }

  private single(): string {
    const end = this.s.indexOf("'", this.i + 1);
    const stop = end < 0 ? this.s.length : end + 1;
    const out = this.s.slice(this.i, stop);
    this.i = stop;
    return out;
  }

  private ansiC(): string {
    let j = this.i + 2;
    while (j < this.s.length && this.s[j] !== "'") j += this.s[j] === '\\' ? 2 : 1;
    const stop = Math.min(j + 1, this.s.length);
    const out = this.s.slice(this.i, stop);
    this.i = stop;
    return out;
  }

  /** Inside double quotes (or a heredoc body, closing = false): only `\`, `$(`, `${` and backticks matter. */
  double(closing: boolean): string {
    const s = this.s;
    let out = '';
    while (this.i < s.length) {
      const c = s[this.i]!;
      const n = s[this.i + 1];
      if (closing && c === '"') {
        this.i++;
        return out;
      }
      if (c === '\\') {
        if (n !== '\n') out += s.slice(this.i, this.i + 2);
        this.i += 2;
      } else if (c === '`') out += this.backtick();
      else if (c === '$' && n === '(') {
        this.i += 2;
        out += this.sub();
      } else if (c === '$' && n === '{') out += this.param();
      else {
        out += c;
        this.i++;
      }
    }
    return out;
  }

  private sub(): string {
    const body = this.run(true);
    return marker('S', this.store.subs.push(UNSEEN_STDIN + body) - 1);
  }

  private backtick(): string {
    const s = this.s;
    let body = '';
    let j = this.i + 1;
    while (j < s.length && s[j] !== '`') {
      // Inside backticks a backslash quotes only `, \ and $; the rest of the body is parsed again as a command.
      if (s[j] === '\\' && '`\\$'.includes(s[j + 1] ?? '')) {
        body += s[j + 1];
        j += 2;
      } else body += s[j++];
    }
    this.i = Math.min(j + 1, s.length);
    const scanned = scan(body, this.store);
    return marker('S', this.store.subs.push(UNSEEN_STDIN + scanned) - 1);
  }

  /** `${...}`: copied for shell-quote to read as a variable, with any substitution inside lifted out. */
  private param(): string {
    const s = this.s;
    let out = '${';
    let depth = 0;
    this.i += 2;
    while (this.i < s.length) {
      const c = s[this.i]!;
      if (c === '}' && depth === 0) {
        this.i++;
        return `${out}}`;
      }
      if (c === '{') depth++;
      if (c === '}') depth--;
      if (c === '\\') {
        out += s.slice(this.i, this.i + 2);
        this.i += 2;
      } else if (c === "'") out += this.single();
      else if (c === '"') {
        this.i++;
        out += `"${this.double(true)}"`;
      } else if (c === '`') out += this.backtick();
      else if (c === '$' && s[this.i + 1] === '(') {
        this.i += 2;
        out += this.sub();
      } else {
        out += c;
        this.i++;
      }
    }
    return out;
  }

  /** `<<WORD` / `<<-WORD`: the delimiter becomes a heredoc marker; the body is read at the next newline. */
  private heredoc(pending: Array<{ index: number; delim: string; strip: boolean }>): string {
    const s = this.s;
    this.i += 2;
    const strip = s[this.i] === '-';
    if (strip) this.i++;
    while (s[this.i] === ' ' || s[this.i] === '\t') this.i++;
    let delim = '';
    let quoted = false;
    while (this.i < s.length) {
      const c = s[this.i]!;
      if (c === "'" || c === '"') {
        quoted = true;
        const end = s.indexOf(c, this.i + 1);
        const stop = end < 0 ? s.length : end;
        delim += s.slice(this.i + 1, stop);
        this.i = stop + 1;
      } else if (c === '\\') {
        quoted = true;
        delim += s[this.i + 1] ?? '';
        this.i += 2;
      } else if (/[\s;&|()<>]/.test(c)) break;
      else {
        delim += c;
        this.i++;
      }
    }
    const op = strip ? '<<-' : '<<';
    if (!delim) return op;
    const index = this.store.heredocs.push({ text: '', quoted, terminated: false }) - 1;
    pending.push({ index, delim, strip });
    return `${op} ${marker('H', index)} `;
  }

  private body(index: number, delim: string, strip: boolean): void {
    const s = this.s;
    const lines: string[] = [];
    const doc = this.store.heredocs[index]!;
    while (this.i < s.length) {
      let end = s.indexOf('\n', this.i);
      if (end < 0) end = s.length;
      const line = s.slice(this.i, end);
      this.i = Math.min(end + 1, s.length);
      if ((strip ? line.replace(/^\t+/, '') : line) === delim) {
        doc.terminated = true;
        break;
      }
      lines.push(line);
    }
    const text = lines.join('\n');
    // An unquoted delimiter means `$(...)` and backticks in the body run, whatever reads the body.
    doc.text = doc.quoted ? text : new Scanner(text, this.store).double(false);
  }
}
