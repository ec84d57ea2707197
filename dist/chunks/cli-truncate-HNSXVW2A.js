import {
  isFullwidthCodePoint
} from "./chunk-GLDOZ3Y6.js";
import {
  ansi_styles_default,
  eastAsianWidth,
  stripAnsi
} from "./chunk-LRXUVN32.js";
import "./chunk-LHO2KLC4.js";

// node_modules/slice-ansi/tokenize-ansi.js
var ESCAPE_CODE_POINT = 27, C1_DCS_CODE_POINT = 144, C1_SOS_CODE_POINT = 152, C1_CSI_CODE_POINT = 155, C1_ST_CODE_POINT = 156, C1_OSC_CODE_POINT = 157, C1_PM_CODE_POINT = 158, C1_APC_CODE_POINT = 159, ESCAPES = /* @__PURE__ */ new Set([
  ESCAPE_CODE_POINT,
  C1_DCS_CODE_POINT,
  C1_SOS_CODE_POINT,
  C1_CSI_CODE_POINT,
  C1_ST_CODE_POINT,
  C1_OSC_CODE_POINT,
  C1_PM_CODE_POINT,
  C1_APC_CODE_POINT
]), ESCAPE = "\x1B", ANSI_BELL = "\x07", ANSI_CSI = "[", ANSI_OSC = "]", ANSI_DCS = "P", ANSI_SOS = "X", ANSI_PM = "^", ANSI_APC = "_", ANSI_SGR_TERMINATOR = "m", ANSI_OSC_TERMINATOR = "\\", ANSI_STRING_TERMINATOR = `${ESCAPE}${ANSI_OSC_TERMINATOR}`, C1_OSC = "\x9D", C1_STRING_TERMINATOR = "\x9C", ANSI_HYPERLINK_ESC_PREFIX = `${ESCAPE}${ANSI_OSC}8;`, ANSI_HYPERLINK_C1_PREFIX = `${C1_OSC}8;`, ANSI_HYPERLINK_ESC_CLOSE = `${ANSI_HYPERLINK_ESC_PREFIX};`, ANSI_HYPERLINK_C1_CLOSE = `${ANSI_HYPERLINK_C1_PREFIX};`, CODE_POINT_0 = "0".codePointAt(0), CODE_POINT_9 = "9".codePointAt(0), CODE_POINT_SEMICOLON = ";".codePointAt(0), CODE_POINT_COLON = ":".codePointAt(0), CODE_POINT_CSI_PARAMETER_START = "0".codePointAt(0), CODE_POINT_CSI_PARAMETER_END = "?".codePointAt(0), CODE_POINT_CSI_INTERMEDIATE_START = " ".codePointAt(0), CODE_POINT_CSI_INTERMEDIATE_END = "/".codePointAt(0), CODE_POINT_CSI_FINAL_START = "@".codePointAt(0), CODE_POINT_CSI_FINAL_END = "~".codePointAt(0), REGIONAL_INDICATOR_SYMBOL_LETTER_A = 127462, REGIONAL_INDICATOR_SYMBOL_LETTER_Z = 127487, SGR_RESET_CODE = 0, SGR_EXTENDED_FOREGROUND_CODE = 38, SGR_DEFAULT_FOREGROUND_CODE = 39, SGR_EXTENDED_BACKGROUND_CODE = 48, SGR_DEFAULT_BACKGROUND_CODE = 49, SGR_COLOR_TYPE_ANSI_256 = 5, SGR_COLOR_TYPE_TRUECOLOR = 2, SGR_ANSI_256_FRAGMENT_LENGTH = 3, SGR_TRUECOLOR_FRAGMENT_LENGTH = 5, SGR_ANSI_256_LAST_PARAMETER_OFFSET = 2, SGR_TRUECOLOR_LAST_PARAMETER_OFFSET = 4, VARIATION_SELECTOR_16_CODE_POINT = 65039, COMBINING_ENCLOSING_KEYCAP_CODE_POINT = 8419, EMOJI_PRESENTATION_GRAPHEME_REGEX = new RegExp("\\p{Emoji_Presentation}", "u"), GRAPHEME_SEGMENTER = new Intl.Segmenter(void 0, { granularity: "grapheme" }), endCodeNumbers = /* @__PURE__ */ new Set();
for (let [, end] of ansi_styles_default.codes)
  endCodeNumbers.add(end);
