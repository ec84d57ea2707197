import {
  dashRows
} from "./chunk-FWOSZT7X.js";
import {
  resumeFlow
} from "./chunk-C3HWNJRH.js";
import {
  STATE_SYMBOL
} from "./chunk-EL3746RD.js";
import "./chunk-E4ANMI4A.js";
import "./chunk-KPOPMPXN.js";
import "./chunk-N2KNKGYM.js";
import "./chunk-TG33RQB7.js";
import "./chunk-SQT3PIL2.js";
import {
  answerPermission,
  sendFlow
} from "./chunk-MKX55MNS.js";
import "./chunk-4R3W23LF.js";
import {
  closeWorker
} from "./chunk-446BKT4M.js";
import "./chunk-EY3HSGTC.js";
import {
  STATES_NEEDING_HUMAN,
  inspectProject
} from "./chunk-NWFVAOPQ.js";
import "./chunk-UNCGYCQB.js";
import "./chunk-PYYED3WT.js";
import {
  mapLimit
} from "./chunk-LIKMUZWK.js";
import "./chunk-VBAG2ASZ.js";
import "./chunk-KGQECQ7J.js";
import "./chunk-PXCXQY5C.js";
import "./chunk-AV3MXERG.js";
import "./chunk-2Y7JVHO3.js";
import "./chunk-RFRHITKX.js";
import "./chunk-HMAPWGVG.js";
import "./chunk-PI3YJTP2.js";
import "./chunk-TDO7NP2K.js";
import "./chunk-C4EP7MAX.js";
import {
  existsSync,
  readFileSync,
  watch
} from "./chunk-LKC326JV.js";
import "./chunk-DFJB6UGG.js";
import "./chunk-TPS3XHEN.js";
import "./chunk-57DJHKGH.js";
import {
  packageRoot
} from "./chunk-DE7BE6BW.js";
import "./chunk-NTUE2UVK.js";
import "./chunk-4YZ2I25Y.js";
import "./chunk-SFWOOGXY.js";
import "./chunk-FVQNOVXB.js";
import "./chunk-IIWHDVOR.js";
import "./chunk-R2EOHSIJ.js";
import {
  OrchError,
  redact
} from "./chunk-2PNQQJNN.js";
import "./chunk-RZIVDDZH.js";
import "./chunk-WQ4YNIWE.js";
import {
  eventJson,
  stateCounts
} from "./chunk-SVBYXOYY.js";
import "./chunk-YJVDTRRA.js";
import "./chunk-TPBC7PZG.js";
import "./chunk-HJUAAMKQ.js";
import "./chunk-LHO2KLC4.js";

// src/adapters/http-server.ts
import { createServer } from "node:http";
async function listenHttp(host, port, handler) {
  let server = createServer(handler);
  return await new Promise((resolve, reject) => {
    server.once("error", reject), server.listen(port, host, () => resolve());
  }), {
    port: server.address().port,
    async close() {
      server.closeAllConnections(), await new Promise((r) => server.close(() => r()));
    }
  };
}

