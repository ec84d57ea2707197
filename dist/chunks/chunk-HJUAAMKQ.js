import {
  __commonJS
} from "./chunk-LHO2KLC4.js";

// node_modules/shell-quote/quote.js
var require_quote = __commonJS({
  "node_modules/shell-quote/quote.js"(exports, module) {
    "use strict";
    var OPS = (
      /** @type {const} */
      [
        "||",
        "&&",
        ";;&",
        ";;",
        ";&",
        "|&",
        "<(",
        ">(",
        "<<<",
        "<<-",
        "<<",
        ">>",
        ">&",
        ">|",
        "&>>",
        "&>",
        "<&",
        "<>",
        "&",
        ";",
        "(",
        ")",
        "|",
        "<",
        ">"
      ]
    ), LINE_TERMINATORS = /[\n\r\u2028\u2029]/, GLOB_SHELL_SPECIAL = /[\s#!"$&'():;<=>@\\^`|~]/g;
    module.exports = function(xs) {
      var sawComment = !1;
      return xs.map(function(s) {
        if (sawComment && typeof s == "string" && LINE_TERMINATORS.test(s))
          throw new TypeError("a token after a `comment` must not contain line terminators");
        if (s === "")
          return (
            /** @type {const} */
            "''"
          );
        if (s && typeof s == "object") {
          if ("op" in s && s.op === "glob") {
            if (typeof s.pattern != "string")
              throw new TypeError("glob token requires a string `pattern`");
            if (LINE_TERMINATORS.test(s.pattern))
              throw new TypeError("glob `pattern` must not contain line terminators");
            return s.pattern === "" ? (
              /** @type {const} */
              "''"
            ) : s.pattern.replace(GLOB_SHELL_SPECIAL, "\\$&");
          }
          if ("op" in s && typeof s.op == "string") {
            if (OPS.indexOf(s.op) < 0)
              throw new TypeError("invalid `op` value: " + JSON.stringify(s.op));
            return s.op.replace(/[\s\S]/g, "\\$&");
          }
          if ("comment" in s && typeof s.comment == "string") {
            if (LINE_TERMINATORS.test(s.comment))
              throw new TypeError("`comment` must not contain line terminators");
            return sawComment = !0, "#" + s.comment;
          }
          throw new TypeError("unrecognized object token shape");
        }
        return /'/.test(s) && /!/.test(s) ? "'" + s.replace(/'/g, `'"'"'`) + "'" : /["\s\\]/.test(s) && !/'/.test(s) ? "'" + s + "'" : /["'\s]/.test(s) ? '"' + s.replace(/(["\\$`])/g, "\\$1") + '"' : String(s).replace(/([A-Za-z]:)?([#!"$&'()*,:;<=>?@[\\\]^`{|}~])/g, "$1\\$2");
      }).join(" ");
    };
  }
});

// node_modules/shell-quote/parse.js
var require_parse = __commonJS({
  "node_modules/shell-quote/parse.js"(exports, module) {
    "use strict";
    var CONTROL = (
      /** @type {const} */
      "(?:" + /** @type {const} */
      [
        "\\|\\|",
        "\\&(?:\\&|>>?)",
        // `&&`, `&>`, and `&>>`
        ";;\\&?",
        // `;;` and `;;&`
        "[;|]\\&",
        // `;&` and `|&`
        "\\<\\(",
        "\\<\\<\\<",
        "\\<\\<-",
        "\\<\\<(?!\\()",
        // `<<(` stays `<` and `<(`, as zsh reads it; other shells reject it
        ">>",
        ">[&|(]",
        // `>&`, `>|`, and `>(`
        "<[&>]",
        // `<&` and `<>`
        "[&;()|<>]"
      ].join(
        /** @type {const} */
        "|"
      ) + /** @type {const} */
      ")"
    ), controlRE = new RegExp("^" + CONTROL + "$"), META = (
      /** @type {const} */
      "|&;()<> \\t"
    ), SINGLE_QUOTE = (
      /** @type {const} */
      "'([^']*?)'"
    ), ANSI_C_BODY = "(?:\\\\[\\s\\S]|[^\\\\'])*?", ANSI_C_QUOTE = "\\$'" + ANSI_C_BODY + "'", ansiCAt = new RegExp("\\$'" + ANSI_C_BODY + "(?:(')|\\\\?$)", "g"), ANSI_C_LETTERS = "abeEfnrtv", ANSI_C_CHARS = `\x07\b\x1B\x1B\f
\r	\v`, hash = /^#$/, SQ = (
      /** @type {const} */
      "'"
    ), DQ = (
      /** @type {const} */
      '"'
    ), DS = (
      /** @type {const} */
      "$"
    ), TOKEN = "", mult = (
      /** @type {const} */
      4294967296
    );
    for (i = 0; i < 4; i++)
      TOKEN += (mult * Math.random()).toString(16);
    var i, startsWithToken = new RegExp("^" + TOKEN);
    function matchAll(s, r) {
      for (var origIndex = r.lastIndex, matches = [], matchObj; matchObj = r.exec(s); )
        matches[matches.length] = matchObj, r.lastIndex === matchObj.index && (r.lastIndex += 1);
      return r.lastIndex = origIndex, matches;
    }
    function getVar(env, pre, key) {
      var r = typeof env == "function" ? env(key) : env[key];
      return typeof r > "u" && key != "" ? r = "" : typeof r > "u" && (r = "$"), typeof r == "object" ? pre + TOKEN + JSON.stringify(r) + TOKEN : pre + r;
    }
    var ansiCEscape = /\\([0-7]{1,3}|x[\dA-Fa-f]{1,2}|u[\dA-Fa-f]{1,4}|U[\dA-Fa-f]{1,8}|c(?:\\\\|[\s\S])|[abeEfnrtv\\'"?])/g;
    function expandAnsiCEscape(m, escape) {
      var kind = escape.charAt(0);
      if (kind === "c") {
        var ctrl = escape.charAt(1);
        return ctrl === "?" ? "\x7F" : String.fromCharCode(ctrl.charCodeAt(0) & 31);
      }
      if (kind === "x" || kind === "u" || kind === "U") {
        var cp = parseInt(escape.slice(1), 16);
        return cp > 1114111 ? m : String.fromCharCode.apply(null, cp > 65535 ? [55232 + (cp >> 10), 56320 + (cp & 1023)] : [cp]);
      }
      if (kind >= "0" && kind <= "7")
        return String.fromCharCode(parseInt(escape, 8) & 255);
      var letter = ANSI_C_LETTERS.indexOf(escape);
      return letter < 0 ? escape : ANSI_C_CHARS.charAt(letter);
    }
    function expandAnsiC(body) {
      return body.replace(ansiCEscape, expandAnsiCEscape).split("\0")[0];
    }
    function closesAnsiC(s, i2) {
      return ansiCAt.lastIndex = i2, !!/** @type {RegExpExecArray} */
      ansiCAt.exec(s)[1];
    }
    function parseInternal(string, env, opts) {
      opts || (opts = {});
      var BS = opts.escape || "\\", ifs = opts.splitUnquoted === !0 ? ` 	
` : typeof opts.splitUnquoted == "string" ? opts.splitUnquoted : "", BAREWORD = "(\\" + BS + `['"$\\` + BS + META + "]|\\$\\$|\\$(?!" + ANSI_C_QUOTE.slice(2) + `)|[^\\s'"$` + META + "])+", DOUBLE_QUOTE = '"(?:\\' + BS + '[\\s\\S]|[^"\\' + BS + '])*"', chunker = new RegExp([
        "(" + CONTROL + ")",
        // control chars
        "(" + ANSI_C_QUOTE + "|" + BAREWORD + "|" + DOUBLE_QUOTE + "|" + SINGLE_QUOTE + ")+"
      ].join("|"), "g"), matches = matchAll(string, chunker);
      if (matches.length === 0)
        return [];
      env || (env = {});
      var commented = !1;
      return matches.map(function(match) {
        var s = match[0];
        if (!s || commented)
          return;
        if (controlRE.test(s))
          return (
            /** @type {ControlOperator} */
            { op: s }
          );
        var quote = !1, esc = !1, out = "", words = [], sawQuote = !1, pendingNw = null, isGlob = !1, i2;
        function parseEnvVar() {
          i2 += 1;
          var varend, varname, char = s.charAt(i2);
          if (char === "{") {
            if (i2 += 1, s.charAt(i2) === "}")
              throw new Error("Bad substitution: " + s.slice(i2 - 2, i2 + 1));
            var depth = 1;
            for (varend = i2; depth > 0 && varend < s.length; )
              s.charAt(varend) === "{" && s.charAt(varend - 1) === "$" ? depth += 1 : s.charAt(varend) === "}" && (depth -= 1), varend += 1;
            if (depth !== 0)
              throw new Error("Bad substitution: " + s.slice(i2));
            varend -= 1, varname = s.slice(i2, varend), i2 = varend;
          } else if (/[*@#?$!-]/.test(char))
            varname = char;
          else {
            var slicedFromI = s.slice(i2);
            varend = slicedFromI.match(/[^\w\d_]/), varend ? (varname = slicedFromI.slice(0, varend.index), i2 += /** @type {number} */
            varend.index - 1) : (varname = slicedFromI, i2 = s.length);
          }
          return getVar(
            /** @type {NonNullable<typeof env>} */
            env,
            "",
            varname
          );
        }
        function flushRun() {
          if (pendingNw !== null) {
            if (pendingNw === 0)
              out !== "" && (words[words.length] = out, out = "");
            else {
              words[words.length] = out, out = "";
              for (var fe = 1; fe < pendingNw; fe += 1)
                words[words.length] = "";
            }
            pendingNw = null;
          }
        }
        for (i2 = 0; i2 < s.length; i2++) {
          var c = s.charAt(i2);
          if (ifs && c !== DS && flushRun(), isGlob = isGlob || !quote && (c === "*" || c === "?"), esc)
            out += c, esc = !1;
          else if (quote)
            c === quote ? quote = !1 : quote == SQ ? out += c : c === BS ? (i2 += 1, c = s.charAt(i2), c === DQ || c === BS || c === DS ? out += c : out += BS + c) : c === DS ? out += parseEnvVar() : out += c;
          else if (c === DQ || c === SQ)
            quote = c, sawQuote = !0;
          else {
            if (controlRE.test(c))
              return (
                /** @type {ControlOperator} */
                { op: s }
              );
            if (hash.test(c)) {
              commented = !0;
              var commentObj = { comment: string.slice(match.index + i2 + 1) };
              return out.length ? (
                /** @type {const} */
                [out, commentObj]
              ) : (
                /** @type {const} */
                [commentObj]
              );
            } else if (c === BS)
              esc = !0;
            else if (c === DS && s.charAt(i2 + 1) === SQ && closesAnsiC(s, i2))
              flushRun(), sawQuote = !0, out += expandAnsiC(s.slice(i2 + 2, ansiCAt.lastIndex - 1)), i2 = ansiCAt.lastIndex - 1;
            else if (c === DS) {
              var value = parseEnvVar();
              if (!ifs)
                out += value;
              else
                for (var vi = 0; vi < value.length; vi += 1) {
                  var vc = value.charAt(vi);
                  ifs.indexOf(vc) < 0 ? (flushRun(), out += vc) : pendingNw === null ? pendingNw = vc === " " || vc === "	" || vc === `
` ? 0 : 1 : vc !== " " && vc !== "	" && vc !== `
` && (pendingNw += 1);
                }
            } else
              out += c;
          }
        }
        if (isGlob)
          return (
            /** @type {GlobPattern} */
            { op: "glob", pattern: out }
          );
        if (ifs) {
          if (pendingNw !== null && pendingNw > 0) {
            words[words.length] = out, out = "";
            for (var te = 1; te < pendingNw; te += 1)
              words[words.length] = "";
          }
          return (out !== "" || sawQuote && words.length === 0) && (words[words.length] = out), words;
        }
        return out;
      }).reduce(
        function(prev, arg) {
          return typeof arg > "u" || [].concat(arg).forEach(function(entry) {
            prev[prev.length] = entry;
          }), prev;
        },
        /** @type {ParseEntry[]} */
        []
      );
    }
    module.exports = function(s, env, opts) {
      var mapped = parseInternal(s, env, opts);
      return typeof env != "function" ? mapped : mapped.reduce(
        function(acc, s2) {
          if (typeof s2 == "object")
            return acc[acc.length] = s2, acc;
          var xs = s2.split(RegExp("(" + TOKEN + ".*?" + TOKEN + ")", "g"));
          return xs.length === 1 ? (acc[acc.length] = xs[0], acc) : (xs.filter(Boolean).forEach(function(x) {
            acc[acc.length] = startsWithToken.test(x) ? JSON.parse(x.split(TOKEN)[1]) : x;
          }), acc);
        },
        /** @type {ParseEntry[]} */
        []
      );
    };
  }
});

// node_modules/shell-quote/index.js
var require_shell_quote = __commonJS({
  "node_modules/shell-quote/index.js"(exports) {
    "use strict";
    exports.quote = require_quote();
    exports.parse = require_parse();
  }
});

export {
  require_shell_quote
};