function isSgrParameterCharacter(codePoint) {
  return codePoint >= CODE_POINT_0 && codePoint <= CODE_POINT_9 || codePoint === CODE_POINT_SEMICOLON || codePoint === CODE_POINT_COLON;
}
function isCsiParameterCharacter(codePoint) {
  return codePoint >= CODE_POINT_CSI_PARAMETER_START && codePoint <= CODE_POINT_CSI_PARAMETER_END;
}
function isCsiIntermediateCharacter(codePoint) {
  return codePoint >= CODE_POINT_CSI_INTERMEDIATE_START && codePoint <= CODE_POINT_CSI_INTERMEDIATE_END;
}
function isCsiFinalCharacter(codePoint) {
  return codePoint >= CODE_POINT_CSI_FINAL_START && codePoint <= CODE_POINT_CSI_FINAL_END;
}
function isRegionalIndicatorCodePoint(codePoint) {
  return codePoint >= REGIONAL_INDICATOR_SYMBOL_LETTER_A && codePoint <= REGIONAL_INDICATOR_SYMBOL_LETTER_Z;
}
function createControlParseResult(code, endIndex) {
  return {
    token: {
      type: "control",
      code
    },
    endIndex
  };
}
function isEmojiStyleGrapheme(grapheme) {
  if (EMOJI_PRESENTATION_GRAPHEME_REGEX.test(grapheme))
    return !0;
  for (let character of grapheme) {
    let codePoint = character.codePointAt(0);
    if (codePoint === VARIATION_SELECTOR_16_CODE_POINT || codePoint === COMBINING_ENCLOSING_KEYCAP_CODE_POINT)
      return !0;
  }
  return !1;
}
function getGraphemeWidth(grapheme) {
  let regionalIndicatorCount = 0;
  for (let character of grapheme) {
    let codePoint = character.codePointAt(0);
    if (isFullwidthCodePoint(codePoint))
      return 2;
    isRegionalIndicatorCodePoint(codePoint) && regionalIndicatorCount++;
  }
  return regionalIndicatorCount >= 1 || isEmojiStyleGrapheme(grapheme) ? 2 : 1;
}
function getSgrPrefix(code) {
  return code.startsWith("\x9B") ? "\x9B" : `${ESCAPE}${ANSI_CSI}`;
}
function createSgrCode(prefix, values) {
  return `${prefix}${values.join(";")}${ANSI_SGR_TERMINATOR}`;
}
function getSgrFragments(code) {
  let fragments = [], sgrPrefix = getSgrPrefix(code), parameterString;
  if (code.startsWith(`${ESCAPE}${ANSI_CSI}`))
    parameterString = code.slice(2, -1);
  else if (code.startsWith("\x9B"))
    parameterString = code.slice(1, -1);
  else
    return fragments;
  let rawCodes = parameterString.length === 0 ? [String(SGR_RESET_CODE)] : parameterString.split(";"), index = 0;
  for (; index < rawCodes.length; ) {
    let codeNumber = Number.parseInt(rawCodes[index], 10);
    if (Number.isNaN(codeNumber)) {
      index++;
      continue;
    }
    if (codeNumber === SGR_RESET_CODE) {
      fragments.push({ type: "reset" }), index++;
      continue;
    }
    if (codeNumber === SGR_EXTENDED_FOREGROUND_CODE || codeNumber === SGR_EXTENDED_BACKGROUND_CODE) {
      let colorType = Number.parseInt(rawCodes[index + 1], 10);
      if (colorType === SGR_COLOR_TYPE_ANSI_256 && index + SGR_ANSI_256_LAST_PARAMETER_OFFSET < rawCodes.length) {
        let openCode3 = createSgrCode(sgrPrefix, rawCodes.slice(index, index + SGR_ANSI_256_FRAGMENT_LENGTH));
        fragments.push({
          type: "start",
          code: openCode3,
          endCode: ansi_styles_default.color.ansi(codeNumber === SGR_EXTENDED_FOREGROUND_CODE ? SGR_DEFAULT_FOREGROUND_CODE : SGR_DEFAULT_BACKGROUND_CODE)
        }), index += SGR_ANSI_256_FRAGMENT_LENGTH;
        continue;
      }
      if (colorType === SGR_COLOR_TYPE_TRUECOLOR && index + SGR_TRUECOLOR_LAST_PARAMETER_OFFSET < rawCodes.length) {
        let openCode3 = createSgrCode(sgrPrefix, rawCodes.slice(index, index + SGR_TRUECOLOR_FRAGMENT_LENGTH));
        fragments.push({
          type: "start",
          code: openCode3,
          endCode: ansi_styles_default.color.ansi(codeNumber === SGR_EXTENDED_FOREGROUND_CODE ? SGR_DEFAULT_FOREGROUND_CODE : SGR_DEFAULT_BACKGROUND_CODE)
        }), index += SGR_TRUECOLOR_FRAGMENT_LENGTH;
        continue;
      }
      let openCode2 = createSgrCode(sgrPrefix, [rawCodes[index]]);
      fragments.push({
        type: "start",
        code: openCode2,
        endCode: ansi_styles_default.color.ansi(codeNumber === SGR_EXTENDED_FOREGROUND_CODE ? SGR_DEFAULT_FOREGROUND_CODE : SGR_DEFAULT_BACKGROUND_CODE)
      }), index++;
      continue;
    }
    if (endCodeNumbers.has(codeNumber)) {
      fragments.push({
        type: "end",
        endCode: ansi_styles_default.color.ansi(codeNumber)
      }), index++;
      continue;
    }
    let mappedEndCode = ansi_styles_default.codes.get(codeNumber);
    if (mappedEndCode !== void 0) {
      let openCode2 = createSgrCode(sgrPrefix, [rawCodes[index]]);
      fragments.push({
        type: "start",
        code: openCode2,
        endCode: ansi_styles_default.color.ansi(mappedEndCode)
      }), index++;
      continue;
    }
    let openCode = createSgrCode(sgrPrefix, [rawCodes[index]]);
    fragments.push({
      type: "start",
      code: openCode,
      endCode: ansi_styles_default.reset.open
    }), index++;
  }
  return fragments.length === 0 && fragments.push({ type: "reset" }), fragments;
}
function parseCsiCode(string, index) {
  let escapeCodePoint = string.codePointAt(index), sequenceStartIndex;
  if (escapeCodePoint === ESCAPE_CODE_POINT) {
    if (string[index + 1] !== ANSI_CSI)
      return;
    sequenceStartIndex = index + 2;
  } else if (escapeCodePoint === C1_CSI_CODE_POINT)
    sequenceStartIndex = index + 1;
  else
    return;
  let hasCanonicalSgrParameters = !0;
  for (let sequenceIndex = sequenceStartIndex; sequenceIndex < string.length; sequenceIndex++) {
    let codePoint = string.codePointAt(sequenceIndex);
    if (isCsiFinalCharacter(codePoint)) {
      let code = string.slice(index, sequenceIndex + 1);
      return string[sequenceIndex] !== ANSI_SGR_TERMINATOR || !hasCanonicalSgrParameters ? createControlParseResult(code, sequenceIndex + 1) : {
        token: {
          type: "sgr",
          code,
          fragments: getSgrFragments(code)
        },
        endIndex: sequenceIndex + 1
      };
    }
    if (isCsiParameterCharacter(codePoint)) {
      isSgrParameterCharacter(codePoint) || (hasCanonicalSgrParameters = !1);
      continue;
    }
    if (isCsiIntermediateCharacter(codePoint)) {
      hasCanonicalSgrParameters = !1;
      continue;
    }
    let endIndex = sequenceIndex;
    return createControlParseResult(string.slice(index, endIndex), endIndex);
  }
  return createControlParseResult(string.slice(index), string.length);
}
function parseHyperlinkCode(string, index) {
  let hyperlinkPrefix, hyperlinkClose, codePoint = string.codePointAt(index);
  if (codePoint === ESCAPE_CODE_POINT && string.startsWith(ANSI_HYPERLINK_ESC_PREFIX, index))
    hyperlinkPrefix = ANSI_HYPERLINK_ESC_PREFIX, hyperlinkClose = ANSI_HYPERLINK_ESC_CLOSE;
  else if (codePoint === C1_OSC_CODE_POINT && string.startsWith(ANSI_HYPERLINK_C1_PREFIX, index))
    hyperlinkPrefix = ANSI_HYPERLINK_C1_PREFIX, hyperlinkClose = ANSI_HYPERLINK_C1_CLOSE;
  else
    return;
  let uriStart = string.indexOf(";", index + hyperlinkPrefix.length);
  if (uriStart === -1)
    return createControlParseResult(string.slice(index), string.length);
  for (let sequenceIndex = uriStart + 1; sequenceIndex < string.length; sequenceIndex++) {
    let character = string[sequenceIndex];
    if (character === ANSI_BELL) {
      let code = string.slice(index, sequenceIndex + 1), action = sequenceIndex === uriStart + 1 ? "close" : "open";
      return {
        token: {
          type: "hyperlink",
          code,
          action,
          closePrefix: hyperlinkClose,
          terminator: ANSI_BELL
        },
        endIndex: sequenceIndex + 1
      };
    }
    if (character === ESCAPE && string[sequenceIndex + 1] === ANSI_OSC_TERMINATOR) {
      let code = string.slice(index, sequenceIndex + 2), action = sequenceIndex === uriStart + 1 ? "close" : "open";
      return {
        token: {
          type: "hyperlink",
          code,
          action,
          closePrefix: hyperlinkClose,
          terminator: ANSI_STRING_TERMINATOR
        },
        endIndex: sequenceIndex + 2
      };
    }
    if (character === C1_STRING_TERMINATOR) {
      let code = string.slice(index, sequenceIndex + 1), action = sequenceIndex === uriStart + 1 ? "close" : "open";
      return {
        token: {
          type: "hyperlink",
          code,
          action,
          closePrefix: hyperlinkClose,
          terminator: C1_STRING_TERMINATOR
        },
        endIndex: sequenceIndex + 1
      };
    }
  }
  return createControlParseResult(string.slice(index), string.length);
}
function parseControlStringCode(string, index) {
  let codePoint = string.codePointAt(index), sequenceStartIndex, supportsBellTerminator = !1;
  switch (codePoint) {
    case ESCAPE_CODE_POINT: {
      switch (string[index + 1]) {
        case ANSI_OSC: {
          sequenceStartIndex = index + 2, supportsBellTerminator = !0;
          break;
        }
        case ANSI_DCS:
        case ANSI_SOS:
        case ANSI_PM:
        case ANSI_APC: {
          sequenceStartIndex = index + 2;
          break;
        }
        case ANSI_OSC_TERMINATOR:
          return createControlParseResult(ANSI_STRING_TERMINATOR, index + 2);
        default:
          return;
      }
      break;
    }
    case C1_OSC_CODE_POINT: {
      sequenceStartIndex = index + 1, supportsBellTerminator = !0;
      break;
    }
    case C1_DCS_CODE_POINT:
    case C1_SOS_CODE_POINT:
    case C1_PM_CODE_POINT:
    case C1_APC_CODE_POINT: {
      sequenceStartIndex = index + 1;
      break;
    }
    case C1_ST_CODE_POINT:
      return createControlParseResult(C1_STRING_TERMINATOR, index + 1);
    default:
      return;
  }
  for (let sequenceIndex = sequenceStartIndex; sequenceIndex < string.length; sequenceIndex++) {
    if (supportsBellTerminator && string[sequenceIndex] === ANSI_BELL)
      return createControlParseResult(string.slice(index, sequenceIndex + 1), sequenceIndex + 1);
    if (string[sequenceIndex] === ESCAPE && string[sequenceIndex + 1] === ANSI_OSC_TERMINATOR)
      return createControlParseResult(string.slice(index, sequenceIndex + 2), sequenceIndex + 2);
    if (string[sequenceIndex] === C1_STRING_TERMINATOR)
      return createControlParseResult(string.slice(index, sequenceIndex + 1), sequenceIndex + 1);
  }
  return createControlParseResult(string.slice(index), string.length);
}
function parseAnsiCode(string, index) {
  let codePoint = string.codePointAt(index);
  if (codePoint === ESCAPE_CODE_POINT || codePoint === C1_OSC_CODE_POINT) {
    let hyperlinkCode = parseHyperlinkCode(string, index);
    if (hyperlinkCode)
      return hyperlinkCode;
  }
  let controlStringCode = parseControlStringCode(string, index);
  return controlStringCode || parseCsiCode(string, index);
}
function appendTrailingAnsiTokens(string, index, tokens) {
  for (; index < string.length; ) {
    let nextCodePoint = string.codePointAt(index);
    if (!ESCAPES.has(nextCodePoint))
      break;
    let escapeCode = parseAnsiCode(string, index);
    if (!escapeCode)
      break;
    tokens.push(escapeCode.token), index = escapeCode.endIndex;
  }
  return index;
}
function parseCharacterTokenWithRawSegmentation(string, index, graphemeSegments) {
  let segment = graphemeSegments.containing(index);
  if (!(!segment || segment.index !== index))
    return {
      token: {
        type: "character",
        // Intentionally preserve UAX29 behavior (GB3): CRLF is one grapheme cluster.
        value: segment.segment,
        visibleWidth: getGraphemeWidth(segment.segment),
        isGraphemeContinuation: !1
      },
      endIndex: index + segment.segment.length
    };
}
function collectVisibleCharacters(string) {
  let visibleCharacters = [], index = 0;
  for (; index < string.length; ) {
    let codePoint = string.codePointAt(index);
    if (ESCAPES.has(codePoint)) {
      let code = parseAnsiCode(string, index);
      if (code) {
        index = code.endIndex;
        continue;
      }
    }
    let value = String.fromCodePoint(codePoint);
    visibleCharacters.push({
      value,
      visibleWidth: 1,
      isGraphemeContinuation: !1
    }), index += value.length;
  }
  return visibleCharacters;
}
function applyGraphemeMetadata(visibleCharacters) {
  if (visibleCharacters.length === 0)
    return;
  let visibleString = visibleCharacters.map(({ value }) => value).join(""), scalarOffsets = [], scalarOffset = 0;
  for (let visibleCharacter of visibleCharacters)
    scalarOffsets.push(scalarOffset), scalarOffset += visibleCharacter.value.length;
  let scalarIndex = 0;
  for (let segment of GRAPHEME_SEGMENTER.segment(visibleString)) {
    for (; scalarIndex < visibleCharacters.length && scalarOffsets[scalarIndex] < segment.index; )
      scalarIndex++;
    let graphemeIndex = scalarIndex, isFirstInGrapheme = !0;
    for (; graphemeIndex < visibleCharacters.length && scalarOffsets[graphemeIndex] < segment.index + segment.segment.length; )
      visibleCharacters[graphemeIndex].visibleWidth = isFirstInGrapheme ? getGraphemeWidth(segment.segment) : 0, visibleCharacters[graphemeIndex].isGraphemeContinuation = !isFirstInGrapheme, isFirstInGrapheme = !1, graphemeIndex++;
    scalarIndex = graphemeIndex;
  }
}
function tokenizeAnsiWithVisibleSegmentation(string, { endCharacter = Number.POSITIVE_INFINITY } = {}) {
  let tokens = [], visibleCharacters = collectVisibleCharacters(string);
  applyGraphemeMetadata(visibleCharacters);
  let index = 0, visibleCharacterIndex = 0, visibleCount = 0;
  for (; index < string.length; ) {
    let codePoint = string.codePointAt(index);
    if (ESCAPES.has(codePoint)) {
      let code = parseAnsiCode(string, index);
      if (code) {
        tokens.push(code.token), index = code.endIndex;
        continue;
      }
    }
    let value = String.fromCodePoint(codePoint), visibleCharacter = visibleCharacters[visibleCharacterIndex], visibleWidth = isFullwidthCodePoint(codePoint) ? 2 : value.length;
    visibleCharacter && (visibleWidth = visibleCharacter.visibleWidth);
    let token = {
      type: "character",
      value,
      visibleWidth,
      isGraphemeContinuation: visibleCharacter ? visibleCharacter.isGraphemeContinuation : !1
    };
    if (tokens.push(token), index += value.length, visibleCharacterIndex++, visibleCount += token.visibleWidth, visibleCount >= endCharacter) {
      let nextVisibleCharacter = visibleCharacters[visibleCharacterIndex];
      if (!nextVisibleCharacter || !nextVisibleCharacter.isGraphemeContinuation) {
        index = appendTrailingAnsiTokens(string, index, tokens);
        break;
      }
    }
  }
  return tokens;
}
function areValuesInSameGrapheme(leftValue, rightValue) {
  let pair = `${leftValue}${rightValue}`, splitIndex = leftValue.length;
  for (let segment of GRAPHEME_SEGMENTER.segment(pair)) {
    if (segment.index === splitIndex)
      return !1;
    if (segment.index > splitIndex)
      return !0;
  }
  return !0;
}
function hasAnsiSplitContinuationAhead(string, startIndex, previousVisibleValue, graphemeSegments) {
  if (!previousVisibleValue)
    return !1;
  let index = startIndex, hasAnsiCode = !1;
  for (; index < string.length; ) {
    let codePoint = string.codePointAt(index);
    if (ESCAPES.has(codePoint)) {
      let code = parseAnsiCode(string, index);
      if (code) {
        hasAnsiCode = !0, index = code.endIndex;
        continue;
      }
    }
    if (!hasAnsiCode)
      return !1;
    let characterToken = parseCharacterTokenWithRawSegmentation(string, index, graphemeSegments);
    return characterToken ? areValuesInSameGrapheme(previousVisibleValue, characterToken.token.value) : !0;
  }
  return !1;
}
function tokenizeAnsi(string, { endCharacter = Number.POSITIVE_INFINITY } = {}) {
  let tokens = [], graphemeSegments = GRAPHEME_SEGMENTER.segment(string), index = 0, visibleCount = 0, previousVisibleValue, hasAnsiSinceLastVisible = !1;
  for (; index < string.length; ) {
    let codePoint = string.codePointAt(index);
    if (ESCAPES.has(codePoint)) {
      let code = parseAnsiCode(string, index);
      if (code) {
        tokens.push(code.token), index = code.endIndex, hasAnsiSinceLastVisible = !0;
        continue;
      }
    }
    let characterToken = parseCharacterTokenWithRawSegmentation(string, index, graphemeSegments);
    if (!characterToken)
      return tokenizeAnsiWithVisibleSegmentation(string, { endCharacter });
    if (hasAnsiSinceLastVisible && previousVisibleValue && areValuesInSameGrapheme(previousVisibleValue, characterToken.token.value))
      return tokenizeAnsiWithVisibleSegmentation(string, { endCharacter });
    if (tokens.push(characterToken.token), index = characterToken.endIndex, visibleCount += characterToken.token.visibleWidth, hasAnsiSinceLastVisible = !1, previousVisibleValue = characterToken.token.value, visibleCount >= endCharacter) {
      if (hasAnsiSplitContinuationAhead(string, index, previousVisibleValue, graphemeSegments))
        return tokenizeAnsiWithVisibleSegmentation(string, { endCharacter });
      index = appendTrailingAnsiTokens(string, index, tokens);
      break;
    }
  }
  return tokens;
}