// src/flows/watch/web/auth.ts
import { randomBytes, timingSafeEqual } from "node:crypto";
function newToken() {
  return randomBytes(32).toString("hex");
}
var LOOPBACK_HOST = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/i;
function tokenOf(req, url) {
  let h = req.headers["x-orch-token"];
  return (Array.isArray(h) ? h[0] : h) ?? url.searchParams.get("token") ?? void 0;
}
function sameToken(given, token) {
  if (!given) return !1;
  let a = Buffer.from(given), b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
function authorize(req, url, token) {
  if (!sameToken(tokenOf(req, url), token)) return { ok: !1, status: 401, why: "missing or wrong token" };
  let host = req.headers.host ?? "";
  if (!LOOPBACK_HOST.test(host)) return { ok: !1, status: 403, why: `host ${JSON.stringify(host)} is not a loopback address` };
  if (req.method !== "GET" && req.method !== "HEAD") {
    let origin = req.headers.origin;
    if (!origin) return { ok: !1, status: 403, why: "a state-changing request without an Origin header" };
    if (origin !== `http://${host}`) return { ok: !1, status: 403, why: `origin ${JSON.stringify(origin)} is not this page's` };
  }
  return { ok: !0 };
}

// src/flows/watch/web/assets.ts
import path from "node:path";
var FILES = {
  "index.html": "text/html; charset=utf-8",
  "app.js": "text/javascript; charset=utf-8",
  "style.css": "text/css; charset=utf-8"
};
function webDir(root = packageRoot()) {
  let dir = path.join(root, "web");
  if (existsSync(path.join(dir, "index.html"))) return dir;
  throw new OrchError("web-assets", `the dashboard page files are missing (${path.join(dir, "index.html")})`, { hint: "reinstall session-orchestrator (npm install)" });
}
function loadAssets(dir, token) {
  let out = /* @__PURE__ */ new Map();
  for (let [name, type] of Object.entries(FILES)) {
    let file = path.join(dir, name);
    if (!existsSync(file)) continue;
    let body = readFileSync(file);
    name === "index.html" && (body = Buffer.from(body.toString("utf8").replaceAll("__ORCH_TOKEN__", token))), out.set(name, { type, body });
  }
  if (!out.has("index.html") || !out.has("app.js")) throw new OrchError("web-assets", `the dashboard page files in ${dir} are incomplete`, { hint: "reinstall session-orchestrator (npm install)" });
  return out;
}

// src/flows/watch/web/live.ts
import path2 from "node:path";

// src/flows/watch/web/facts.ts
function webBase(apiUrl) {
  let u = apiUrl.replace(/\/+$/, "");
  return u === "https://api.github.com" ? "https://github.com" : u.replace(/\/api\/v3$/, "");
}
function buildSnapshot(o) {
  let workers = o.rows.map((row) => {
    let f = o.facts.workers.find((x) => x.rec.name === row.name), cached = row.pr ? o.prs.get(row.pr.number) : void 0, lastStop = f ? [...f.events].reverse().find((e) => e.event === "Stop" && e.message) : void 0, pr = row.pr ? {
      number: row.pr.number,
      state: row.pr.state ?? (cached?.state || null),
      ci: row.pr.ci ?? (cached?.ci || null),
      review: row.pr.review ?? (cached?.review || null),
      url: row.pr.url ?? cached?.url ?? (o.githubRepo ? `${webBase(o.githubApiUrl)}/${o.githubRepo}/pull/${row.pr.number}` : null)
    } : null;
    return {
      ...row,
      pr,
      symbol: STATE_SYMBOL[row.state.name],
      lastReply: lastStop?.message ?? null,
      events: (f?.events ?? []).slice(-6).map(eventJson)
    };
  }), live = new Set(o.rows.map((r) => r.name)), open = o.batches.filter((b) => !b.finished);
  return {
    project: o.project,
    generatedAt: new Date(o.now).toISOString(),
    totals: { workers: o.rows.length, states: stateCounts(o.rows) },
    needsHuman: o.rows.filter((r) => STATES_NEEDING_HUMAN.includes(r.state.name)).map((r) => r.name),
    batches: open.map((b) => ({
      id: b.id,
      command: b.command,
      members: b.members.length,
      live: b.members.filter((m) => live.has(m)).length,
      queued: b.queue.length,
      closed: b.closed.length,
      cancelled: b.cancelled.length
    })),
    queue: open.flatMap((b) => b.queue.map((q) => ({ name: q.name, batch: b.id, issue: q.issue ?? null, reason: q.dependsOn.length ? `waits for ${q.dependsOn.join(", ")}` : "waits for a free slot" }))),
    workers
  };
}

// node_modules/ansi_up/ansi_up.js
var __makeTemplateObject = function(cooked, raw) {
  return Object.defineProperty ? Object.defineProperty(cooked, "raw", { value: raw }) : cooked.raw = raw, cooked;
}, PacketKind;
(function(PacketKind2) {
  PacketKind2[PacketKind2.EOS = 0] = "EOS", PacketKind2[PacketKind2.Text = 1] = "Text", PacketKind2[PacketKind2.Incomplete = 2] = "Incomplete", PacketKind2[PacketKind2.ESC = 3] = "ESC", PacketKind2[PacketKind2.Unknown = 4] = "Unknown", PacketKind2[PacketKind2.SGR = 5] = "SGR", PacketKind2[PacketKind2.OSCURL = 6] = "OSCURL";
})(PacketKind || (PacketKind = {}));
var AnsiUp = class {
  constructor() {
    this.VERSION = "6.0.6", this.setup_palettes(), this._use_classes = !1, this.bold = !1, this.faint = !1, this.italic = !1, this.underline = !1, this.fg = this.bg = null, this._buffer = "", this._url_allowlist = { http: 1, https: 1 }, this._escape_html = !0, this.boldStyle = "font-weight:bold", this.faintStyle = "opacity:0.7", this.italicStyle = "font-style:italic", this.underlineStyle = "text-decoration:underline";
  }
  set use_classes(arg) {
    this._use_classes = arg;
  }
  get use_classes() {
    return this._use_classes;
  }
  set url_allowlist(arg) {
    this._url_allowlist = arg;
  }
  get url_allowlist() {
    return this._url_allowlist;
  }
  set escape_html(arg) {
    this._escape_html = arg;
  }
  get escape_html() {
    return this._escape_html;
  }
  set boldStyle(arg) {
    this._boldStyle = arg;
  }
  get boldStyle() {
    return this._boldStyle;
  }
  set faintStyle(arg) {
    this._faintStyle = arg;
  }
  get faintStyle() {
    return this._faintStyle;
  }
  set italicStyle(arg) {
    this._italicStyle = arg;
  }
  get italicStyle() {
    return this._italicStyle;
  }
  set underlineStyle(arg) {
    this._underlineStyle = arg;
  }
  get underlineStyle() {
    return this._underlineStyle;
  }
  setup_palettes() {
    this.ansi_colors = [
      [
        { rgb: [0, 0, 0], class_name: "ansi-black" },
        { rgb: [187, 0, 0], class_name: "ansi-red" },
        { rgb: [0, 187, 0], class_name: "ansi-green" },
        { rgb: [187, 187, 0], class_name: "ansi-yellow" },
        { rgb: [0, 0, 187], class_name: "ansi-blue" },
        { rgb: [187, 0, 187], class_name: "ansi-magenta" },
        { rgb: [0, 187, 187], class_name: "ansi-cyan" },
        { rgb: [255, 255, 255], class_name: "ansi-white" }
      ],
      [
        { rgb: [85, 85, 85], class_name: "ansi-bright-black" },
        { rgb: [255, 85, 85], class_name: "ansi-bright-red" },
        { rgb: [0, 255, 0], class_name: "ansi-bright-green" },
        { rgb: [255, 255, 85], class_name: "ansi-bright-yellow" },
        { rgb: [85, 85, 255], class_name: "ansi-bright-blue" },
        { rgb: [255, 85, 255], class_name: "ansi-bright-magenta" },
        { rgb: [85, 255, 255], class_name: "ansi-bright-cyan" },
        { rgb: [255, 255, 255], class_name: "ansi-bright-white" }
      ]
    ], this.palette_256 = [], this.ansi_colors.forEach((palette) => {
      palette.forEach((rec) => {
        this.palette_256.push(rec);
      });
    });
    let levels = [0, 95, 135, 175, 215, 255];
    for (let r = 0; r < 6; ++r)
      for (let g = 0; g < 6; ++g)
        for (let b = 0; b < 6; ++b) {
          let col = { rgb: [levels[r], levels[g], levels[b]], class_name: "truecolor" };
          this.palette_256.push(col);
        }
    let grey_level = 8;
    for (let i = 0; i < 24; ++i, grey_level += 10) {
      let gry = { rgb: [grey_level, grey_level, grey_level], class_name: "truecolor" };
      this.palette_256.push(gry);
    }
  }
  escape_txt_for_html(txt) {
    return this._escape_html ? txt.replace(/[&<>"']/gm, (str) => {
      if (str === "&")
        return "&amp;";
      if (str === "<")
        return "&lt;";
      if (str === ">")
        return "&gt;";
      if (str === '"')
        return "&quot;";
      if (str === "'")
        return "&#x27;";
    }) : txt;
  }
  append_buffer(txt) {
    var str = this._buffer + txt;
    this._buffer = str;
  }
  get_next_packet() {
    var pkt = {
      kind: PacketKind.EOS,
      text: "",
      url: ""
    }, len = this._buffer.length;
    if (len == 0)
      return pkt;
    var pos = this._buffer.indexOf("\x1B");
    if (pos == -1)
      return pkt.kind = PacketKind.Text, pkt.text = this._buffer, this._buffer = "", pkt;
    if (pos > 0)
      return pkt.kind = PacketKind.Text, pkt.text = this._buffer.slice(0, pos), this._buffer = this._buffer.slice(pos), pkt;
    if (pos == 0) {
      if (len < 3)
        return pkt.kind = PacketKind.Incomplete, pkt;
      var next_char = this._buffer.charAt(1);
      if (next_char != "[" && next_char != "]" && next_char != "(")
        return pkt.kind = PacketKind.ESC, pkt.text = this._buffer.slice(0, 1), this._buffer = this._buffer.slice(1), pkt;
      if (next_char == "[") {
        this._csi_regex || (this._csi_regex = rgx(templateObject_1 || (templateObject_1 = __makeTemplateObject([`
                        ^                           # beginning of line
                                                    #
                                                    # First attempt
                        (?:                         # legal sequence
                          \x1B[                      # CSI
                          ([<-?]?)              # private-mode char
                          ([d;]*)                    # any digits or semicolons
                          ([ -/]?               # an intermediate modifier
                          [@-~])                # the command
                        )
                        |                           # alternate (second attempt)
                        (?:                         # illegal sequence
                          \x1B[                      # CSI
                          [ -~]*                # anything legal
                          ([\0-:])              # anything illegal
                        )
                    `], [`
                        ^                           # beginning of line
                                                    #
                                                    # First attempt
                        (?:                         # legal sequence
                          \\x1b\\[                      # CSI
                          ([\\x3c-\\x3f]?)              # private-mode char
                          ([\\d;]*)                    # any digits or semicolons
                          ([\\x20-\\x2f]?               # an intermediate modifier
                          [\\x40-\\x7e])                # the command
                        )
                        |                           # alternate (second attempt)
                        (?:                         # illegal sequence
                          \\x1b\\[                      # CSI
                          [\\x20-\\x7e]*                # anything legal
                          ([\\x00-\\x1f:])              # anything illegal
                        )
                    `]))));
        let match = this._buffer.match(this._csi_regex);
        if (match === null)
          return pkt.kind = PacketKind.Incomplete, pkt;
        if (match[4])
          return pkt.kind = PacketKind.ESC, pkt.text = this._buffer.slice(0, 1), this._buffer = this._buffer.slice(1), pkt;
        match[1] != "" || match[3] != "m" ? pkt.kind = PacketKind.Unknown : pkt.kind = PacketKind.SGR, pkt.text = match[2];
        var rpos = match[0].length;
        return this._buffer = this._buffer.slice(rpos), pkt;
      } else if (next_char == "]") {
        if (len < 4)
          return pkt.kind = PacketKind.Incomplete, pkt;
        if (this._buffer.charAt(2) != "8" || this._buffer.charAt(3) != ";")
          return pkt.kind = PacketKind.ESC, pkt.text = this._buffer.slice(0, 1), this._buffer = this._buffer.slice(1), pkt;
        this._osc_st || (this._osc_st = rgxG(templateObject_2 || (templateObject_2 = __makeTemplateObject([`
                        (?:                         # legal sequence
                          (\x1B\\)                    # ESC                           |                           # alternate
                          (\x07)                      # BEL (what xterm did)
                        )
                        |                           # alternate (second attempt)
                        (                           # illegal sequence
                          [\0-]                 # anything illegal
                          |                           # alternate
                          [\b-]                 # anything illegal
                          |                           # alternate
                          [-]                 # anything illegal
                        )
                    `], [`
                        (?:                         # legal sequence
                          (\\x1b\\\\)                    # ESC \\
                          |                           # alternate
                          (\\x07)                      # BEL (what xterm did)
                        )
                        |                           # alternate (second attempt)
                        (                           # illegal sequence
                          [\\x00-\\x06]                 # anything illegal
                          |                           # alternate
                          [\\x08-\\x1a]                 # anything illegal
                          |                           # alternate
                          [\\x1c-\\x1f]                 # anything illegal
                        )
                    `])))), this._osc_st.lastIndex = 0;
        {
          let match2 = this._osc_st.exec(this._buffer);
          if (match2 === null)
            return pkt.kind = PacketKind.Incomplete, pkt;
          if (match2[3])
            return pkt.kind = PacketKind.ESC, pkt.text = this._buffer.slice(0, 1), this._buffer = this._buffer.slice(1), pkt;
        }
        {
          let match2 = this._osc_st.exec(this._buffer);
          if (match2 === null)
            return pkt.kind = PacketKind.Incomplete, pkt;
          if (match2[3])
            return pkt.kind = PacketKind.ESC, pkt.text = this._buffer.slice(0, 1), this._buffer = this._buffer.slice(1), pkt;
        }
        this._osc_regex || (this._osc_regex = rgx(templateObject_3 || (templateObject_3 = __makeTemplateObject([`
                        ^                           # beginning of line
                                                    #
                        \x1B]8;                    # OSC Hyperlink
                        [ -:<-~]*       # params (excluding ;)
                        ;                           # end of params
                        ([!-~]{0,512})        # URL capture
                        (?:                         # ST
                          (?:\x1B\\)                  # ESC                           |                           # alternate
                          (?:\x07)                    # BEL (what xterm did)
                        )
                        ([ -~]+)              # TEXT capture
                        \x1B]8;;                   # OSC Hyperlink End
                        (?:                         # ST
                          (?:\x1B\\)                  # ESC                           |                           # alternate
                          (?:\x07)                    # BEL (what xterm did)
                        )
                    `], [`
                        ^                           # beginning of line
                                                    #
                        \\x1b\\]8;                    # OSC Hyperlink
                        [\\x20-\\x3a\\x3c-\\x7e]*       # params (excluding ;)
                        ;                           # end of params
                        ([\\x21-\\x7e]{0,512})        # URL capture
                        (?:                         # ST
                          (?:\\x1b\\\\)                  # ESC \\
                          |                           # alternate
                          (?:\\x07)                    # BEL (what xterm did)
                        )
                        ([\\x20-\\x7e]+)              # TEXT capture
                        \\x1b\\]8;;                   # OSC Hyperlink End
                        (?:                         # ST
                          (?:\\x1b\\\\)                  # ESC \\
                          |                           # alternate
                          (?:\\x07)                    # BEL (what xterm did)
                        )
                    `]))));
        let match = this._buffer.match(this._osc_regex);
        if (match === null)
          return pkt.kind = PacketKind.ESC, pkt.text = this._buffer.slice(0, 1), this._buffer = this._buffer.slice(1), pkt;
        pkt.kind = PacketKind.OSCURL, pkt.url = match[1], pkt.text = match[2];
        var rpos = match[0].length;
        return this._buffer = this._buffer.slice(rpos), pkt;
      } else if (next_char == "(")
        return pkt.kind = PacketKind.Unknown, this._buffer = this._buffer.slice(3), pkt;
    }
  }
  ansi_to_html(txt) {
    this.append_buffer(txt);
    for (var blocks = []; ; ) {
      var packet = this.get_next_packet();
      if (packet.kind == PacketKind.EOS || packet.kind == PacketKind.Incomplete)
        break;
      packet.kind == PacketKind.ESC || packet.kind == PacketKind.Unknown || (packet.kind == PacketKind.Text ? blocks.push(this.transform_to_html(this.with_state(packet))) : packet.kind == PacketKind.SGR ? this.process_ansi(packet) : packet.kind == PacketKind.OSCURL && blocks.push(this.process_hyperlink(packet)));
    }
    return blocks.join("");
  }
  with_state(pkt) {
    return { bold: this.bold, faint: this.faint, italic: this.italic, underline: this.underline, fg: this.fg, bg: this.bg, text: pkt.text };
  }
  process_ansi(pkt) {
    let sgr_cmds = pkt.text.split(";");
    for (; sgr_cmds.length > 0; ) {
      let sgr_cmd_str = sgr_cmds.shift(), num = parseInt(sgr_cmd_str, 10);
      if (isNaN(num) || num === 0)
        this.fg = null, this.bg = null, this.bold = !1, this.faint = !1, this.italic = !1, this.underline = !1;
      else if (num === 1)
        this.bold = !0;
      else if (num === 2)
        this.faint = !0;
      else if (num === 3)
        this.italic = !0;
      else if (num === 4)
        this.underline = !0;
      else if (num === 21)
        this.bold = !1;
      else if (num === 22)
        this.faint = !1, this.bold = !1;
      else if (num === 23)
        this.italic = !1;
      else if (num === 24)
        this.underline = !1;
      else if (num === 39)
        this.fg = null;
      else if (num === 49)
        this.bg = null;
      else if (num >= 30 && num < 38)
        this.fg = this.ansi_colors[0][num - 30];
      else if (num >= 40 && num < 48)
        this.bg = this.ansi_colors[0][num - 40];
      else if (num >= 90 && num < 98)
        this.fg = this.ansi_colors[1][num - 90];
      else if (num >= 100 && num < 108)
        this.bg = this.ansi_colors[1][num - 100];
      else if ((num === 38 || num === 48) && sgr_cmds.length > 0) {
        let is_foreground = num === 38, mode_cmd = sgr_cmds.shift();
        if (mode_cmd === "5" && sgr_cmds.length > 0) {
          let palette_index = parseInt(sgr_cmds.shift(), 10);
          palette_index >= 0 && palette_index <= 255 && (is_foreground ? this.fg = this.palette_256[palette_index] : this.bg = this.palette_256[palette_index]);
        }
        if (mode_cmd === "2" && sgr_cmds.length > 2) {
          let r = parseInt(sgr_cmds.shift(), 10), g = parseInt(sgr_cmds.shift(), 10), b = parseInt(sgr_cmds.shift(), 10);
          if (r >= 0 && r <= 255 && g >= 0 && g <= 255 && b >= 0 && b <= 255) {
            let c = { rgb: [r, g, b], class_name: "truecolor" };
            is_foreground ? this.fg = c : this.bg = c;
          }
        }
      }
    }
  }
  transform_to_html(fragment) {
    let txt = fragment.text;
    if (txt.length === 0 || (txt = this.escape_txt_for_html(txt), !fragment.bold && !fragment.italic && !fragment.faint && !fragment.underline && fragment.fg === null && fragment.bg === null))
      return txt;
    let styles = [], classes = [], fg = fragment.fg, bg = fragment.bg;
    fragment.bold && styles.push(this._boldStyle), fragment.faint && styles.push(this._faintStyle), fragment.italic && styles.push(this._italicStyle), fragment.underline && styles.push(this._underlineStyle), this._use_classes ? (fg && (fg.class_name !== "truecolor" ? classes.push(`${fg.class_name}-fg`) : styles.push(`color:rgb(${fg.rgb.join(",")})`)), bg && (bg.class_name !== "truecolor" ? classes.push(`${bg.class_name}-bg`) : styles.push(`background-color:rgb(${bg.rgb.join(",")})`))) : (fg && styles.push(`color:rgb(${fg.rgb.join(",")})`), bg && styles.push(`background-color:rgb(${bg.rgb})`));
    let class_string = "", style_string = "";
    return classes.length && (class_string = ` class="${classes.join(" ")}"`), styles.length && (style_string = ` style="${styles.join(";")}"`), `<span${style_string}${class_string}>${txt}</span>`;
  }
  process_hyperlink(pkt) {
    let parts = pkt.url.split(":");
    return parts.length < 1 || !this._url_allowlist[parts[0]] ? "" : `<a href="${this.escape_txt_for_html(pkt.url)}">${this.escape_txt_for_html(pkt.text)}</a>`;
  }
};
function rgx(tmplObj, ...subst) {
  let regexText = tmplObj.raw[0], wsrgx = /^\s+|\s+\n|\s*#[\s\S]*?\n|\n/gm, txt2 = regexText.replace(wsrgx, "");
  return new RegExp(txt2);
}
function rgxG(tmplObj, ...subst) {
  let regexText = tmplObj.raw[0], wsrgx = /^\s+|\s+\n|\s*#[\s\S]*?\n|\n/gm, txt2 = regexText.replace(wsrgx, "");
  return new RegExp(txt2, "g");
}
var templateObject_1, templateObject_2, templateObject_3;

// src/flows/watch/web/screen-html.ts
function screenHtml(raw) {
  let au = new AnsiUp();
  au.escape_html = !0, au.url_allowlist = {};
  let lines = redact(raw).split(`
`);
  for (; lines.length && !lines[lines.length - 1].replace(/\u001b\[[0-9;:]*m/g, "").trim(); ) lines.pop();
  return au.ansi_to_html(lines.join(`
`));
}

// src/flows/watch/web/sse.ts
function sseFrame(event, data) {
  let text = redact(typeof data == "string" ? data : JSON.stringify(data));
  return `event: ${event.replace(/[\r\n]/g, "")}
${text.split(/\r\n|\r|\n/).map((l) => `data: ${l}`).join(`
`)}

`;
}
var SseClients = class {
  clients = /* @__PURE__ */ new Set();
  get size() {
    return this.clients.size;
  }
  /** Takes over a response: headers, a 1 s reconnect delay for EventSource, and the first frames. */
  add(res, first, headers = {}) {
    res.writeHead(200, {
      ...headers,
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store",
      connection: "keep-alive",
      "x-accel-buffering": "no"
    }), res.write(`retry: 1000

${first.join("")}`), this.clients.add(res), res.on("close", () => this.clients.delete(res));
  }
  send(frame) {
    for (let c of this.clients)
      c.destroyed || c.writableEnded ? this.clients.delete(c) : c.write(frame);
  }
  /** A comment line keeps idle connections (and proxies) from timing out. */
  ping() {
    this.send(`: ping

`);
  }
  /** Ends every stream; browsers reconnect by themselves after the `retry` delay. */
  closeAll() {
    for (let c of this.clients) c.end();
    this.clients.clear();
  }
};

// src/flows/watch/web/live.ts
var SCREEN_REFRESH_GAP_MS = 1e3, MIN_GAP_MS = 100, LiveDashboard = class {
  constructor(ctx, project, o) {
    this.ctx = ctx;
    this.project = project;
    this.o = o;
  }
  ctx;
  project;
  o;
  clients = new SseClients();
  snapshot;
  snapshotKey = "";
  facts;
  rows = [];
  /** Workers to inspect again on the next refresh; 'all' for a full inspection. */
  dirty = "all";
  screens = /* @__PURE__ */ new Map();
  prs = /* @__PURE__ */ new Map();
  forge = null;
  // null: not opened yet
  watchers = [];
  timers = [];
  refreshTimer;
  dueAt = 1 / 0;
  refreshing;
  again = !1;
  lastRefreshAt = 0;
  capturing = !1;
  warned = /* @__PURE__ */ new Set();
  stopped = !1;
  start() {
    let dir = this.project.registry.dir;
    for (let [sub, delay] of [["events", 50], ["workers", 100], ["batches", 100]])
      try {
        let w = watch(path2.join(dir, sub), (_type, file) => {
          let name = sub === "events" && file ? String(file).replace(/\.jsonl$/, "") : void 0;
          this.markDirty(name), this.requestRefresh(delay);
        });
        w.on("error", () => w.close()), this.watchers.push(w);
      } catch {
      }
    this.timers.push(
      setInterval(() => {
        this.markDirty(void 0), this.requestRefresh(0);
      }, this.o.fullEveryMs)
    ), this.timers.push(setInterval(() => {
      this.captureScreens();
    }, this.o.screenEveryMs));
    let prs = () => {
      this.refreshPrs().then((changed) => changed && this.requestRefresh(0));
    };
    this.timers.push(setInterval(prs, this.o.prEveryMs)), this.timers.push(setInterval(() => this.clients.ping(), 15e3)), this.requestRefresh(0), prs();
  }
  stop() {
    this.stopped = !0;
    for (let w of this.watchers) w.close();
    for (let t of this.timers) clearInterval(t);
    clearTimeout(this.refreshTimer), this.clients.closeAll();
  }
  /** The current snapshot, computing the first one if no refresh has finished yet. */
  async current() {
    if (this.snapshot || await this.refreshNow(), !this.snapshot) throw new OrchError("web", "the dashboard could not read the workers yet (see the warning above)");
    return this.snapshot;
  }
  /** Frames a page gets as soon as it connects: the state, then every screen. */
  async firstFrames() {
    let snap = await this.current();
    return [sseFrame("state", snap), ...[...this.screens].map(([name, s]) => sseFrame("screen", { name, html: s.html }))];
  }
  /** Schedules a refresh in `delayMs` unless one is due sooner; one runs at a time, and a request during it runs again after. */
  requestRefresh(delayMs) {
    if (this.stopped) return;
    if (this.refreshing) {
      this.again = !0;
      return;
    }
    let due = Date.now() + delayMs;
    due >= this.dueAt || (clearTimeout(this.refreshTimer), this.dueAt = due, this.refreshTimer = setTimeout(() => {
      this.refreshNow();
    }, delayMs));
  }
  async refreshNow() {
    return this.refreshing ? this.refreshing : (clearTimeout(this.refreshTimer), this.dueAt = 1 / 0, this.refreshing = this.refresh().catch((e) => {
      this.dirty = "all", this.warnOnce("refresh", `dashboard refresh failed: ${e.message.split(`
`)[0]}`);
    }).finally(() => {
      this.refreshing = void 0, this.lastRefreshAt = Date.now(), this.again && (this.again = !1, this.requestRefresh(MIN_GAP_MS));
    }), this.refreshing);
  }
  /** A name: that worker's facts are stale; undefined: everything is. */
  markDirty(name) {
    this.dirty !== "all" && (name === void 0 ? this.dirty = "all" : this.dirty.add(name));
  }
  async refresh() {
    let { project } = this, dirty = this.dirty;
    this.dirty = /* @__PURE__ */ new Set();
    let known = new Set(this.facts?.workers.map((w) => w.rec.name)), facts, rows;
    if (dirty === "all" || !this.facts || [...dirty].some((n) => !known.has(n)))
      facts = await inspectProject(project, { capture: !0, git: !0 }), rows = await dashRows(project, void 0, facts);
    else if (dirty.size) {
      let part = await inspectProject(project, { capture: !0, git: !0, names: [...dirty] }), fresh = new Map(part.workers.map((w) => [w.rec.name, w])), freshRows = new Map((await dashRows(project, void 0, part, { collisions: !1 })).map((r) => [r.name, r])), before = new Map(this.rows.map((r) => [r.name, r]));
      facts = { ...this.facts, workers: this.facts.workers.filter((w) => !dirty.has(w.rec.name) || fresh.has(w.rec.name)).map((w) => fresh.get(w.rec.name) ?? w) }, rows = facts.workers.flatMap((w) => {
        let prev = before.get(w.rec.name), next = freshRows.get(w.rec.name);
        return next ? [prev?.collisions ? { ...next, collisions: prev.collisions } : next] : prev ? [prev] : [];
      });
    } else
      facts = this.facts, rows = this.rows;
    this.facts = facts, this.rows = rows;
    let snap = buildSnapshot({
      project: project.config.projectName,
      facts,
      rows,
      prs: this.prs,
      batches: project.registry.listBatches(),
      githubRepo: project.config.githubRepo,
      githubApiUrl: project.config.githubApiUrl,
      now: Date.now()
    }), key = JSON.stringify({ ...snap, generatedAt: "" });
    if (this.snapshot = snap, key !== this.snapshotKey) {
      this.snapshotKey = key, this.clients.send(sseFrame("state", snap));
      for (let name of [...this.screens.keys()]) rows.some((r) => r.name === name) || this.screens.delete(name);
    }
  }
  /** Captures every registered worker's terminal with its colours; sends those that changed. */
  async captureScreens() {
    if (!(this.capturing || this.stopped || this.clients.size === 0)) {
      this.capturing = !0;
      try {
        let { registry, mux, config } = this.project, windows = await mux.listWindows(config.session).catch(() => []), recs = registry.listWorkers().filter((r) => windows.some((w) => w.name === r.window && w.session === r.session)), changed = !1;
        await mapLimit(recs, 4, async (rec) => {
          let raw = await mux.capture(rec.session, rec.window, { escapes: !0 }).catch(() => {
          });
          if (raw === void 0 || this.screens.get(rec.name)?.raw === raw) return;
          let html = screenHtml(raw);
          this.screens.has(rec.name) && (changed = !0, this.markDirty(rec.name)), this.screens.set(rec.name, { raw, html }), this.clients.send(sseFrame("screen", { name: rec.name, html }));
        }), changed && this.requestRefresh(Math.max(0, this.lastRefreshAt + SCREEN_REFRESH_GAP_MS - Date.now()));
      } catch (e) {
        this.warnOnce("capture", `terminal capture failed: ${e.message.split(`
`)[0]}`);
      } finally {
        this.capturing = !1;
      }
    }
  }
  /** CI and review of every worker's PR; true when anything changed. Failures leave the last known values. */
  async refreshPrs() {
    let numbers = [...new Set(this.project.registry.listWorkers().flatMap((r) => r.pr ? [r.pr] : []))];
    if (!numbers.length || !this.o.forge) return !1;
    this.forge === null && (this.forge = await this.o.forge().catch(() => {
    }));
    let forge = this.forge;
    if (!forge) return !1;
    let changed = !1;
    return await mapLimit(numbers, 4, async (n) => {
      let st = await forge.pullRequestStatus(n).catch((e) => {
        this.warnOnce(`pr-${n}`, `CI and review of PR #${n} left empty: ${e.message.split(`
`)[0]}`);
      });
      if (!st) return;
      let next = { url: st.url, state: st.state, ci: st.ci, review: st.reviewDecision };
      JSON.stringify(this.prs.get(n)) !== JSON.stringify(next) && (changed = !0), this.prs.set(n, next);
    }), changed;
  }
  warnOnce(key, text) {
    this.warned.has(key) || (this.warned.add(key), this.ctx.out.warn(text));
  }
};

// src/flows/watch/web/actions.ts
var ACTIONS = ["send", "approve", "deny", "resume", "close"];
function isAction(s) {
  return ACTIONS.includes(s);
}
var SEND_WAIT_MS = 2e4;
async function runAction(ctx, project, name, action, body) {
  try {
    let { message, result } = await perform(ctx, project, name, action, body);
    return { status: 200, body: { ok: !0, message: redact(message), result: JSON.parse(redact(JSON.stringify(result ?? null))) } };
  } catch (e) {
    return errorReply(e);
  }
}
async function perform(ctx, project, name, action, body) {
  switch (action) {
    case "send": {
      let text = typeof body.text == "string" ? body.text : "", r = await sendFlow(project, name, text, { wait: !1, timeoutMs: SEND_WAIT_MS, force: !1 });
      return { message: `sent to ${name}`, result: r };
    }
    case "approve":
    case "deny": {
      let r = await answerPermission(project, name, action === "approve" ? body.always === !0 ? "always" : "approve" : "deny");
      return { message: `${name}: ${r.answer === "deny" ? "denied" : "approved"}${r.tool ? ` ${r.tool}` : ""}`, result: r };
    }
    case "resume": {
      let r = await resumeFlow(ctx, project, name);
      return { message: `${name}: ${r.action}`, result: r };
    }
    case "close": {
      let r = await closeWorker(project, name, { force: !1, deleteBranch: !1, log: (s) => ctx.out.info(`web: ${s}`) });
      return { message: r.status === "nothing-left" ? `nothing left to close for ${name}` : `closed ${name}${r.branch ? `; branch ${r.branch.name} ${r.branch.action}` : ""}`, result: r };
    }
  }
}
function errorReply(e) {
  if (e instanceof OrchError)
    return { status: e.exitCode === 2 ? /^no worker named/.test(e.message) ? 404 : 400 : 409, body: { ok: !1, error: { code: e.code, message: redact(e.message), hint: e.hint === void 0 ? void 0 : redact(e.hint) } } };
  let msg = e instanceof Error ? e.message.split(`
`)[0] : String(e);
  return { status: 500, body: { ok: !1, error: { code: "internal", message: redact(msg), hint: void 0 } } };
}

// src/flows/watch/web/server.ts
var HOST = "127.0.0.1", MAX_BODY = 64 * 1024, HEADERS = {
  "content-security-policy": "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "cache-control": "no-store"
};
async function startWebDashboard(ctx, project, o) {
  let token = o.token ?? newToken(), assets = loadAssets(webDir(), token), live = new LiveDashboard(ctx, project, { screenEveryMs: o.screenEveryMs ?? 500, fullEveryMs: o.fullEveryMs ?? 5e3, prEveryMs: o.prEveryMs ?? 6e4, forge: o.forge }), server = await listenHttp(HOST, o.port, (req, res) => {
    handle(ctx, project, live, assets, token, req, res).catch((e) => {
      ctx.out.warn(`web: ${req.method} ${pathOf(req)} failed: ${e.message.split(`
`)[0]}`), res.headersSent ? res.end() : send(res, 500, { ok: !1, error: { code: "internal", message: "internal error", hint: void 0 } });
    });
  }).catch((e) => {
    throw e.code === "EADDRINUSE" ? new OrchError("port-in-use", `port ${o.port} on ${HOST} is already in use`, { hint: "pick another with --port, or leave --port out to take a free one" }) : new OrchError("web", `cannot serve the dashboard on ${HOST}:${o.port}: ${e.message}`);
  }), port = server.port;
  return live.start(), {
    url: `http://${HOST}:${port}/?token=${token}`,
    port,
    token,
    live,
    async close() {
      live.stop(), await server.close();
    }
  };
}
function pathOf(req) {
  return (req.url ?? "/").split("?")[0];
}
async function handle(ctx, project, live, assets, token, req, res) {
  let url = new URL(req.url ?? "/", "http://127.0.0.1"), verdict = authorize(req, url, token);
  if (!verdict.ok) {
    ctx.out.warn(`web: refused ${req.method} ${url.pathname} (${verdict.status}: ${verdict.why})`), send(res, verdict.status, { ok: !1, error: { code: verdict.status === 401 ? "unauthorized" : "forbidden", message: verdict.why, hint: verdict.status === 401 ? "open the URL `orch dash --web` printed, with its token" : void 0 } });
    return;
  }
  let method = req.method ?? "GET";
  if (method === "GET" || method === "HEAD") {
    let file = url.pathname === "/" ? "index.html" : /^\/assets\/([a-z]+\.[a-z]+)$/.exec(url.pathname)?.[1], asset = file ? assets.get(file) : void 0;
    if (asset) {
      res.writeHead(200, { ...HEADERS, "content-type": asset.type, "content-length": asset.body.length }), res.end(method === "HEAD" ? void 0 : asset.body);
      return;
    }
    if (url.pathname === "/api/state") return send(res, 200, await live.current());
    if (url.pathname === "/api/events") {
      if (method === "HEAD") return void res.writeHead(200, { ...HEADERS, "content-type": "text/event-stream; charset=utf-8" }).end();
      let first = await live.firstFrames();
      live.clients.add(res, first, HEADERS), live.captureScreens();
      return;
    }
    return send(res, 404, { ok: !1, error: { code: "not-found", message: `no page ${url.pathname}`, hint: void 0 } });
  }
  if (method !== "POST") return send(res, 405, { ok: !1, error: { code: "method", message: `${method} is not served here`, hint: void 0 } });
  let m = /^\/api\/workers\/([^/]+)\/([a-z]+)$/.exec(url.pathname), name = m ? safeDecode(m[1]) : "";
  if (!m || !isAction(m[2]) || !/^[A-Za-z0-9._-]+$/.test(name))
    return send(res, 404, { ok: !1, error: { code: "not-found", message: `no action ${url.pathname}`, hint: "actions: send, approve, deny, resume, close" } });
  let body = await readJson(req);
  if (body === void 0) return send(res, 400, { ok: !1, error: { code: "usage", message: "the request body is not a JSON object", hint: void 0 } });
  ctx.out.info(`web: ${m[2]} ${name}`);
  let reply = await runAction(ctx, project, name, m[2], body);
  reply.body.ok || ctx.out.info(`web: ${m[2]} ${name} refused: ${reply.body.error.message.split(`
`)[0]}`), live.requestRefresh(0), send(res, reply.status, reply.body);
}
function safeDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return "";
  }
}
function send(res, status, data) {
  let body = Buffer.from(redact(JSON.stringify(data)));
  res.writeHead(status, { ...HEADERS, "content-type": "application/json; charset=utf-8", "content-length": body.length }), res.end(body);
}
async function readJson(req) {
  let chunks = [], size = 0;
  for await (let c of req) {
    if (size += c.length, size > MAX_BODY) return;
    chunks.push(c);
  }
  let text = Buffer.concat(chunks).toString("utf8").trim();
  if (!text) return {};
  try {
    let v = JSON.parse(text);
    return typeof v == "object" && v !== null && !Array.isArray(v) ? v : void 0;
  } catch {
    return;
  }
}
export {
  startWebDashboard
};
