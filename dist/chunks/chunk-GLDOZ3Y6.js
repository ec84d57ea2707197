import {
  isFullwidth,
  isWide
} from "./chunk-LRXUVN32.js";

// node_modules/is-fullwidth-code-point/index.js
function isFullwidthCodePoint(codePoint) {
  return Number.isInteger(codePoint) ? isFullwidth(codePoint) || isWide(codePoint) : !1;
}

export {
  isFullwidthCodePoint
};