// node_modules/slice-ansi/index.js
function applySgrFragments(activeStyles, fragments) {
  for (let fragment of fragments)
    switch (fragment.type) {
      case "reset": {
        activeStyles.clear();
        break;
      }
      case "end": {
        activeStyles.delete(fragment.endCode);
        break;
      }
      case "start": {
        activeStyles.delete(fragment.endCode), activeStyles.set(fragment.endCode, fragment.code);
        break;
      }
      default:
        break;
    }
  return activeStyles;
}
function undoAnsiCodes(activeStyles) {
  return [...activeStyles.keys()].reverse().join("");
}
function closeHyperlink(hyperlinkToken) {
  return `${hyperlinkToken.closePrefix}${hyperlinkToken.terminator}`;
}
function shouldIncludeSgrAfterEnd(token, activeStyles) {
  let hasStartFragment = !1, hasClosingEffect = !1;
  for (let fragment of token.fragments) {
    if (fragment.type === "start") {
      hasStartFragment = !0;
      continue;
    }
    if (fragment.type === "reset" && activeStyles.size > 0) {
      hasClosingEffect = !0;
      continue;
    }
    fragment.type === "end" && activeStyles.has(fragment.endCode) && (hasClosingEffect = !0);
  }
  return hasClosingEffect && !hasStartFragment;
}
function applySgrToken({ token, isPastEnd, activeStyles, returnValue, include, activeHyperlink, position }) {
  return isPastEnd && !shouldIncludeSgrAfterEnd(token, activeStyles) ? {
    activeStyles,
    activeHyperlink,
    position,
    returnValue,
    include
  } : (activeStyles = applySgrFragments(activeStyles, token.fragments), include && (returnValue += token.code), {
    activeStyles,
    activeHyperlink,
    position,
    returnValue,
    include
  });
}
function applyHyperlinkToken({ token, isPastEnd, activeStyles, activeHyperlink, position, returnValue, include }) {
  return isPastEnd && (token.action !== "close" || !activeHyperlink) ? {
    activeStyles,
    activeHyperlink,
    position,
    returnValue,
    include
  } : (token.action === "open" ? activeHyperlink = token : token.action === "close" && (activeHyperlink = void 0), include && (returnValue += token.code), {
    activeStyles,
    activeHyperlink,
    position,
    returnValue,
    include
  });
}
function applyControlToken({ token, isPastEnd, activeStyles, activeHyperlink, position, returnValue, include }) {
  return !isPastEnd && include && (returnValue += token.code), {
    activeStyles,
    activeHyperlink,
    position,
    returnValue,
    include
  };
}
function applyCharacterToken({ token, start, activeStyles, activeHyperlink, position, returnValue, include }) {
  return !include && position >= start && !token.isGraphemeContinuation && (include = !0, returnValue = [...activeStyles.values()].join(""), activeHyperlink && (returnValue += activeHyperlink.code)), include && (returnValue += token.value), position += token.visibleWidth, {
    activeStyles,
    activeHyperlink,
    position,
    returnValue,
    include
  };
}
var tokenHandlers = {
  sgr: applySgrToken,
  hyperlink: applyHyperlinkToken,
  control: applyControlToken,
  character: applyCharacterToken
};
function applyToken(parameters) {
  let tokenHandler = tokenHandlers[parameters.token.type];
  if (!tokenHandler) {
    let {
      activeStyles,
      activeHyperlink,
      position,
      returnValue,
      include
    } = parameters;
    return {
      activeStyles,
      activeHyperlink,
      position,
      returnValue,
      include
    };
  }
  return tokenHandler(parameters);
}
function createHasContinuationAheadMap(tokens) {
  let hasContinuationAhead = Array.from({ length: tokens.length }, () => !1), nextCharacterIsContinuation = !1;
  for (let tokenIndex = tokens.length - 1; tokenIndex >= 0; tokenIndex--) {
    let token = tokens[tokenIndex];
    hasContinuationAhead[tokenIndex] = nextCharacterIsContinuation, token.type === "character" && (nextCharacterIsContinuation = !!token.isGraphemeContinuation);
  }
  return hasContinuationAhead;
}
function sliceAnsi(string, start, end) {
  let tokens = tokenizeAnsi(string, { endCharacter: end }), hasContinuationAhead = createHasContinuationAheadMap(tokens), activeStyles = /* @__PURE__ */ new Map(), activeHyperlink, position = 0, returnValue = "", include = !1;
  for (let [tokenIndex, token] of tokens.entries()) {
    let isPastEnd = end !== void 0 && position >= end;
    if (isPastEnd && token.type !== "character" && hasContinuationAhead[tokenIndex] && (isPastEnd = !1), isPastEnd && token.type === "character" && !token.isGraphemeContinuation)
      break;
    ({ activeStyles, activeHyperlink, position, returnValue, include } = applyToken({
      token,
      isPastEnd,
      start,
      activeStyles,
      activeHyperlink,
      position,
      returnValue,
      include
    }));
  }
  return include ? (activeHyperlink && (returnValue += closeHyperlink(activeHyperlink)), returnValue += undoAnsiCodes(activeStyles), returnValue) : "";
}

