#!/usr/bin/env node
import { createRequire as __scalene_createRequire } from 'node:module'; const require = __scalene_createRequire(import.meta.url);
import {
  MAX_PROFILE_BYTES,
  PROFILE_SCHEMA,
  SUMMABLE_METRICS,
  byCodeUnits,
  escapeHtml,
  maxOf,
  setOwn,
  totalSeconds,
  validateProfile
} from "./chunk-V7KXQ3F6.js";
import {
  InputError
} from "./chunk-3P6TRMCU.js";

// src/export/pprof.ts
import { gzipSync } from "node:zlib";

// node_modules/pprof-format/dist/esm/index.js
var __classPrivateFieldGet = function(receiver, state, kind, f) {
  if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
  return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
};
var _StringTable_encodings;
var _StringTable_positions;
var lowMaxBig = 2n ** 32n - 1n;
var lowMax = 2 ** 32 - 1;
var lowMaxPlus1 = lowMax + 1;
var toUtf8 = typeof Buffer === "undefined" ? (value) => new TextEncoder().encode(value) : (value) => Buffer.from(value, "utf8");
function countNumberBytes(buffer) {
  if (!buffer.length)
    return 0;
  let i = 0;
  while (i < buffer.length && buffer[i++] >= 128)
    ;
  return i;
}
function decodeBigNumber(buffer) {
  if (!buffer.length)
    return BigInt(0);
  let value = BigInt(buffer[0] & 127);
  let i = 0;
  while (buffer[i++] >= 128) {
    value |= BigInt(buffer[i] & 127) << BigInt(7 * i);
  }
  return value;
}
function makeValue(value, offset = 0) {
  return { value, offset };
}
function getValue(mode, buffer) {
  switch (mode) {
    case kTypeVarInt:
      for (let i = 0; i < buffer.length; i++) {
        if (!(buffer[i] & 128)) {
          return makeValue(buffer.subarray(0, i + 1));
        }
      }
      return makeValue(buffer);
    case kTypeLengthDelim: {
      const offset = countNumberBytes(buffer);
      const size = decodeNumber(buffer);
      return makeValue(buffer.subarray(offset, Number(size) + offset), offset);
    }
    default:
      throw new Error(`Unrecognized value type: ${mode}`);
  }
}
function lowBits(number2) {
  return typeof number2 !== "bigint" ? (number2 >>> 0) % lowMaxPlus1 : Number(number2 & lowMaxBig);
}
function highBits(number2) {
  return typeof number2 !== "bigint" ? number2 / lowMaxPlus1 >>> 0 : Number(number2 >> 32n & lowMaxBig);
}
function long(number2) {
  const sign = number2 < 0;
  if (sign)
    number2 = -number2;
  let lo = lowBits(number2);
  let hi = highBits(number2);
  if (sign) {
    hi = ~hi >>> 0;
    lo = ~lo >>> 0;
    if (++lo > lowMax) {
      lo = 0;
      if (++hi > lowMax) {
        hi = 0;
      }
    }
  }
  return [hi, lo];
}
var kTypeVarInt = 0;
var kTypeLengthDelim = 2;
function decodeNumber(buffer) {
  const size = countNumberBytes(buffer);
  if (size > 4)
    return decodeBigNumber(buffer);
  if (!buffer.length)
    return 0;
  let value = buffer[0] & 127;
  let i = 0;
  while (buffer[i++] >= 128) {
    value |= (buffer[i] & 127) << 7 * i;
  }
  return value;
}
function decodeNumbers(buffer) {
  const values = [];
  let start = 0;
  for (let i = 0; i < buffer.length; i++) {
    if ((buffer[i] & 128) === 0) {
      values.push(decodeNumber(buffer.subarray(start, i + 1)));
      start = i + 1;
    }
  }
  return values;
}
function push(value, list) {
  if (list == null) {
    return [value];
  }
  list.push(value);
  return list;
}
function pushAll(values, list) {
  if (list == null) {
    return values;
  }
  for (const value of values) {
    list.push(value);
  }
  return list;
}
function measureNumber(number2) {
  if (number2 === 0 || number2 === 0n)
    return 0;
  const [hi, lo] = long(number2);
  const a = lo;
  const b = (lo >>> 28 | hi << 4) >>> 0;
  const c = hi >>> 24;
  if (c !== 0) {
    return c < 128 ? 9 : 10;
  }
  if (b !== 0) {
    if (b < 16384) {
      return b < 128 ? 5 : 6;
    }
    return b < 2097152 ? 7 : 8;
  }
  if (a < 16384) {
    return a < 128 ? 1 : 2;
  }
  return a < 2097152 ? 3 : 4;
}
function measureValue(value) {
  if (typeof value === "undefined")
    return 0;
  if (typeof value === "number" || typeof value === "bigint") {
    return measureNumber(value) || 1;
  }
  return value.length;
}
function measureArray(list) {
  let size = 0;
  for (const item of list) {
    size += measureValue(item);
  }
  return size;
}
function measureNumberField(number2) {
  const length = measureNumber(number2);
  return length ? 1 + length : 0;
}
function measureNumberArrayField(values) {
  let total = 0;
  for (const value of values) {
    total += measureNumber(value) || 1;
  }
  return total ? 1 + measureNumber(total) + total : 0;
}
function measureLengthDelimField(value) {
  const length = measureValue(value);
  return length ? 1 + measureNumber(length) + length : 0;
}
function measureLengthDelimArrayField(values) {
  let total = 0;
  for (const value of values) {
    total += measureLengthDelimField(value);
  }
  return total;
}
function encodeNumber(buffer, i, number2) {
  if (number2 === 0 || number2 === 0n) {
    buffer[i++] = 0;
    return i;
  }
  let [hi, lo] = long(number2);
  while (hi) {
    buffer[i++] = lo & 127 | 128;
    lo = (lo >>> 7 | hi << 25) >>> 0;
    hi >>>= 7;
  }
  while (lo > 127) {
    buffer[i++] = lo & 127 | 128;
    lo = lo >>> 7;
  }
  buffer[i++] = lo;
  return i;
}
var emptyTableToken = /* @__PURE__ */ Symbol();
var StringTable = class _StringTable {
  constructor(tok) {
    this.strings = new Array();
    _StringTable_encodings.set(this, new Array());
    _StringTable_positions.set(this, /* @__PURE__ */ new Map());
    if (tok !== emptyTableToken) {
      this.dedup("");
    }
  }
  get encodedLength() {
    let size = 0;
    for (const encoded of __classPrivateFieldGet(this, _StringTable_encodings, "f")) {
      size += encoded.length;
    }
    return size;
  }
  _encodeToBuffer(buffer, offset) {
    for (const encoded of __classPrivateFieldGet(this, _StringTable_encodings, "f")) {
      buffer.set(encoded, offset);
      offset += encoded.length;
    }
    return offset;
  }
  encode(buffer = new Uint8Array(this.encodedLength)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  static _encodeStringFromUtf8(stringBuffer) {
    const buffer = new Uint8Array(1 + stringBuffer.length + (measureNumber(stringBuffer.length) || 1));
    let offset = 0;
    buffer[offset++] = 50;
    offset = encodeNumber(buffer, offset, stringBuffer.length);
    if (stringBuffer.length > 0) {
      buffer.set(stringBuffer, offset);
    }
    return buffer;
  }
  static _encodeString(string2) {
    return _StringTable._encodeStringFromUtf8(toUtf8(string2));
  }
  dedup(string2) {
    if (typeof string2 === "number")
      return string2;
    if (!__classPrivateFieldGet(this, _StringTable_positions, "f").has(string2)) {
      const pos = this.strings.push(string2) - 1;
      __classPrivateFieldGet(this, _StringTable_positions, "f").set(string2, pos);
      __classPrivateFieldGet(this, _StringTable_encodings, "f").push(_StringTable._encodeString(string2));
    }
    return __classPrivateFieldGet(this, _StringTable_positions, "f").get(string2);
  }
  _decodeString(buffer) {
    const string2 = new TextDecoder().decode(buffer);
    __classPrivateFieldGet(this, _StringTable_positions, "f").set(string2, this.strings.push(string2) - 1);
    __classPrivateFieldGet(this, _StringTable_encodings, "f").push(_StringTable._encodeStringFromUtf8(buffer));
  }
};
_StringTable_encodings = /* @__PURE__ */ new WeakMap(), _StringTable_positions = /* @__PURE__ */ new WeakMap();
function decode(buffer, decoder) {
  const data = {};
  let index = 0;
  while (index < buffer.length) {
    const field = buffer[index] >> 3;
    const mode = buffer[index] & 7;
    index++;
    const { offset, value } = getValue(mode, buffer.subarray(index));
    index += value.length + offset;
    decoder(data, field, value);
  }
  return data;
}
var ValueType = class _ValueType {
  static create(data) {
    return data instanceof _ValueType ? data : new _ValueType(data);
  }
  constructor(data) {
    this.type = data.type || 0;
    this.unit = data.unit || 0;
  }
  get length() {
    let total = 0;
    total += measureNumberField(this.type);
    total += measureNumberField(this.unit);
    return total;
  }
  _encodeToBuffer(buffer, offset = 0) {
    if (this.type) {
      buffer[offset++] = 8;
      offset = encodeNumber(buffer, offset, this.type);
    }
    if (this.unit) {
      buffer[offset++] = 16;
      offset = encodeNumber(buffer, offset, this.unit);
    }
    return offset;
  }
  encode(buffer = new Uint8Array(this.length)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  static decodeValue(data, field, buffer) {
    switch (field) {
      case 1:
        data.type = decodeNumber(buffer);
        break;
      case 2:
        data.unit = decodeNumber(buffer);
        break;
    }
  }
  static decode(buffer) {
    return new this(decode(buffer, this.decodeValue));
  }
};
var Label = class _Label {
  static create(data) {
    return data instanceof _Label ? data : new _Label(data);
  }
  constructor(data) {
    this.key = data.key || 0;
    this.str = data.str || 0;
    this.num = data.num || 0;
    this.numUnit = data.numUnit || 0;
  }
  get length() {
    let total = 0;
    total += measureNumberField(this.key);
    total += measureNumberField(this.str);
    total += measureNumberField(this.num);
    total += measureNumberField(this.numUnit);
    return total;
  }
  _encodeToBuffer(buffer, offset = 0) {
    if (this.key) {
      buffer[offset++] = 8;
      offset = encodeNumber(buffer, offset, this.key);
    }
    if (this.str) {
      buffer[offset++] = 16;
      offset = encodeNumber(buffer, offset, this.str);
    }
    if (this.num) {
      buffer[offset++] = 24;
      offset = encodeNumber(buffer, offset, this.num);
    }
    if (this.numUnit) {
      buffer[offset++] = 32;
      offset = encodeNumber(buffer, offset, this.numUnit);
    }
    return offset;
  }
  encode(buffer = new Uint8Array(this.length)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  static decodeValue(data, field, buffer) {
    switch (field) {
      case 1:
        data.key = decodeNumber(buffer);
        break;
      case 2:
        data.str = decodeNumber(buffer);
        break;
      case 3:
        data.num = decodeNumber(buffer);
        break;
      case 4:
        data.numUnit = decodeNumber(buffer);
        break;
    }
  }
  static decode(buffer) {
    return new this(decode(buffer, this.decodeValue));
  }
};
var Sample = class _Sample {
  static create(data) {
    return data instanceof _Sample ? data : new _Sample(data);
  }
  constructor(data) {
    this.locationId = data.locationId || [];
    this.value = data.value || [];
    this.label = (data.label || []).map(Label.create);
  }
  get length() {
    let total = 0;
    total += measureNumberArrayField(this.locationId);
    total += measureNumberArrayField(this.value);
    total += measureLengthDelimArrayField(this.label);
    return total;
  }
  _encodeToBuffer(buffer, offset = 0) {
    if (this.locationId.length) {
      buffer[offset++] = 10;
      offset = encodeNumber(buffer, offset, measureArray(this.locationId));
      for (const locationId of this.locationId) {
        offset = encodeNumber(buffer, offset, locationId);
      }
    }
    if (this.value.length) {
      buffer[offset++] = 18;
      offset = encodeNumber(buffer, offset, measureArray(this.value));
      for (const value of this.value) {
        offset = encodeNumber(buffer, offset, value);
      }
    }
    for (const label of this.label) {
      buffer[offset++] = 26;
      offset = encodeNumber(buffer, offset, label.length);
      offset = label._encodeToBuffer(buffer, offset);
    }
    return offset;
  }
  encode(buffer = new Uint8Array(this.length)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  static decodeValue(data, field, buffer) {
    switch (field) {
      case 1:
        data.locationId = pushAll(decodeNumbers(buffer), data.locationId);
        break;
      case 2:
        data.value = pushAll(decodeNumbers(buffer), data.value);
        break;
      case 3:
        data.label = push(Label.decode(buffer), data.label);
        break;
    }
  }
  static decode(buffer) {
    return new this(decode(buffer, this.decodeValue));
  }
};
var Mapping = class _Mapping {
  static create(data) {
    return data instanceof _Mapping ? data : new _Mapping(data);
  }
  constructor(data) {
    this.id = data.id || 0;
    this.memoryStart = data.memoryStart || 0;
    this.memoryLimit = data.memoryLimit || 0;
    this.fileOffset = data.fileOffset || 0;
    this.filename = data.filename || 0;
    this.buildId = data.buildId || 0;
    this.hasFunctions = !!data.hasFunctions;
    this.hasFilenames = !!data.hasFilenames;
    this.hasLineNumbers = !!data.hasLineNumbers;
    this.hasInlineFrames = !!data.hasInlineFrames;
  }
  get length() {
    let total = 0;
    total += measureNumberField(this.id);
    total += measureNumberField(this.memoryStart);
    total += measureNumberField(this.memoryLimit);
    total += measureNumberField(this.fileOffset);
    total += measureNumberField(this.filename);
    total += measureNumberField(this.buildId);
    total += measureNumberField(this.hasFunctions ? 1 : 0);
    total += measureNumberField(this.hasFilenames ? 1 : 0);
    total += measureNumberField(this.hasLineNumbers ? 1 : 0);
    total += measureNumberField(this.hasInlineFrames ? 1 : 0);
    return total;
  }
  _encodeToBuffer(buffer, offset = 0) {
    if (this.id) {
      buffer[offset++] = 8;
      offset = encodeNumber(buffer, offset, this.id);
    }
    if (this.memoryStart) {
      buffer[offset++] = 16;
      offset = encodeNumber(buffer, offset, this.memoryStart);
    }
    if (this.memoryLimit) {
      buffer[offset++] = 24;
      offset = encodeNumber(buffer, offset, this.memoryLimit);
    }
    if (this.fileOffset) {
      buffer[offset++] = 32;
      offset = encodeNumber(buffer, offset, this.fileOffset);
    }
    if (this.filename) {
      buffer[offset++] = 40;
      offset = encodeNumber(buffer, offset, this.filename);
    }
    if (this.buildId) {
      buffer[offset++] = 48;
      offset = encodeNumber(buffer, offset, this.buildId);
    }
    if (this.hasFunctions) {
      buffer[offset++] = 56;
      offset = encodeNumber(buffer, offset, 1);
    }
    if (this.hasFilenames) {
      buffer[offset++] = 64;
      offset = encodeNumber(buffer, offset, 1);
    }
    if (this.hasLineNumbers) {
      buffer[offset++] = 72;
      offset = encodeNumber(buffer, offset, 1);
    }
    if (this.hasInlineFrames) {
      buffer[offset++] = 80;
      offset = encodeNumber(buffer, offset, 1);
    }
    return offset;
  }
  encode(buffer = new Uint8Array(this.length)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  static decodeValue(data, field, buffer) {
    switch (field) {
      case 1:
        data.id = decodeNumber(buffer);
        break;
      case 2:
        data.memoryStart = decodeNumber(buffer);
        break;
      case 3:
        data.memoryLimit = decodeNumber(buffer);
        break;
      case 4:
        data.fileOffset = decodeNumber(buffer);
        break;
      case 5:
        data.filename = decodeNumber(buffer);
        break;
      case 6:
        data.buildId = decodeNumber(buffer);
        break;
      case 7:
        data.hasFunctions = !!decodeNumber(buffer);
        break;
      case 8:
        data.hasFilenames = !!decodeNumber(buffer);
        break;
      case 9:
        data.hasLineNumbers = !!decodeNumber(buffer);
        break;
      case 10:
        data.hasInlineFrames = !!decodeNumber(buffer);
        break;
    }
  }
  static decode(buffer) {
    return new this(decode(buffer, this.decodeValue));
  }
};
var Line = class _Line {
  static create(data) {
    return data instanceof _Line ? data : new _Line(data);
  }
  constructor(data) {
    this.functionId = data.functionId || 0;
    this.line = data.line || 0;
    this.column = data.column || 0;
  }
  get length() {
    let total = 0;
    total += measureNumberField(this.functionId);
    total += measureNumberField(this.line);
    total += measureNumberField(this.column);
    return total;
  }
  _encodeToBuffer(buffer, offset = 0) {
    if (this.functionId) {
      buffer[offset++] = 8;
      offset = encodeNumber(buffer, offset, this.functionId);
    }
    if (this.line) {
      buffer[offset++] = 16;
      offset = encodeNumber(buffer, offset, this.line);
    }
    if (this.column) {
      buffer[offset++] = 24;
      offset = encodeNumber(buffer, offset, this.column);
    }
    return offset;
  }
  encode(buffer = new Uint8Array(this.length)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  static decodeValue(data, field, buffer) {
    switch (field) {
      case 1:
        data.functionId = decodeNumber(buffer);
        break;
      case 2:
        data.line = decodeNumber(buffer);
        break;
      case 3:
        data.column = decodeNumber(buffer);
        break;
    }
  }
  static decode(buffer) {
    return new this(decode(buffer, this.decodeValue));
  }
};
var Location = class _Location {
  static create(data) {
    return data instanceof _Location ? data : new _Location(data);
  }
  constructor(data) {
    this.id = data.id || 0;
    this.mappingId = data.mappingId || 0;
    this.address = data.address || 0;
    this.line = (data.line || []).map(Line.create);
    this.isFolded = !!data.isFolded;
  }
  get length() {
    let total = 0;
    total += measureNumberField(this.id);
    total += measureNumberField(this.mappingId);
    total += measureNumberField(this.address);
    total += measureLengthDelimArrayField(this.line);
    total += measureNumberField(this.isFolded ? 1 : 0);
    return total;
  }
  _encodeToBuffer(buffer, offset = 0) {
    if (this.id) {
      buffer[offset++] = 8;
      offset = encodeNumber(buffer, offset, this.id);
    }
    if (this.mappingId) {
      buffer[offset++] = 16;
      offset = encodeNumber(buffer, offset, this.mappingId);
    }
    if (this.address) {
      buffer[offset++] = 24;
      offset = encodeNumber(buffer, offset, this.address);
    }
    for (const line of this.line) {
      buffer[offset++] = 34;
      offset = encodeNumber(buffer, offset, line.length);
      offset = line._encodeToBuffer(buffer, offset);
    }
    if (this.isFolded) {
      buffer[offset++] = 40;
      offset = encodeNumber(buffer, offset, 1);
    }
    return offset;
  }
  encode(buffer = new Uint8Array(this.length)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  static decodeValue(data, field, buffer) {
    switch (field) {
      case 1:
        data.id = decodeNumber(buffer);
        break;
      case 2:
        data.mappingId = decodeNumber(buffer);
        break;
      case 3:
        data.address = decodeNumber(buffer);
        break;
      case 4:
        data.line = push(Line.decode(buffer), data.line);
        break;
      case 5:
        data.isFolded = !!decodeNumber(buffer);
        break;
    }
  }
  static decode(buffer) {
    return new this(decode(buffer, this.decodeValue));
  }
};
var Function = class _Function {
  static create(data) {
    return data instanceof _Function ? data : new _Function(data);
  }
  constructor(data) {
    this.id = data.id || 0;
    this.name = data.name || 0;
    this.systemName = data.systemName || 0;
    this.filename = data.filename || 0;
    this.startLine = data.startLine || 0;
  }
  get length() {
    let total = 0;
    total += measureNumberField(this.id);
    total += measureNumberField(this.name);
    total += measureNumberField(this.systemName);
    total += measureNumberField(this.filename);
    total += measureNumberField(this.startLine);
    return total;
  }
  _encodeToBuffer(buffer, offset = 0) {
    if (this.id) {
      buffer[offset++] = 8;
      offset = encodeNumber(buffer, offset, this.id);
    }
    if (this.name) {
      buffer[offset++] = 16;
      offset = encodeNumber(buffer, offset, this.name);
    }
    if (this.systemName) {
      buffer[offset++] = 24;
      offset = encodeNumber(buffer, offset, this.systemName);
    }
    if (this.filename) {
      buffer[offset++] = 32;
      offset = encodeNumber(buffer, offset, this.filename);
    }
    if (this.startLine) {
      buffer[offset++] = 40;
      offset = encodeNumber(buffer, offset, this.startLine);
    }
    return offset;
  }
  encode(buffer = new Uint8Array(this.length)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  static decodeValue(data, field, buffer) {
    switch (field) {
      case 1:
        data.id = decodeNumber(buffer);
        break;
      case 2:
        data.name = decodeNumber(buffer);
        break;
      case 3:
        data.systemName = decodeNumber(buffer);
        break;
      case 4:
        data.filename = decodeNumber(buffer);
        break;
      case 5:
        data.startLine = decodeNumber(buffer);
        break;
    }
  }
  static decode(buffer) {
    return new this(decode(buffer, this.decodeValue));
  }
};
var Profile = class {
  constructor(data = {}) {
    this.sampleType = (data.sampleType || []).map(ValueType.create);
    this.sample = (data.sample || []).map(Sample.create);
    this.mapping = (data.mapping || []).map(Mapping.create);
    this.location = (data.location || []).map(Location.create);
    this.function = (data.function || []).map(Function.create);
    this.stringTable = data.stringTable || new StringTable();
    this.dropFrames = data.dropFrames || 0;
    this.keepFrames = data.keepFrames || 0;
    this.timeNanos = data.timeNanos || 0;
    this.durationNanos = data.durationNanos || 0;
    this.periodType = data.periodType ? ValueType.create(data.periodType) : void 0;
    this.period = data.period || 0;
    this.comment = data.comment || [];
    this.defaultSampleType = data.defaultSampleType || 0;
    this.docUrl = data.docUrl || 0;
  }
  get length() {
    let total = 0;
    total += measureLengthDelimArrayField(this.sampleType);
    total += measureLengthDelimArrayField(this.sample);
    total += measureLengthDelimArrayField(this.mapping);
    total += measureLengthDelimArrayField(this.location);
    total += measureLengthDelimArrayField(this.function);
    total += this.stringTable.encodedLength;
    total += measureNumberField(this.dropFrames);
    total += measureNumberField(this.keepFrames);
    total += measureNumberField(this.timeNanos);
    total += measureNumberField(this.durationNanos);
    total += measureLengthDelimField(this.periodType);
    total += measureNumberField(this.period);
    total += measureNumberArrayField(this.comment);
    total += measureNumberField(this.defaultSampleType);
    total += measureNumberField(this.docUrl);
    return total;
  }
  _encodeSampleTypesToBuffer(buffer, offset = 0) {
    for (const sampleType of this.sampleType) {
      buffer[offset++] = 10;
      offset = encodeNumber(buffer, offset, sampleType.length);
      offset = sampleType._encodeToBuffer(buffer, offset);
    }
    return offset;
  }
  _encodeSamplesToBuffer(buffer, offset = 0) {
    for (const sample of this.sample) {
      buffer[offset++] = 18;
      offset = encodeNumber(buffer, offset, sample.length);
      offset = sample._encodeToBuffer(buffer, offset);
    }
    return offset;
  }
  _encodeMappingsToBuffer(buffer, offset = 0) {
    for (const mapping of this.mapping) {
      buffer[offset++] = 26;
      offset = encodeNumber(buffer, offset, mapping.length);
      offset = mapping._encodeToBuffer(buffer, offset);
    }
    return offset;
  }
  _encodeLocationsToBuffer(buffer, offset = 0) {
    for (const location of this.location) {
      buffer[offset++] = 34;
      offset = encodeNumber(buffer, offset, location.length);
      offset = location._encodeToBuffer(buffer, offset);
    }
    return offset;
  }
  _encodeFunctionsToBuffer(buffer, offset = 0) {
    for (const fun of this.function) {
      buffer[offset++] = 42;
      offset = encodeNumber(buffer, offset, fun.length);
      offset = fun._encodeToBuffer(buffer, offset);
    }
    return offset;
  }
  _encodeBasicValuesToBuffer(buffer, offset = 0) {
    if (this.dropFrames) {
      buffer[offset++] = 56;
      offset = encodeNumber(buffer, offset, this.dropFrames);
    }
    if (this.keepFrames) {
      buffer[offset++] = 64;
      offset = encodeNumber(buffer, offset, this.keepFrames);
    }
    if (this.timeNanos) {
      buffer[offset++] = 72;
      offset = encodeNumber(buffer, offset, this.timeNanos);
    }
    if (this.durationNanos) {
      buffer[offset++] = 80;
      offset = encodeNumber(buffer, offset, this.durationNanos);
    }
    if (typeof this.periodType !== "undefined") {
      buffer[offset++] = 90;
      offset = encodeNumber(buffer, offset, this.periodType.length);
      offset = this.periodType._encodeToBuffer(buffer, offset);
    }
    if (this.period) {
      buffer[offset++] = 96;
      offset = encodeNumber(buffer, offset, this.period);
    }
    if (this.comment.length) {
      buffer[offset++] = 106;
      offset = encodeNumber(buffer, offset, measureArray(this.comment));
      for (const comment of this.comment) {
        offset = encodeNumber(buffer, offset, comment);
      }
    }
    if (this.defaultSampleType) {
      buffer[offset++] = 112;
      offset = encodeNumber(buffer, offset, this.defaultSampleType);
    }
    if (this.docUrl) {
      buffer[offset++] = 120;
      offset = encodeNumber(buffer, offset, this.docUrl);
    }
    return offset;
  }
  _encodeToBuffer(buffer, offset = 0) {
    offset = this._encodeSampleTypesToBuffer(buffer, offset);
    offset = this._encodeSamplesToBuffer(buffer, offset);
    offset = this._encodeMappingsToBuffer(buffer, offset);
    offset = this._encodeLocationsToBuffer(buffer, offset);
    offset = this._encodeFunctionsToBuffer(buffer, offset);
    offset = this.stringTable._encodeToBuffer(buffer, offset);
    offset = this._encodeBasicValuesToBuffer(buffer, offset);
    return offset;
  }
  async _encodeToBufferAsync(buffer, offset = 0) {
    offset = this._encodeSampleTypesToBuffer(buffer, offset);
    await new Promise(setImmediate);
    offset = this._encodeSamplesToBuffer(buffer, offset);
    await new Promise(setImmediate);
    offset = this._encodeMappingsToBuffer(buffer, offset);
    await new Promise(setImmediate);
    offset = this._encodeLocationsToBuffer(buffer, offset);
    await new Promise(setImmediate);
    offset = this._encodeFunctionsToBuffer(buffer, offset);
    await new Promise(setImmediate);
    offset = this.stringTable._encodeToBuffer(buffer, offset);
    await new Promise(setImmediate);
    offset = this._encodeBasicValuesToBuffer(buffer, offset);
    return offset;
  }
  encode(buffer = new Uint8Array(this.length)) {
    this._encodeToBuffer(buffer, 0);
    return buffer;
  }
  async encodeAsync(buffer = new Uint8Array(this.length)) {
    await this._encodeToBufferAsync(buffer, 0);
    return buffer;
  }
  static decodeValue(data, field, buffer) {
    switch (field) {
      case 1:
        data.sampleType = push(ValueType.decode(buffer), data.sampleType);
        break;
      case 2:
        data.sample = push(Sample.decode(buffer), data.sample);
        break;
      case 3:
        data.mapping = push(Mapping.decode(buffer), data.mapping);
        break;
      case 4:
        data.location = push(Location.decode(buffer), data.location);
        break;
      case 5:
        data.function = push(Function.decode(buffer), data.function);
        break;
      case 6: {
        if (data.stringTable === void 0) {
          data.stringTable = new StringTable(emptyTableToken);
        }
        data.stringTable._decodeString(buffer);
        break;
      }
      case 7:
        data.dropFrames = decodeNumber(buffer);
        break;
      case 8:
        data.keepFrames = decodeNumber(buffer);
        break;
      case 9:
        data.timeNanos = decodeNumber(buffer);
        break;
      case 10:
        data.durationNanos = decodeNumber(buffer);
        break;
      case 11:
        data.periodType = ValueType.decode(buffer);
        break;
      case 12:
        data.period = decodeNumber(buffer);
        break;
      case 13:
        data.comment = pushAll(decodeNumbers(buffer), data.comment);
        break;
      case 14:
        data.defaultSampleType = decodeNumber(buffer);
        break;
      case 15:
        data.docUrl = decodeNumber(buffer);
        break;
    }
  }
  static decode(buffer) {
    return new this(decode(buffer, this.decodeValue));
  }
};

// src/export/frames.ts
var TOP_LEVEL = "(top level)";
var UNATTRIBUTED = "(unattributed)";
function enclosingFunction(file, line) {
  let best = null;
  for (const fn of file.functions) {
    if (line < fn.line || line > fn.end_line) continue;
    if (!best || fn.end_line - fn.line < best.end_line - best.line) best = fn;
  }
  return best;
}
function lineFrames(profile) {
  const out = [];
  for (const file of Object.keys(profile.files).sort()) {
    const f = profile.files[file];
    for (const line of f.lines) {
      const fn = enclosingFunction(f, line.line);
      out.push({ file, line, functionName: fn ? fn.name : TOP_LEVEL, functionLine: fn ? fn.line : 1 });
    }
  }
  return out;
}

// src/export/pprof.ts
var PPROF_META_COMMENT = "scalene-ci-meta:";
var PPROF_TOTALS_COMMENT = "scalene-ci-totals:";
var ns = (s) => s * 1e9;
function pprofMeasures(profile) {
  const m = [
    { type: "samples", unit: "count", value: (l) => l.samples },
    { type: "time", unit: "nanoseconds", value: (l) => ns(totalSeconds(l)), unattributed: (p) => ns(p.totals.unattributed_s) },
    { type: "js_cpu", unit: "nanoseconds", value: (l) => ns(l.cpu_js_s) },
    { type: "native_cpu", unit: "nanoseconds", value: (l) => ns(l.cpu_native_s) },
    { type: "system", unit: "nanoseconds", value: (l) => ns(l.system_s) },
    { type: "gc", unit: "nanoseconds", value: (l) => ns(l.gc_s) }
  ];
  if (profile.meta.mode === "full") {
    m.push(
      { type: "alloc_js_space", unit: "bytes", value: (l) => l.alloc_js_bytes ?? 0 },
      { type: "alloc_native_space", unit: "bytes", value: (l) => l.alloc_native_bytes ?? 0 },
      { type: "copy_space", unit: "bytes", value: (l) => l.copy_bytes ?? 0 }
    );
  }
  if (profile.meta.gpu) m.push({ type: "gpu", unit: "nanoseconds", value: (l) => ns(l.gpu_s ?? 0) });
  return m;
}
function toPprof(profile) {
  const strings = new StringTable();
  const measures = pprofMeasures(profile);
  const functions = [];
  const functionIds = /* @__PURE__ */ new Map();
  const fnId = (name, file, startLine) => {
    const key = JSON.stringify([name, file, startLine]);
    let id = functionIds.get(key);
    if (id === void 0) {
      id = functions.length + 1;
      functions.push(new Function({ id, name: strings.dedup(name), systemName: strings.dedup(name), filename: strings.dedup(file), startLine }));
      functionIds.set(key, id);
    }
    return id;
  };
  const locations = [];
  const samples = [];
  const parts = ["js_cpu", "native_cpu", "system", "gc"].map((t) => measures.findIndex((m) => m.type === t));
  const timeIndex = measures.findIndex((m) => m.type === "time");
  const addSample = (functionId, line, values, isLine) => {
    const id = locations.length + 1;
    locations.push(new Location({ id, line: [new Line({ functionId, line })] }));
    const rounded = values.map((v) => Math.round(v));
    if (isLine) rounded[timeIndex] = parts.reduce((a, k) => a + rounded[k], 0);
    samples.push(new Sample({ locationId: [id], value: rounded }));
  };
  for (const file of Object.keys(profile.files).sort()) {
    const f = profile.files[file];
    for (const fn of f.functions) fnId(fn.name, file, fn.line);
    for (const l of f.lines) {
      const fn = enclosingFunction(f, l.line);
      addSample(fn ? fnId(fn.name, file, fn.line) : fnId(TOP_LEVEL, file, 1), l.line, measures.map((m) => m.value(l)), true);
    }
  }
  if (profile.totals.unattributed_s > 0) {
    addSample(fnId(UNATTRIBUTED, "", 0), 0, measures.map((m) => m.unattributed ? m.unattributed(profile) : 0), false);
  }
  const started = Date.parse(profile.meta.start_time);
  return new Profile({
    sampleType: measures.map((m) => new ValueType({ type: strings.dedup(m.type), unit: strings.dedup(m.unit) })),
    sample: samples,
    location: locations,
    function: functions,
    stringTable: strings,
    timeNanos: Number.isFinite(started) ? BigInt(started) * 1000000n : 0,
    durationNanos: Math.round(ns(profile.meta.elapsed_s)),
    periodType: new ValueType({ type: strings.dedup("time"), unit: strings.dedup("nanoseconds") }),
    period: Math.round(profile.meta.sampling_interval_ms * 1e6),
    comment: [strings.dedup(PPROF_META_COMMENT + JSON.stringify(profile.meta)), strings.dedup(PPROF_TOTALS_COMMENT + JSON.stringify(profile.totals))],
    defaultSampleType: strings.dedup("time")
  });
}
function exportPprof(profile) {
  return gzipSync(toPprof(profile).encode());
}

// src/import/json-read.ts
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function fail(where, what) {
  throw new InputError(`${where}: ${what}`);
}
function object(v, where) {
  if (!isObject(v)) fail(where, "expected an object");
  return v;
}
function array(v, where) {
  if (!Array.isArray(v)) fail(where, "expected an array");
  return v;
}
function number(v, where, fallback) {
  if (v === void 0 && fallback !== void 0) return fallback;
  if (typeof v !== "number" || !Number.isFinite(v)) fail(where, `expected a finite number, got ${describe(v)}`);
  return v;
}
function string(v, where, fallback) {
  if (v === void 0 && fallback !== void 0) return fallback;
  if (typeof v !== "string") fail(where, `expected a string, got ${describe(v)}`);
  return v;
}
function describe(v) {
  if (v === void 0) return "nothing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string") return v.length > 40 ? "a string" : JSON.stringify(v);
  return typeof v === "object" ? "an object" : String(v);
}
function downsample(points, max) {
  if (points.length <= max) return points;
  const out = [];
  for (let i = 0; i < max; i++) out.push(points[Math.round(i * (points.length - 1) / (max - 1))]);
  return out;
}

// src/import/pprof.ts
import { gunzipSync } from "node:zlib";
function isGzip(bytes) {
  return bytes.length >= 2 && bytes[0] === 31 && bytes[1] === 139;
}
var METRICS = {
  samples: { key: "samples", scale: 1 },
  js_cpu: { key: "cpu_js_s", scale: 1e-9 },
  native_cpu: { key: "cpu_native_s", scale: 1e-9 },
  system: { key: "system_s", scale: 1e-9 },
  gc: { key: "gc_s", scale: 1e-9 },
  alloc_js_space: { key: "alloc_js_bytes", scale: 1 },
  alloc_native_space: { key: "alloc_native_bytes", scale: 1 },
  copy_space: { key: "copy_bytes", scale: 1 },
  gpu: { key: "gpu_s", scale: 1e-9 }
};
function importPprof(bytes, name) {
  let decoded;
  try {
    decoded = Profile.decode(isGzip(bytes) ? gunzipSync(bytes, { maxOutputLength: MAX_PROFILE_BYTES }) : bytes);
  } catch (e) {
    throw new InputError(`${name}: not a valid pprof profile (${e instanceof Error ? e.message : String(e)})`);
  }
  const str = (i) => decoded.stringTable.strings[Number(i)] ?? "";
  const metaText = decoded.comment.map(str).find((c) => c.startsWith(PPROF_META_COMMENT));
  if (metaText === void 0) {
    throw new InputError(`${name}: this pprof file was not written by scalene-ci (no "${PPROF_META_COMMENT}" comment); only scalene-ci's own pprof exports can be read back`);
  }
  let metaJson;
  try {
    metaJson = JSON.parse(metaText.slice(PPROF_META_COMMENT.length));
  } catch {
    throw new InputError(`${name}: the scalene-ci meta comment is not valid JSON`);
  }
  if (!isObject(metaJson)) throw new InputError(`${name}: the scalene-ci meta comment is not an object`);
  const meta = metaJson;
  const totalsText = decoded.comment.map(str).find((c) => c.startsWith(PPROF_TOTALS_COMMENT));
  let savedTotals = null;
  if (totalsText !== void 0) {
    try {
      const t = JSON.parse(totalsText.slice(PPROF_TOTALS_COMMENT.length));
      if (isObject(t)) savedTotals = t;
    } catch {
      throw new InputError(`${name}: the scalene-ci totals comment is not valid JSON`);
    }
  }
  const types = decoded.sampleType.map((t) => str(t.type));
  const functions = new Map(decoded.function.map((f) => [Number(f.id), f]));
  const locations = new Map(decoded.location.map((l) => [Number(l.id), l]));
  const files = {};
  const totals = { cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0, elapsed_s: meta.elapsed_s, unattributed_s: 0 };
  const full = meta.mode === "full";
  decoded.sample.forEach((s, i) => {
    const loc = locations.get(Number(s.locationId[0] ?? 0));
    const leaf = loc?.line[0];
    const fn = leaf ? functions.get(Number(leaf.functionId)) : void 0;
    if (!loc || !leaf || !fn) throw new InputError(`${name}: sample ${i} has no location with a line and function`);
    const fnName = str(fn.name);
    const value = (type) => {
      const k = types.indexOf(type);
      return k < 0 ? 0 : Number(s.value[k] ?? 0);
    };
    if (fnName === UNATTRIBUTED && str(fn.filename) === "") {
      totals.unattributed_s += value("time") * 1e-9;
      return;
    }
    const file = str(fn.filename);
    const f = files[file] ??= { source: null, lines: [], functions: [] };
    const lineNo = Number(leaf.line);
    const l = {};
    types.forEach((t, k) => {
      const m = METRICS[t];
      if (!m || !full && m.key.endsWith("_bytes")) return;
      l[m.key] = (l[m.key] ?? 0) + Number(s.value[k] ?? 0) * m.scale;
    });
    let line = f.lines.find((x) => x.line === lineNo);
    if (!line) {
      line = { line: lineNo, cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0 };
      f.lines.push(line);
    }
    const into = line;
    for (const [k, v] of Object.entries(l)) into[k] = (into[k] ?? 0) + v;
    if (fnName !== TOP_LEVEL) {
      const start = Number(fn.startLine);
      let entry = f.functions.find((x) => x.name === fnName && x.line === start);
      if (!entry) {
        entry = { name: fnName, line: start, end_line: start, cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0 };
        f.functions.push(entry);
      }
      const e = entry;
      for (const k of SUMMABLE_METRICS) if (l[k] !== void 0) e[k] = (e[k] ?? 0) + l[k];
      entry.end_line = Math.max(entry.end_line, lineNo);
    }
  });
  for (const fn of decoded.function) {
    const fnName = str(fn.name);
    const file = str(fn.filename);
    if (fnName === UNATTRIBUTED || fnName === TOP_LEVEL || !files[file]) continue;
    const start = Number(fn.startLine);
    if (!files[file].functions.some((x) => x.name === fnName && x.line === start)) {
      files[file].functions.push({ name: fnName, line: start, end_line: start, cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0 });
    }
  }
  const sums = totals;
  for (const f of Object.values(files)) {
    f.lines.sort((a, b) => a.line - b.line);
    f.functions.sort((a, b) => a.line - b.line);
    for (const l of f.lines) for (const k of SUMMABLE_METRICS) if (l[k] !== void 0) sums[k] = (sums[k] ?? 0) + l[k];
  }
  const missing = /* @__PURE__ */ new Set([...Array.isArray(meta.missing) ? meta.missing : [], "function_ranges", "sources"]);
  const profile = {
    schema: PROFILE_SCHEMA,
    meta: {
      ...meta,
      missing: [...missing],
      warnings: [
        ...Array.isArray(meta.warnings) ? meta.warnings : [],
        "Read back from pprof: source text, function end lines, memory timelines, peaks and leaks do not survive the format; figures are rounded to whole nanoseconds and bytes."
      ]
    },
    totals: savedTotals ?? totals,
    files
  };
  return validateProfile(profile, name);
}

// src/import/paths.ts
import { fileURLToPath } from "node:url";
function normalise(path) {
  return path.replace(/\\/g, "/");
}
function isAbsolutePath(path) {
  return path.startsWith("/") || /^[A-Za-z]:\//.test(path);
}
function dirOf(path) {
  const i = path.lastIndexOf("/");
  return i <= 0 ? "/" : path.slice(0, i);
}
function isUnder(path, root) {
  const r = root.endsWith("/") ? root : root + "/";
  return path.startsWith(r);
}
function commonDir(paths) {
  let root = dirOf(paths[0]);
  for (const p of paths.slice(1)) {
    while (root !== "/" && !isUnder(p, root)) root = dirOf(root);
  }
  return root;
}
function relativeKeys(paths, preferredRoot) {
  const out = /* @__PURE__ */ new Map();
  const abs = paths.map(normalise).filter(isAbsolutePath);
  let root = null;
  if (abs.length > 0) {
    const pref = preferredRoot ? normalise(preferredRoot).replace(/\/+$/, "") : null;
    root = pref && isAbsolutePath(pref) && abs.some((p) => isUnder(p, pref)) ? pref : commonDir(abs);
  }
  const used = /* @__PURE__ */ new Set();
  for (const original of new Set(paths)) {
    const p = normalise(original);
    let key = p;
    if (root !== null && isAbsolutePath(p) && isUnder(p, root)) key = p.slice(root.length).replace(/^\/+/, "");
    if (key === "" || used.has(key)) key = p;
    used.add(key);
    out.set(original, key);
  }
  return out;
}
function scriptPath(url) {
  if (url === "") return null;
  if (url.startsWith("file://")) {
    try {
      return normalise(fileURLToPath(url));
    } catch {
      return null;
    }
  }
  const p = normalise(url);
  return isAbsolutePath(p) ? p : null;
}

// src/import/scalene.ts
var MIB = 1024 * 1024;
var CPU_SAMPLES_RESERVOIR_SIZE = 500;
var DEFAULT_SAMPLING_INTERVAL_S = 0.01;
var MAX_TIMELINE_POINTS = 100;
function isScaleneJson(json) {
  return isObject(json) && typeof json.elapsed_time_sec === "number" && isObject(json.files) && !("schema" in json);
}
function readEntry(v, where) {
  const e = object(v, where);
  const pct = (k) => Math.max(0, number(e[k], `${where}.${k}`, 0));
  const memorySamples = [];
  if (e.memory_samples !== void 0) {
    array(e.memory_samples, `${where}.memory_samples`).forEach((p, i) => {
      const pw = `${where}.memory_samples[${i}]`;
      const pair = array(p, pw);
      memorySamples.push([number(pair[0], `${pw}[0]`), number(pair[1], `${pw}[1]`)]);
    });
  }
  const optionalLine = (k) => e[k] === void 0 ? null : number(e[k], `${where}.${k}`);
  return {
    lineno: number(e.lineno, `${where}.lineno`),
    text: string(e.line, `${where}.line`, ""),
    pyPct: pct("n_cpu_percent_python"),
    cPct: pct("n_cpu_percent_c"),
    sysPct: pct("n_sys_percent"),
    mallocMb: pct("n_malloc_mb"),
    pythonFraction: Math.min(1, pct("n_python_fraction")),
    peakMb: pct("n_peak_mb"),
    copyMbPerS: pct("n_copy_mb_s"),
    gpuPct: pct("n_gpu_percent"),
    gpuPeakMb: pct("n_gpu_peak_memory_mb"),
    memorySamples,
    cpuSampleCount: e.cpu_samples_list === void 0 ? null : array(e.cpu_samples_list, `${where}.cpu_samples_list`).length,
    startFunctionLine: optionalLine("start_function_line"),
    endFunctionLine: optionalLine("end_function_line")
  };
}
function unescapeScaleneSource(text) {
  return text.replace(/\\u00(26|3c|3e)/gi, (_m, hex) => String.fromCharCode(parseInt(hex, 16)));
}
function rebuildSource(entries) {
  if (entries.length === 0) return null;
  const byLine = new Map(entries.map((e) => [e.lineno, unescapeScaleneSource(e.text)]));
  const last = maxOf(byLine.keys());
  if (last > 16 * byLine.size + 1e4) return null;
  const parts = [];
  for (let n = 1; n <= last; n++) {
    const t = byLine.get(n) ?? "\n";
    parts.push(n < last && !t.endsWith("\n") ? t + "\n" : t);
  }
  return parts.join("");
}
function estimateFunctionEnd(sourceLines, start) {
  const indentOf = (s) => s.match(/^[ \t]*/)[0].replace(/\t/g, "        ").length;
  const blank = (s) => s.trim() === "" || s.trim().startsWith("#");
  let i = start - 1;
  if (sourceLines[i] === void 0) return start;
  const base = indentOf(sourceLines[i]);
  while (i + 1 < sourceLines.length && sourceLines[i].trim().startsWith("@")) i++;
  let end = i + 1;
  for (i = i + 1; i < sourceLines.length; i++) {
    const s = sourceLines[i];
    if (blank(s)) continue;
    if (indentOf(s) <= base && !/^\s*[)\]]/.test(s)) break;
    end = i + 1;
  }
  return Math.max(start, end);
}
function sampleCount(e, seconds, intervalS) {
  const estimate = Math.round(seconds / intervalS);
  if (e.cpuSampleCount === null || e.cpuSampleCount === 0 && seconds > 0) return estimate;
  if (e.cpuSampleCount >= CPU_SAMPLES_RESERVOIR_SIZE) return Math.max(CPU_SAMPLES_RESERVOIR_SIZE, estimate);
  return e.cpuSampleCount;
}
function metricsOf(e, ctx) {
  const s = (pct) => pct / 100 * ctx.elapsedS;
  const m = {
    cpu_js_s: s(e.pyPct),
    cpu_native_s: s(e.cPct),
    system_s: s(e.sysPct),
    gc_s: 0,
    samples: 0
  };
  const wallS = m.cpu_js_s + m.cpu_native_s + m.system_s;
  m.samples = sampleCount(e, wallS, ctx.intervalS);
  if (ctx.memory) {
    const mallocBytes = e.mallocMb * MIB;
    m.alloc_js_bytes = mallocBytes * e.pythonFraction;
    m.alloc_native_bytes = mallocBytes - m.alloc_js_bytes;
    m.peak_bytes = e.peakMb * MIB;
    m.copy_bytes = e.copyMbPerS * MIB * ctx.elapsedS;
    if (e.memorySamples.length > 0) {
      const points = e.memorySamples.map(([ns2, mb]) => [ns2 / 1e9, mb * MIB]).sort((a, b) => a[0] - b[0]);
      m.timeline = downsample(points, MAX_TIMELINE_POINTS);
    }
  }
  if (ctx.gpu) {
    m.gpu_util = e.gpuPct / 100;
    m.gpu_s = m.gpu_util * wallS;
    m.gpu_mem_peak_bytes = e.gpuPeakMb * MIB;
  }
  return m;
}
function hasData(m) {
  return m.cpu_js_s + m.cpu_native_s + m.system_s > 0 || m.samples > 0 || (m.alloc_js_bytes ?? 0) + (m.alloc_native_bytes ?? 0) + (m.peak_bytes ?? 0) + (m.copy_bytes ?? 0) > 0 || (m.gpu_s ?? 0) > 0 || m.leak !== void 0;
}
function slope(points) {
  if (points.length < 2) return void 0;
  const n = points.length;
  const mx = points.reduce((a, p) => a + p[0], 0) / n;
  const my = points.reduce((a, p) => a + p[1], 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const [x, y] of points) {
    sxx += (x - mx) ** 2;
    sxy += (x - mx) * (y - my);
  }
  return sxx > 0 ? sxy / sxx : void 0;
}
function importScalene(json, name) {
  if (!isScaleneJson(json)) fail(name, 'not a Scalene JSON profile (expected "elapsed_time_sec" and a "files" object)');
  const root = json;
  const elapsedS = Math.max(0, number(root.elapsed_time_sec, `${name}: elapsed_time_sec`));
  const memory = root.memory === void 0 ? true : root.memory === true;
  const gpu = root.gpu === true;
  const filesIn = object(root.files, `${name}: files`);
  const raw = Object.entries(filesIn).map(([path, f]) => {
    const where = `${name}: files[${JSON.stringify(path)}]`;
    const fo = object(f, where);
    const lines = array(fo.lines ?? [], `${where}.lines`).map((l, i) => readEntry(l, `${where}.lines[${i}]`));
    const functions = array(fo.functions ?? [], `${where}.functions`).map((l, i) => readEntry(l, `${where}.functions[${i}]`));
    const leaks = /* @__PURE__ */ new Map();
    for (const [k, v] of Object.entries(fo.leaks === void 0 ? {} : object(fo.leaks, `${where}.leaks`))) {
      const lw = `${where}.leaks[${JSON.stringify(k)}]`;
      const lo = object(v, lw);
      const line = Number(k);
      if (!Number.isInteger(line) || line < 1) fail(lw, "leak keys are line numbers");
      leaks.set(line, {
        likelihood: Math.min(1, Math.max(0, number(lo.likelihood, `${lw}.likelihood`))),
        velocity_bytes_per_s: number(lo.velocity_mb_s, `${lw}.velocity_mb_s`, 0) * MIB
      });
    }
    return { path, lines, functions, leaks };
  });
  const intervalS = DEFAULT_SAMPLING_INTERVAL_S;
  const exactCounts = raw.some((f) => f.lines.some((e) => e.cpuSampleCount !== null));
  const ctx = { elapsedS, memory, gpu, intervalS };
  const entry = typeof root.entrypoint_dir === "string" ? root.entrypoint_dir : typeof root.filename === "string" ? root.filename : null;
  const maxFootprintFile = typeof root.max_footprint_fname === "string" ? root.max_footprint_fname : null;
  const keys = relativeKeys([...raw.map((f) => f.path), ...maxFootprintFile ? [maxFootprintFile] : []], entry);
  const missing = /* @__PURE__ */ new Set(["gc_time", "caller_lines"]);
  if (!memory) {
    missing.add("memory");
    missing.add("copy");
  }
  if (!gpu) missing.add("gpu");
  let estimatedRanges = 0;
  const files = {};
  for (const f of raw) {
    const source = rebuildSource(f.lines);
    const sourceLines = source === null ? [] : source.split("\n");
    const lines = [];
    for (const e of [...f.lines].sort((a, b) => a.lineno - b.lineno)) {
      if (!Number.isInteger(e.lineno) || e.lineno < 1) continue;
      const m = metricsOf(e, ctx);
      const leak = memory ? f.leaks.get(e.lineno) : void 0;
      if (leak) m.leak = leak;
      if (!hasData(m)) continue;
      if (lines.length > 0 && lines[lines.length - 1].line === e.lineno) continue;
      lines.push({ line: e.lineno, ...m });
    }
    const functions = f.functions.filter((e) => Number.isInteger(e.lineno) && e.lineno >= 0).map((e) => {
      const ranges = f.lines.filter((l) => l.startFunctionLine === e.lineno && (l.endFunctionLine ?? 0) >= e.lineno);
      let end;
      if (ranges.length > 0) end = maxOf(ranges.map((l) => l.endFunctionLine));
      else {
        end = estimateFunctionEnd(sourceLines, e.lineno);
        estimatedRanges++;
      }
      const m = metricsOf(e, ctx);
      const inside = lines.filter((l) => l.line >= e.lineno && l.line <= end).reduce((a, l) => a + l.samples, 0);
      if (inside > 0) m.samples = inside;
      return { name: e.text === "" ? "(unknown)" : e.text, line: e.lineno, end_line: end, ...m };
    });
    setOwn(files, keys.get(f.path), { source, lines, functions });
  }
  if (estimatedRanges > 0) missing.add("function_ranges");
  const totals = { cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0, elapsed_s: elapsedS, unattributed_s: 0 };
  const sums = totals;
  for (const f of Object.values(files)) {
    for (const l of f.lines) {
      for (const k of SUMMABLE_METRICS) {
        const v = l[k];
        if (v !== void 0) sums[k] = (sums[k] ?? 0) + v;
      }
    }
  }
  if (memory) {
    for (const k of ["alloc_js_bytes", "alloc_native_bytes", "copy_bytes"]) totals[k] ??= 0;
  }
  const attributedS = totals.cpu_js_s + totals.cpu_native_s + totals.system_s;
  totals.unattributed_s = Math.max(0, elapsedS - attributedS);
  const warnings = [
    `Scalene reports CPU time as percentages of its own sampled total, which its JSON omits; seconds here are percentage \xD7 elapsed_time_sec (${elapsedS.toFixed(2)} s), so they are approximate.`,
    "Python (interpreted) time is stored as cpu_js_s and C/native-library time as cpu_native_s; Scalene measures no garbage-collection time (gc_s is 0).",
    exactCounts ? `CPU sample counts are exact where Scalene kept every timestamp (under ${CPU_SAMPLES_RESERVOIR_SIZE} per line) and estimated elsewhere as time \xF7 Scalene's default ${intervalS * 1e3} ms interval (its JSON does not record the interval).` : `This profile has no per-line sample timestamps; sample counts are estimated as time \xF7 Scalene's default ${intervalS * 1e3} ms interval.`
  ];
  if (memory) {
    warnings.push("Scalene's JSON has no freed or net bytes per line (free_bytes and net_bytes are absent); alloc bytes are split into Python heap and native by n_python_fraction.");
    const anyCopy = Object.values(files).some((f) => f.lines.some((l) => (l.copy_bytes ?? 0) > 0));
    const stacks = Array.isArray(root.stacks) && root.stacks.length > 0;
    if (!anyCopy && stacks) {
      warnings.push("Copy volume is 0 on every line. Scalene 2.x on Linux loses copy samples when stacks are on (the default); run it with --no-stacks to measure copies.");
    }
  }
  if (gpu) warnings.push("GPU seconds are estimated as each line's mean GPU utilisation \xD7 its time.");
  if (estimatedRanges > 0) warnings.push(`${estimatedRanges} function end line(s) were estimated from indentation (the profile predates Scalene's start/end_function_line).`);
  if (memory) {
    totals.peak_footprint_bytes = number(root.max_footprint_mb, `${name}: max_footprint_mb`, 0) * MIB;
    totals.peak_bytes = totals.peak_footprint_bytes;
    const line = typeof root.max_footprint_lineno === "number" ? root.max_footprint_lineno : null;
    totals.peak_footprint_at = maxFootprintFile && line !== null && line >= 1 ? { file: keys.get(maxFootprintFile), line } : null;
    const footprint = array(root.samples ?? [], `${name}: samples`).map((p, i) => {
      const pair = array(p, `${name}: samples[${i}]`);
      return [number(pair[0], `${name}: samples[${i}][0]`) / 1e9, number(pair[1], `${name}: samples[${i}][1]`) * MIB];
    }).sort((a, b) => a[0] - b[0]);
    if (footprint.length > 0) {
      totals.footprint_timeline = downsample(footprint, MAX_TIMELINE_POINTS);
      const rate = slope(footprint);
      if (rate !== void 0) totals.growth_rate_bytes_per_s = rate;
    }
  }
  const start = typeof root.start_time_absolute === "number" && root.start_time_absolute > 0 ? new Date(root.start_time_absolute * 1e3).toISOString() : "";
  const args = Array.isArray(root.args) && root.args.every((a) => typeof a === "string") ? root.args : [];
  const program = typeof root.program === "string" ? root.program : "";
  const profile = {
    schema: PROFILE_SCHEMA,
    meta: {
      tool: "scalene",
      tool_version: "unknown",
      // Scalene's JSON does not record its version
      source_format: "scalene",
      node_version: null,
      v8_version: null,
      platform: "unknown",
      arch: "unknown",
      cpu_model: null,
      cpu_count: null,
      command: args.length > 0 ? args : program ? [program] : [],
      start_time: start,
      elapsed_s: elapsedS,
      sampling_interval_ms: intervalS * 1e3,
      runs: 1,
      git_sha: null,
      complete: true,
      mode: memory ? "full" : "cpu",
      use_virtual_time: false,
      gpu: gpu ? { per_process: false, devices: typeof root.gpu_device === "string" && root.gpu_device ? [root.gpu_device] : [] } : null,
      missing: [...missing],
      processes: [],
      warnings
    },
    totals,
    files
  };
  return validateProfile(profile, name);
}

// src/import/v8-common.ts
function readCallFrame(v, where) {
  const c = object(v, where);
  return {
    functionName: string(c.functionName, `${where}.functionName`, ""),
    url: string(c.url, `${where}.url`, ""),
    lineNumber: number(c.lineNumber, `${where}.lineNumber`, -1),
    columnNumber: number(c.columnNumber, `${where}.columnNumber`, -1),
    scriptId: String(c.scriptId ?? "")
  };
}
var PSEUDO_FRAMES = /* @__PURE__ */ new Set(["(root)", "(program)", "(idle)", "(garbage collector)"]);
function frameLine(f) {
  return f.lineNumber >= 0 ? Math.floor(f.lineNumber) + 1 : 1;
}
function userFile(f) {
  if (PSEUDO_FRAMES.has(f.functionName)) return null;
  return scriptPath(f.url);
}
function functionName(f) {
  return f.functionName === "" ? "(anonymous)" : f.functionName;
}
var FileAccumulator = class {
  files = /* @__PURE__ */ new Map();
  file(path) {
    let f = this.files.get(path);
    if (!f) {
      f = { lines: /* @__PURE__ */ new Map(), functions: /* @__PURE__ */ new Map() };
      this.files.set(path, f);
    }
    return f;
  }
  /** Add `add` to one line of `path` and to its function (created at `frame`'s first line). */
  add(path, line, frame, add) {
    const f = this.file(path);
    const l = f.lines.get(line) ?? { cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0 };
    accumulate(l, add);
    f.lines.set(line, l);
    const start = frameLine(frame);
    const key = `${start}:${frame.columnNumber}:${frame.functionName}`;
    const fn = f.functions.get(key) ?? { name: functionName(frame), line: start, end_line: start, cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0 };
    accumulate(fn, add);
    fn.end_line = Math.max(fn.end_line, line);
    f.functions.set(key, fn);
  }
  get size() {
    return this.files.size;
  }
  /** Build profile@1 files keyed relative to `root` (or the files' common directory). */
  toFiles(root) {
    const keys = relativeKeys([...this.files.keys()], root);
    const out = {};
    for (const [path, f] of this.files) {
      const lines = [...f.lines.entries()].sort((a, b) => a[0] - b[0]).map(([line, m]) => ({ line, ...m }));
      const functions = [...f.functions.values()].sort((a, b) => a.line - b.line || byCodeUnits(a.name, b.name));
      setOwn(out, keys.get(path), { source: null, lines, functions });
    }
    return out;
  }
};
function accumulate(into, add) {
  const t = into;
  for (const [k, v] of Object.entries(add)) {
    if (typeof v === "number") t[k] = (t[k] ?? 0) + v;
  }
}
function requireKeys(o, keys, where, what) {
  for (const k of keys) if (!(k in o)) fail(where, `not a ${what} (no "${k}")`);
}

// src/import/v8-cpuprofile.ts
var TIME_SLACK_US = 1e3;
function isV8CpuProfile(json) {
  return isObject(json) && Array.isArray(json.nodes) && Array.isArray(json.samples) && typeof json.startTime === "number";
}
function importV8CpuProfile(json, name, opts = {}) {
  const p = object(json, name);
  requireKeys(p, ["nodes", "samples", "startTime", "endTime"], name, "V8 .cpuprofile");
  const startUs = number(p.startTime, `${name}: startTime`);
  const endUs = number(p.endTime, `${name}: endTime`);
  if (endUs < startUs) fail(`${name}: endTime`, `${endUs} is before startTime ${startUs}`);
  const nodes = /* @__PURE__ */ new Map();
  const children = [];
  array(p.nodes, `${name}: nodes`).forEach((v, i) => {
    const where = `${name}: nodes[${i}]`;
    const n = object(v, where);
    const frame = readCallFrame(n.callFrame, `${where}.callFrame`);
    const positionTicks = n.positionTicks === void 0 ? [] : array(n.positionTicks, `${where}.positionTicks`).map((t2, j) => {
      const to = object(t2, `${where}.positionTicks[${j}]`);
      return { line: number(to.line, `${where}.positionTicks[${j}].line`), ticks: number(to.ticks, `${where}.positionTicks[${j}].ticks`) };
    });
    const id = number(n.id, `${where}.id`);
    if (nodes.has(id)) fail(`${where}.id`, `duplicate node id ${id}`);
    if (n.children !== void 0) children.push({ where: `${where}.children`, ids: array(n.children, `${where}.children`).map((c, j) => number(c, `${where}.children[${j}]`)) });
    nodes.set(id, { frame, file: userFile(frame), positionTicks, selfS: 0, selfSamples: 0, gcS: 0, gcSamples: 0 });
  });
  for (const c of children) for (const id of c.ids) if (!nodes.has(id)) fail(c.where, `refers to node ${id} which is not in nodes`);
  const samples = array(p.samples, `${name}: samples`).map((s, i) => number(s, `${name}: samples[${i}]`));
  const deltas = p.timeDeltas === void 0 ? null : array(p.timeDeltas, `${name}: timeDeltas`).map((d, i) => number(d, `${name}: timeDeltas[${i}]`));
  if (deltas && deltas.length !== samples.length) fail(`${name}: timeDeltas`, `expected ${samples.length} entries (one per sample), got ${deltas.length}`);
  const times = [];
  let t = startUs;
  for (let i = 0; i < samples.length; i++) {
    t += deltas ? deltas[i] : (endUs - startUs) / Math.max(1, samples.length);
    if (t < startUs - TIME_SLACK_US || t > endUs + TIME_SLACK_US) {
      fail(`${name}: timeDeltas[${i}]`, `puts sample ${i} at ${t} \xB5s, outside startTime ${startUs} .. endTime ${endUs}`);
    }
    times.push(t);
  }
  const durationS = (i) => Math.max(0, (i + 1 < times.length ? times[i + 1] : endUs) - times[i]) / 1e6;
  const isGc = (n) => n.frame.functionName === "(garbage collector)";
  let gcUnattributedS = 0;
  let gcS = 0;
  for (let i = 0; i < samples.length; i++) {
    const node = nodes.get(samples[i]);
    if (!node) fail(`${name}: samples[${i}]`, `refers to node ${samples[i]} which is not in nodes`);
    const d = durationS(i);
    if (!isGc(node)) {
      node.selfS += d;
      node.selfSamples += 1;
      continue;
    }
    gcS += d;
    let j = i - 1;
    while (j >= 0 && isGc(nodes.get(samples[j]))) j--;
    if (j < 0) {
      j = i + 1;
      while (j < samples.length && isGc(nodes.get(samples[j]))) j++;
    }
    const owner = j >= 0 && j < samples.length ? nodes.get(samples[j]) : void 0;
    if (owner && owner.file !== null) {
      owner.gcS += d;
      owner.gcSamples += 1;
    } else gcUnattributedS += d;
  }
  const acc = new FileAccumulator();
  let internalS = 0;
  for (const n of nodes.values()) {
    if (n.file === null) {
      if (!isGc(n)) internalS += n.selfS;
      continue;
    }
    if (n.selfSamples === 0 && n.gcSamples === 0) continue;
    const ticks = n.positionTicks.filter((x) => x.ticks > 0 && x.line >= 1);
    const total = ticks.reduce((a, x) => a + x.ticks, 0);
    const shares = total > 0 ? ticks.map((x) => ({ line: Math.floor(x.line), share: x.ticks / total })) : [{ line: frameLine(n.frame), share: 1 }];
    for (const { line, share } of shares) {
      acc.add(n.file, line, n.frame, {
        cpu_js_s: n.selfS * share,
        gc_s: n.gcS * share,
        samples: (n.selfSamples + n.gcSamples) * share
      });
    }
  }
  const files = acc.toFiles(opts.root ?? null);
  const elapsedS = Math.max(0, (endUs - startUs) / 1e6);
  const totals = { cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0, elapsed_s: elapsedS, unattributed_s: 0 };
  const sums = totals;
  for (const f of Object.values(files)) for (const l of f.lines) for (const k of SUMMABLE_METRICS) if (l[k] !== void 0) sums[k] += l[k];
  totals.unattributed_s = Math.max(0, elapsedS - (totals.cpu_js_s + totals.gc_s));
  const sortedDeltas = (deltas ?? []).filter((d) => d > 0).sort((a, b) => a - b);
  const intervalMs = sortedDeltas.length > 0 ? sortedDeltas[Math.floor(sortedDeltas.length / 2)] / 1e3 : samples.length > 0 ? elapsedS * 1e3 / samples.length : 0;
  const missing = ["caller_lines", "native_split", "system_time", "memory", "copy", "gpu", "function_ranges", "sources"];
  const warnings = [
    "A V8 .cpuprofile does not split JS from native time or on-CPU from system time: all time on user lines is shown as JS time.",
    `${internalS.toFixed(3)} s in Node internals, native code, idle and V8's own work is not charged to a line (a .cpuprofile names the calling function, not the calling line) and is counted as unattributed.`
  ];
  if (gcS > 0) {
    warnings.push(`GC samples carry no stack: ${(gcS - gcUnattributedS).toFixed(3)} s of ${gcS.toFixed(3)} s of GC was charged to the function of the neighbouring sample.`);
  }
  if (acc.size === 0) warnings.push("No sample fell in a user file (every frame was a Node internal or native code).");
  warnings.push("Function end lines are the last line with samples (a .cpuprofile records only where functions start); source text is not included.");
  const profile = {
    schema: PROFILE_SCHEMA,
    meta: {
      tool: "v8-cpu-profiler",
      tool_version: "unknown",
      source_format: "v8-cpuprofile",
      node_version: null,
      v8_version: null,
      platform: "unknown",
      arch: "unknown",
      cpu_model: null,
      cpu_count: null,
      command: [],
      // startTime is a monotonic clock reading, not a date.
      start_time: "",
      elapsed_s: elapsedS,
      sampling_interval_ms: intervalMs,
      runs: 1,
      git_sha: null,
      complete: true,
      mode: "cpu",
      use_virtual_time: false,
      gpu: null,
      missing,
      processes: [],
      warnings
    },
    totals,
    files
  };
  return validateProfile(profile, name);
}

// src/import/v8-heapprofile.ts
function isV8HeapProfile(json) {
  return isObject(json) && isObject(json.head) && "selfSize" in json.head && "callFrame" in json.head;
}
var MAX_DEPTH = 1e4;
function importV8HeapProfile(json, name, opts = {}) {
  const p = object(json, name);
  requireKeys(p, ["head"], name, "V8 .heapprofile");
  const acc = new FileAccumulator();
  let internalBytes = 0;
  const nameless = /* @__PURE__ */ new Map();
  let sampledBytes = 0;
  const stack = [{ v: p.head, where: `${name}: head`, depth: 0 }];
  while (stack.length > 0) {
    const { v, where, depth } = stack.pop();
    if (depth > MAX_DEPTH) fail(where, `call tree deeper than ${MAX_DEPTH}`);
    const n = object(v, where);
    const frame = readCallFrame(n.callFrame, `${where}.callFrame`);
    const self = Math.max(0, number(n.selfSize, `${where}.selfSize`, 0));
    sampledBytes += self;
    if (self > 0) {
      const file = userFile(frame);
      if (file !== null) acc.add(file, frameLine(frame), frame, { alloc_js_bytes: self });
      else if (frame.url === "" && frame.scriptId !== "0" && !PSEUDO_FRAMES.has(frame.functionName)) {
        const fn = functionName(frame);
        nameless.set(fn, (nameless.get(fn) ?? 0) + self);
      } else internalBytes += self;
    }
    const children = n.children === void 0 ? [] : array(n.children, `${where}.children`);
    children.forEach((c, i) => stack.push({ v: c, where: `${where}.children[${i}]`, depth: depth + 1 }));
  }
  const sampleCount2 = Array.isArray(p.samples) ? p.samples.length : 0;
  const files = acc.toFiles(opts.root ?? null);
  const totals = { cpu_js_s: 0, cpu_native_s: 0, system_s: 0, gc_s: 0, samples: 0, elapsed_s: 0, unattributed_s: 0, alloc_js_bytes: 0 };
  for (const f of Object.values(files)) for (const l of f.lines) totals.alloc_js_bytes += l.alloc_js_bytes ?? 0;
  const mb = (b) => `${(b / 1024 / 1024).toFixed(1)} MB`;
  const warnings = [
    "A V8 heap profile charges allocations to the first line of the allocating function, not to the allocating line.",
    "With node --heap-prof, V8 keeps only samples of objects still live when the profile was written: alloc bytes are a lower bound on what was allocated. Buffers and other off-heap memory are never sampled.",
    `${mb(internalBytes)} of ${mb(sampledBytes)} sampled bytes were allocated in Node internals or native code and are not charged to a line.`,
    "No CPU time, GC time, copy volume, timeline or source text is in a heap profile; function end lines are unknown."
  ];
  if (nameless.size > 0) {
    const top = [...nameless.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([fn, b]) => `${fn} (${mb(b)})`);
    warnings.push(`${mb([...nameless.values()].reduce((a, b) => a + b, 0))} were allocated in functions whose script URL V8 did not record (Node \u2264 20 drops it when the profile is written at exit): ${top.join(", ")}.`);
  }
  const missing = ["cpu", "caller_lines", "native_split", "system_time", "gc_time", "copy", "gpu", "function_ranges", "sources"];
  const profile = {
    schema: PROFILE_SCHEMA,
    meta: {
      tool: "v8-sampling-heap-profiler",
      tool_version: "unknown",
      source_format: "v8-heapprofile",
      node_version: null,
      v8_version: null,
      platform: "unknown",
      arch: "unknown",
      cpu_model: null,
      cpu_count: null,
      command: [],
      start_time: "",
      elapsed_s: 0,
      // Heap sampling is by bytes (512 KiB by default), not by time.
      sampling_interval_ms: 0,
      runs: 1,
      git_sha: null,
      complete: true,
      mode: "full",
      use_virtual_time: false,
      gpu: null,
      missing,
      processes: [],
      warnings: sampleCount2 > 0 ? warnings : [...warnings, "The profile holds no allocation samples."]
    },
    totals,
    files
  };
  return validateProfile(profile, name);
}

// src/import/index.ts
function detectFormat(json) {
  if (!isObject(json)) return null;
  if (typeof json.schema === "string" && json.schema.startsWith("scalene-ci/profile@")) return "scalene-ci";
  if (isScaleneJson(json)) return "scalene";
  if (isV8CpuProfile(json)) return "v8-cpuprofile";
  if (isV8HeapProfile(json)) return "v8-heapprofile";
  return null;
}
function loadAnyProfile(text, name, opts = {}) {
  if (text.trim().length === 0) throw new InputError(`${name}: the file is empty`);
  if (text.length > MAX_PROFILE_BYTES) throw new InputError(`${name}: the file is larger than ${MAX_PROFILE_BYTES / 1024 / 1024} MB`);
  let json;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const why = e instanceof Error ? e.message.replace(/^.*?: /, "") : "";
    throw new InputError(`${name}: not valid JSON (truncated or corrupt?)${why ? ": " + why : ""}`);
  }
  switch (detectFormat(json)) {
    case "scalene-ci":
      return validateProfile(json, name);
    case "scalene":
      return importScalene(json, name);
    case "v8-cpuprofile":
      return importV8CpuProfile(json, name, opts);
    case "v8-heapprofile":
      return importV8HeapProfile(json, name, opts);
    default: {
      const schema = isObject(json) && typeof json.schema === "string" ? ` (schema ${JSON.stringify(json.schema.slice(0, 60))})` : "";
      throw new InputError(
        `${name}: not a profile this tool reads${schema}; expected a scalene-ci profile, Scalene JSON, a V8 .cpuprofile or .heapprofile, or a scalene-ci pprof export`
      );
    }
  }
}
function loadAnyProfileBytes(bytes, name, opts = {}) {
  if (bytes.length > MAX_PROFILE_BYTES) throw new InputError(`${name}: the file is larger than ${MAX_PROFILE_BYTES / 1024 / 1024} MB`);
  if (isGzip(bytes)) return importPprof(bytes, name);
  return loadAnyProfile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"), name, opts);
}

// src/compare/format.ts
function formatSeconds(s) {
  const a = Math.abs(s);
  if (a === 0) return "0 s";
  if (a < 1e-3) return `${(s * 1e6).toFixed(0)} \xB5s`;
  if (a < 1) return `${(s * 1e3).toFixed(a < 0.01 ? 2 : 1)} ms`;
  if (a < 100) return `${s.toFixed(2)} s`;
  return `${s.toFixed(0)} s`;
}
function formatBytes(b) {
  const a = Math.abs(b);
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let u = 0;
  let v = a;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  const sign = b < 0 ? "-" : "";
  return `${sign}${u === 0 ? v.toFixed(0) : v.toFixed(v < 10 ? 2 : 1)} ${units[u]}`;
}
function formatPercent(f) {
  const p = f * 100;
  const a = Math.abs(p);
  return `${a !== 0 && a < 0.1 ? p.toFixed(2) : p.toFixed(1)} %`;
}
function formatSigned(text, value) {
  return value > 0 ? "+" + text : text;
}
function formatPValue(p) {
  if (p === null) return "\u2013";
  if (p < 1e-4) return "< 0.0001";
  return p.toPrecision(2);
}
var CATEGORY_LABEL = {
  js: "JS",
  native: "native",
  system: "system",
  gc: "GC",
  total: "total"
};
function categoryLabel(cat, python) {
  return python && cat === "js" ? "Python" : CATEGORY_LABEL[cat];
}
function isPythonDiff(diff) {
  return diff.base.source_format === "scalene" && diff.head.source_format === "scalene";
}
var KIND_LABEL = {
  "new-hotspot": "New hotspots",
  cpu: "CPU regressions",
  memory: "Memory growth",
  leak: "Likely leaks",
  copy: "Copy volume increases",
  gpu: "GPU regressions"
};
function formatMetric(f, value) {
  switch (f.metric) {
    case "cpu_js_s":
    case "cpu_native_s":
    case "system_s":
    case "gc_s":
    case "total_s":
    case "gpu_s":
      return formatSeconds(value);
    case "leak_likelihood":
      return formatPercent(value);
    default:
      return formatBytes(value);
  }
}
function metricValue(f, side) {
  const s = f[side];
  switch (f.metric) {
    case "leak_likelihood":
      return s.leak_likelihood ?? 0;
    case "total_s":
      return s.total_s;
    default:
      return s[f.metric] ?? 0;
  }
}
function inconclusiveSentence(i) {
  const pct = `${i.cpu_ratio >= 1 ? "+" : "\u2212"}${Math.abs((i.cpu_ratio - 1) * 100).toFixed(0)} %`;
  const runs = i.runs_needed === null ? "more than 50 runs a side would be needed to name a line" : `about ${i.runs_needed} runs a side (repeat: ${i.runs_needed}) would name the line${i.line ? ` (it is most likely ${i.line})` : ""}`;
  return `on-CPU time moved ${pct} beyond run-to-run noise (p ${i.p_value < 1e-3 ? "< 0.001" : "= " + i.p_value.toFixed(3)}), but no line or function is significant; ${runs}`;
}

// src/report/html-assets.ts
import { createHash } from "node:crypto";
function embedJson(data) {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
function sha256(text) {
  return createHash("sha256").update(text, "utf8").digest("base64");
}
function htmlPage(parts) {
  const css = BASE_CSS + (parts.css ?? "");
  const js = `(function () {
'use strict';
var data = JSON.parse(document.getElementById('report-data').textContent);
${SHARED_JS}
${parts.script}
})();
`;
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${sha256(js)}'`,
    `style-src 'sha256-${sha256(css)}'`,
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'"
  ].join("; ");
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(parts.title)}</title>`,
    `<style>${css}</style>`,
    "</head>",
    "<body>",
    '<main id="app"><noscript>This report is drawn by an inline script; open it in a browser with JavaScript enabled.</noscript></main>',
    `<script type="application/json" id="report-data">${embedJson(parts.data)}</script>`,
    `<script>${js}</script>`,
    "</body>",
    "</html>",
    ""
  ].join("\n");
}
var BASE_CSS = `
:root { --js: #3b82f6; --native: #10b981; --system: #f59e0b; --gc: #a855f7; --gpu: #ec4899; --unattr: #cbd5e1;
  --bad: #dc2626; --bad-bg: #fee2e2; --good: #15803d; --good-bg: #dcfce7; --hot-bg: #fde68a; --warm-bg: #fef9c3;
  --fg: #111827; --muted: #6b7280; --line: #e5e7eb; --bg: #ffffff; --code-bg: #f9fafb; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
main { padding: 16px 24px 48px; max-width: 1600px; }
h1 { font-size: 20px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 28px 0 8px; }
h3 { font-size: 14px; margin: 16px 0 6px; }
.muted { color: var(--muted); }
.facts { display: flex; flex-wrap: wrap; gap: 4px 20px; margin: 8px 0; padding: 0; list-style: none; }
.facts li b { font-weight: 600; margin-right: 4px; }
.notes { margin: 8px 0; padding-left: 20px; color: var(--muted); font-size: 13px; }
.legend { display: flex; gap: 14px; flex-wrap: wrap; font-size: 12px; margin: 6px 0; }
.legend span::before { content: ""; display: inline-block; width: 10px; height: 10px; margin-right: 4px; vertical-align: -1px; border-radius: 2px; background: var(--c); }
.sw-js { --c: var(--js); } .sw-native { --c: var(--native); } .sw-system { --c: var(--system); } .sw-gc { --c: var(--gc); } .sw-unattr { --c: var(--unattr); } .sw-gpu { --c: var(--gpu); }
.bar { display: flex; height: 12px; min-width: 120px; background: #f3f4f6; border-radius: 2px; overflow: hidden; }
.bar.big { height: 18px; max-width: 720px; }
.bar span { display: block; height: 100%; }
.seg-js { background: var(--js); } .seg-native { background: var(--native); } .seg-system { background: var(--system); } .seg-gc { background: var(--gc); } .seg-unattr { background: var(--unattr); } .seg-gpu { background: var(--gpu); }
table { border-collapse: collapse; width: 100%; }
table.sides, table.totals { width: auto; min-width: 480px; }
th, td { padding: 2px 6px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: middle; white-space: nowrap; }
th { font-weight: 600; font-size: 12px; background: #f3f4f6; position: sticky; top: 0; z-index: 1; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
th.sortable { cursor: pointer; user-select: none; }
th.sortable::after { content: " \\2195"; color: var(--muted); font-size: 10px; }
th[aria-sort="ascending"]::after { content: " \\25B2"; color: var(--fg); }
th[aria-sort="descending"]::after { content: " \\25BC"; color: var(--fg); }
td.src { white-space: pre-wrap; overflow-wrap: anywhere; min-width: 32ch; font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--code-bg); width: 100%; }
td.ln { color: var(--muted); text-align: right; font: 12px ui-monospace, monospace; }
tr.ctx td { color: var(--muted); }
tr.ctx td.src { color: #4b5563; }
tr.warm td { background: var(--warm-bg); }
tr.hot td { background: var(--hot-bg); font-weight: 600; }
tr.hot td.ln { color: var(--bad); }
tr.hot { outline: 2px solid var(--bad); outline-offset: -2px; }
.marker { display: inline-block; padding: 0 5px; margin-right: 3px; border-radius: 8px; font-size: 11px; font-weight: 600; }
.marker.leak { background: var(--bad-bg); color: var(--bad); }
.marker.copy { background: #e0e7ff; color: #3730a3; }
.marker.changed { background: #e5e7eb; color: #374151; }
svg.spark { width: 120px; height: 18px; display: block; }
svg.spark polyline { fill: none; stroke: #0f766e; stroke-width: 1.5; }
.file-head { display: flex; gap: 12px; align-items: baseline; flex-wrap: wrap; }
.file-head .path { font-family: ui-monospace, monospace; }
.scroll { overflow-x: auto; border: 1px solid var(--line); border-radius: 4px; }
label.toggle { font-size: 12px; color: var(--muted); }
.verdict { display: inline-block; padding: 4px 10px; border-radius: 4px; font-weight: 700; }
.verdict.regression { background: var(--bad-bg); color: var(--bad); }
.verdict.improvement { background: var(--good-bg); color: var(--good); }
.verdict.no-change { background: #f3f4f6; color: #374151; }
.verdict.inconclusive { background: #fef3c7; color: #92400e; }
tr.regressed td { background: var(--bad-bg); }
tr.improved td { background: var(--good-bg); }
tr.regressed td.delta { color: var(--bad); font-weight: 700; }
tr.improved td.delta { color: var(--good); font-weight: 700; }
.arrow { color: var(--muted); padding: 0 3px; }
`;
var SHARED_JS = String.raw`
var SVGNS = 'http://www.w3.org/2000/svg';
function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}
function add(parent) {
  for (var i = 1; i < arguments.length; i++) if (arguments[i]) parent.appendChild(arguments[i]);
  return parent;
}
function fmtS(s) {
  if (s === undefined || s === null || !isFinite(s)) return '';
  var a = Math.abs(s);
  if (a === 0) return '0';
  if (a >= 100) return s.toFixed(0) + ' s';
  if (a >= 1) return s.toFixed(2) + ' s';
  if (a >= 0.001) return (s * 1000).toFixed(a >= 0.1 ? 0 : 1) + ' ms';
  return (s * 1e6).toFixed(0) + ' \u00b5s';
}
function fmtB(b) {
  if (b === undefined || b === null || !isFinite(b)) return '';
  var a = Math.abs(b);
  if (a === 0) return '0';
  var units = ['B', 'KB', 'MB', 'GB', 'TB'];
  var i = 0;
  while (a >= 1024 && i < units.length - 1) { a /= 1024; b /= 1024; i++; }
  return b.toFixed(a >= 100 || i === 0 ? 0 : 1) + ' ' + units[i];
}
function fmtPct(part, whole) {
  if (!(whole > 0) || !(part > 0)) return '';
  var p = 100 * part / whole;
  return p >= 10 ? p.toFixed(0) + '%' : p >= 0.1 ? p.toFixed(1) + '%' : '<0.1%';
}
function fmtNum(n, digits) {
  if (n === undefined || n === null || !isFinite(n)) return '';
  return Number(n).toFixed(digits === undefined ? 0 : digits);
}
// A stacked bar: parts is [[cssName, value, label], ...], scale is the value of a full bar.
function stackedBar(parts, scale, big) {
  var bar = el('div', big ? 'bar big' : 'bar');
  var tip = [];
  for (var i = 0; i < parts.length; i++) {
    var v = parts[i][1];
    if (!(v > 0) || !(scale > 0)) continue;
    var seg = el('span', 'seg-' + parts[i][0]);
    seg.style.width = Math.min(100, 100 * v / scale) + '%';
    bar.appendChild(seg);
    tip.push(parts[i][2] + ' ' + fmtS(v));
  }
  bar.title = tip.join(', ');
  return bar;
}
// Inline SVG sparkline of [seconds, bytes] points over [t0, t1].
function sparkline(points, t0, t1) {
  if (!points || points.length === 0) return null;
  var svg = document.createElementNS(SVGNS, 'svg');
  svg.setAttribute('class', 'spark');
  svg.setAttribute('viewBox', '0 0 100 20');
  svg.setAttribute('preserveAspectRatio', 'none');
  var hi = 0;
  for (var i = 0; i < points.length; i++) hi = Math.max(hi, points[i][1]);
  var span = t1 > t0 ? t1 - t0 : 1;
  var pts = [];
  var list = points.length === 1 ? [[t0, points[0][1]], points[0]] : points;
  for (var j = 0; j < list.length; j++) {
    var x = Math.max(0, Math.min(100, 100 * (list[j][0] - t0) / span));
    var y = hi > 0 ? 19 - 18 * Math.max(0, list[j][1]) / hi : 19;
    pts.push(x.toFixed(2) + ',' + y.toFixed(2));
  }
  var line = document.createElementNS(SVGNS, 'polyline');
  line.setAttribute('points', pts.join(' '));
  svg.appendChild(line);
  var title = document.createElementNS(SVGNS, 'title');
  title.textContent = 'memory footprint over time, peak ' + fmtB(hi);
  svg.appendChild(title);
  return svg;
}
// Sortable table. columns: [{title, key, type: 'num'|'str', cls, cell(rec) -> Node|string}].
// Clicking a header sorts by it; clicking it again reverses the order.
function sortableTable(columns, records, initialKey, cls) {
  var table = el('table', cls || 'sortable');
  var thead = el('thead');
  var hr = el('tr');
  var tbody = el('tbody');
  var state = { key: null, dir: 1 };
  var ths = [];
  function render() {
    var sorted = records.slice();
    if (state.key !== null) {
      var col = columns.filter(function (c) { return c.key === state.key; })[0];
      sorted.sort(function (a, b) {
        var x = a[state.key], y = b[state.key];
        if (col.type === 'num') { x = typeof x === 'number' ? x : -Infinity; y = typeof y === 'number' ? y : -Infinity; return (x - y) * state.dir; }
        return String(x).localeCompare(String(y)) * state.dir;
      });
    }
    while (tbody.firstChild) tbody.removeChild(tbody.firstChild);
    sorted.forEach(function (rec) {
      var tr = el('tr');
      if (rec._cls) tr.className = rec._cls;
      columns.forEach(function (c) {
        var td = el('td', c.cls || (c.type === 'num' ? 'num' : ''));
        var v = c.cell ? c.cell(rec) : rec[c.key];
        if (v instanceof Node) td.appendChild(v); else if (v !== undefined && v !== null) td.textContent = String(v);
        tr.appendChild(td);
      });
      tbody.appendChild(tr);
    });
    ths.forEach(function (th, i) {
      var key = columns[i].key;
      if (!columns[i].sortable) return;
      th.setAttribute('aria-sort', key === state.key ? (state.dir > 0 ? 'ascending' : 'descending') : 'none');
    });
  }
  columns.forEach(function (c) {
    var th = el('th', (c.type === 'num' ? 'num ' : '') + (c.sortable ? 'sortable' : ''), c.title);
    if (c.sortable) {
      th.setAttribute('data-key', c.key);
      th.setAttribute('role', 'columnheader');
      th.tabIndex = 0;
      var go = function () {
        if (state.key === c.key) state.dir = -state.dir;
        else { state.key = c.key; state.dir = c.type === 'num' ? -1 : 1; }
        render();
      };
      th.addEventListener('click', go);
      th.addEventListener('keydown', function (ev) { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); go(); } });
    }
    ths.push(th);
    hr.appendChild(th);
  });
  thead.appendChild(hr);
  table.appendChild(thead);
  table.appendChild(tbody);
  if (initialKey) {
    var ic = columns.filter(function (c) { return c.key === initialKey; })[0];
    state.key = initialKey;
    state.dir = ic && ic.type === 'num' ? -1 : 1;
  }
  render();
  return table;
}
function factsList(facts) {
  var ul = el('ul', 'facts');
  facts.forEach(function (f) {
    var li = el('li');
    add(li, el('b', '', f[0] + ':'), document.createTextNode(f[1]));
    ul.appendChild(li);
  });
  return ul;
}
function notes(list) {
  if (!list || list.length === 0) return null;
  var ul = el('ul', 'notes');
  list.forEach(function (t) { ul.appendChild(el('li', '', t)); });
  return ul;
}
function legend(items) {
  var d = el('div', 'legend');
  items.forEach(function (it) { d.appendChild(el('span', 'sw-' + it[0], it[1])); });
  return d;
}
`;

export {
  formatSeconds,
  formatBytes,
  formatPercent,
  formatSigned,
  formatPValue,
  categoryLabel,
  isPythonDiff,
  KIND_LABEL,
  formatMetric,
  metricValue,
  inconclusiveSentence,
  htmlPage,
  UNATTRIBUTED,
  enclosingFunction,
  lineFrames,
  exportPprof,
  loadAnyProfileBytes
};