// node_modules/string-width/index.js
var segmenter = new Intl.Segmenter(), visibleCharacterRegex = new RegExp("[^\\p{Default_Ignorable_Code_Point}\\p{Control}\\p{Format}\\p{Nonspacing_Mark}\\p{Enclosing_Mark}\\p{Surrogate}]", "v"), spacingMarkRegex = new RegExp("\\p{Spacing_Mark}", "v"), rgiEmojiRegex = new RegExp("^\\p{RGI_Emoji}$", "v"), unqualifiedKeycapRegex = /^[\d#*]\u20E3$/, extendedPictographicRegex = new RegExp("\\p{Extended_Pictographic}", "gu");
function isDoubleWidthNonRgiEmojiSequence(segment) {
  if (segment.length > 50)
    return !1;
  if (unqualifiedKeycapRegex.test(segment))
    return !0;
  if (segment.includes("\u200D")) {
    let pictographics = segment.match(extendedPictographicRegex);
    return pictographics !== null && pictographics.length >= 2;
  }
  return !1;
}
function baseVisible(segment) {
  let index = segment.search(visibleCharacterRegex);
  return index === -1 ? void 0 : segment.slice(index);
}
function isHangulLeadingJamo(codePoint) {
  return codePoint >= 4352 && codePoint <= 4447 || codePoint >= 43360 && codePoint <= 43388;
}
function isHangulVowelJamo(codePoint) {
  return codePoint >= 4448 && codePoint <= 4519 || codePoint >= 55216 && codePoint <= 55238;
}
function isHangulTrailingJamo(codePoint) {
  return codePoint >= 4520 && codePoint <= 4607 || codePoint >= 55243 && codePoint <= 55291;
}
function isHangulJamo(codePoint) {
  return isHangulLeadingJamo(codePoint) || isHangulVowelJamo(codePoint) || isHangulTrailingJamo(codePoint);
}
function hangulClusterWidth(visibleSegment, eastAsianWidthOptions) {
  let codePoints = [];
  for (let character of visibleSegment)
    visibleCharacterRegex.test(character) && codePoints.push(character.codePointAt(0));
  if (codePoints.length === 0)
    return;
  let width = 0;
  for (let index = 0; index < codePoints.length; index++) {
    let codePoint = codePoints[index];
    if (!isHangulJamo(codePoint)) {
      if (width === 0)
        return;
      for (let remaining = index; remaining < codePoints.length; remaining++)
        width += eastAsianWidth(codePoints[remaining], eastAsianWidthOptions);
      return width;
    }
    if (isHangulLeadingJamo(codePoint) && isHangulVowelJamo(codePoints[index + 1])) {
      width += 2, index += isHangulTrailingJamo(codePoints[index + 2]) ? 2 : 1;
      continue;
    }
    width += eastAsianWidth(codePoint, eastAsianWidthOptions);
  }
  return width;
}
function trailingWidth(visibleSegment, eastAsianWidthOptions) {
  let extra = 0, first = !0;
  for (let character of visibleSegment) {
    if (first) {
      first = !1;
      continue;
    }
    (spacingMarkRegex.test(character) || character >= "\uFF00" && character <= "\uFFEF") && (extra += eastAsianWidth(character.codePointAt(0), eastAsianWidthOptions));
  }
  return extra;
}
function stringWidth(input, options = {}) {
  if (typeof input != "string" || input.length === 0)
    return 0;
  let {
    ambiguousIsNarrow = !0,
    countAnsiEscapeCodes = !1
  } = options, string = input;
  if (!countAnsiEscapeCodes && (string.includes("\x1B") || string.includes("\x9B")) && (string = stripAnsi(string)), string.length === 0)
    return 0;
  if (/^[\u0020-\u007E]*$/.test(string))
    return string.length;
  let width = 0, eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
  for (let { segment } of segmenter.segment(string)) {
    let visibleSegment = baseVisible(segment);
    if (visibleSegment === void 0)
      continue;
    if (rgiEmojiRegex.test(segment) || isDoubleWidthNonRgiEmojiSequence(segment)) {
      width += 2;
      continue;
    }
    let hangulWidth = hangulClusterWidth(visibleSegment, eastAsianWidthOptions);
    if (hangulWidth !== void 0) {
      width += hangulWidth;
      continue;
    }
    let codePoint = visibleSegment.codePointAt(0);
    width += eastAsianWidth(codePoint, eastAsianWidthOptions), width += trailingWidth(visibleSegment, eastAsianWidthOptions);
  }
  return width;
}

// node_modules/cli-truncate/index.js
function getIndexOfNearestSpace(string, wantedIndex, shouldSearchRight) {
  if (string.charAt(wantedIndex) === " ")
    return wantedIndex;
  let direction = shouldSearchRight ? 1 : -1;
  for (let index = 0; index <= 3; index++) {
    let finalIndex = wantedIndex + index * direction;
    if (string.charAt(finalIndex) === " ")
      return finalIndex;
  }
  return wantedIndex;
}
function cliTruncate(text, columns, options = {}) {
  let {
    position = "end",
    space = !1,
    preferTruncationOnSpace = !1
  } = options, { truncationCharacter = "\u2026" } = options;
  if (typeof text != "string")
    throw new TypeError(`Expected \`input\` to be a string, got ${typeof text}`);
  if (typeof columns != "number")
    throw new TypeError(`Expected \`columns\` to be a number, got ${typeof columns}`);
  if (columns < 1)
    return "";
  let length = stringWidth(text);
  if (length <= columns)
    return text;
  if (columns === 1)
    return truncationCharacter;
  let ANSI = {
    ESC: 27,
    LEFT_BRACKET: 91,
    LETTER_M: 109
  }, isSgrParameter = (code) => code >= 48 && code <= 57 || code === 59;
  function leadingSgrSpanEndIndex(string) {
    let index = 0;
    for (; index + 2 < string.length && string.codePointAt(index) === ANSI.ESC && string.codePointAt(index + 1) === ANSI.LEFT_BRACKET; ) {
      let j = index + 2;
      for (; j < string.length && isSgrParameter(string.codePointAt(j)); )
        j++;
      if (j < string.length && string.codePointAt(j) === ANSI.LETTER_M) {
        index = j + 1;
        continue;
      }
      break;
    }
    return index;
  }
  function trailingSgrSpanStartIndex(string) {
    let start = string.length;
    for (; start > 1 && string.codePointAt(start - 1) === ANSI.LETTER_M; ) {
      let j = start - 2;
      for (; j >= 0 && isSgrParameter(string.codePointAt(j)); )
        j--;
      if (j >= 1 && string.codePointAt(j - 1) === ANSI.ESC && string.codePointAt(j) === ANSI.LEFT_BRACKET) {
        start = j - 1;
        continue;
      }
      break;
    }
    return start;
  }
  function appendWithInheritedStyleFromEnd(visible, suffix) {
    let start = trailingSgrSpanStartIndex(visible);
    return start === visible.length ? visible + suffix : visible.slice(0, start) + suffix + visible.slice(start);
  }
  function prependWithInheritedStyleFromStart(prefix, visible) {
    let end = leadingSgrSpanEndIndex(visible);
    return end === 0 ? prefix + visible : visible.slice(0, end) + prefix + visible.slice(end);
  }
  if (position === "start") {
    if (preferTruncationOnSpace) {
      let nearestSpace = getIndexOfNearestSpace(text, length - columns + 1, !0), right2 = sliceAnsi(text, nearestSpace, length).trim();
      return prependWithInheritedStyleFromStart(truncationCharacter, right2);
    }
    space && (truncationCharacter += " ");
    let right = sliceAnsi(text, length - columns + stringWidth(truncationCharacter), length);
    return prependWithInheritedStyleFromStart(truncationCharacter, right);
  }
  if (position === "middle") {
    space && (truncationCharacter = ` ${truncationCharacter} `);
    let half = Math.floor(columns / 2);
    if (preferTruncationOnSpace) {
      let spaceNearFirstBreakPoint = getIndexOfNearestSpace(text, half), spaceNearSecondBreakPoint = getIndexOfNearestSpace(text, length - (columns - half) + 1, !0);
      return sliceAnsi(text, 0, spaceNearFirstBreakPoint) + truncationCharacter + sliceAnsi(text, spaceNearSecondBreakPoint, length).trim();
    }
    return sliceAnsi(text, 0, half) + truncationCharacter + sliceAnsi(text, length - (columns - half) + stringWidth(truncationCharacter), length);
  }
  if (position === "end") {
    if (preferTruncationOnSpace) {
      let nearestSpace = getIndexOfNearestSpace(text, columns - 1), left2 = sliceAnsi(text, 0, nearestSpace);
      return appendWithInheritedStyleFromEnd(left2, truncationCharacter);
    }
    space && (truncationCharacter = ` ${truncationCharacter}`);
    let left = sliceAnsi(text, 0, columns - stringWidth(truncationCharacter));
    return appendWithInheritedStyleFromEnd(left, truncationCharacter);
  }
  throw new Error(`Expected \`options.position\` to be either \`start\`, \`middle\` or \`end\`, got ${position}`);
}
export {
  cliTruncate as default
};
