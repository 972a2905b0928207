/**
 * Writes ONNX ModelProto bytes from a small plain-object graph description.
 * Field numbers follow onnx/onnx.proto (IR version 8).
 */
import { ProtoWriter } from './protobuf';

export type OnnxDataType = 'float32' | 'uint8' | 'int8' | 'int32' | 'int64';

const DATA_TYPE: Record<OnnxDataType, number> = { float32: 1, uint8: 2, int8: 3, int32: 6, int64: 7 };

/** Tensor constant; `data` is the little-endian raw bytes (see `rawBytes`). */
export interface OnnxTensor {
  name: string;
  dataType: OnnxDataType;
  dims: number[];
  data: Uint8Array;
}

/** Graph input/output; a string dimension is symbolic (e.g. `batch_size`). */
export interface OnnxValueInfo {
  name: string;
  dataType: OnnxDataType;
  shape: (number | string)[];
}

/** Integer → INT, `{ float }` → FLOAT, number[] → INTS, string → STRING. */
export type OnnxAttribute = number | { float: number } | number[] | string;

export interface OnnxNode {
  opType: string;
  inputs: string[];
  outputs: string[];
  name?: string;
  attributes?: Record<string, OnnxAttribute>;
}

export interface OnnxGraph {
  name: string;
  nodes: OnnxNode[];
  inputs: OnnxValueInfo[];
  outputs: OnnxValueInfo[];
  initializers: OnnxTensor[];
  docString?: string;
}

export interface OnnxModelOptions {
  opset?: number;
  irVersion?: number;
  producerName?: string;
  producerVersion?: string;
}

/** Raw little-endian bytes of a typed array, independent of host endianness. */
export function rawBytes(values: Int8Array | Uint8Array | Float32Array | Int32Array | BigInt64Array): Uint8Array {
  if (values instanceof Int8Array || values instanceof Uint8Array) {
    return new Uint8Array(values.buffer.slice(values.byteOffset, values.byteOffset + values.byteLength));
  }
  const out = new Uint8Array(values.length * values.BYTES_PER_ELEMENT);
  const view = new DataView(out.buffer);
  values.forEach((v: number | bigint, i: number) => {
    if (values instanceof Float32Array) view.setFloat32(i * 4, v as number, true);
    else if (values instanceof Int32Array) view.setInt32(i * 4, v as number, true);
    else view.setBigInt64(i * 8, v as bigint, true);
  });
  return out;
}

function tensorProto(t: OnnxTensor): ProtoWriter {
  const w = new ProtoWriter();
  for (const d of t.dims) w.varint(1, d);
  return w.varint(2, DATA_TYPE[t.dataType]).string(8, t.name).bytes(9, t.data);
}

function valueInfoProto(v: OnnxValueInfo): ProtoWriter {
  const shape = new ProtoWriter();
  for (const d of v.shape) {
    shape.message(1, typeof d === 'number' ? new ProtoWriter().varint(1, d) : new ProtoWriter().string(2, d));
  }
  const tensorType = new ProtoWriter().varint(1, DATA_TYPE[v.dataType]).message(2, shape);
  return new ProtoWriter().string(1, v.name).message(2, new ProtoWriter().message(1, tensorType));
}

function attributeProto(name: string, value: OnnxAttribute): ProtoWriter {
  const w = new ProtoWriter().string(1, name);
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new TypeError(`attribute ${name}: use { float } for non-integers`);
    return w.varint(3, value).varint(20, 2);
  }
  if (typeof value === 'string') return w.string(4, value).varint(20, 3);
  if (Array.isArray(value)) {
    for (const v of value) w.varint(8, v);
    return w.varint(20, 7);
  }
  return w.float32(2, value.float).varint(20, 1);
}

function nodeProto(n: OnnxNode): ProtoWriter {
  const w = new ProtoWriter();
  for (const i of n.inputs) w.string(1, i);
  for (const o of n.outputs) w.string(2, o);
  if (n.name) w.string(3, n.name);
  w.string(4, n.opType);
  for (const [k, v] of Object.entries(n.attributes ?? {})) w.message(5, attributeProto(k, v));
  return w;
}

function graphProto(g: OnnxGraph): ProtoWriter {
  const w = new ProtoWriter();
  for (const n of g.nodes) w.message(1, nodeProto(n));
  w.string(2, g.name);
  for (const t of g.initializers) w.message(5, tensorProto(t));
  if (g.docString) w.string(10, g.docString);
  for (const i of g.inputs) w.message(11, valueInfoProto(i));
  for (const o of g.outputs) w.message(12, valueInfoProto(o));
  return w;
}

/** Serialize a complete ModelProto (default opset 17, IR version 8). */
export function writeOnnxModel(graph: OnnxGraph, opts: OnnxModelOptions = {}): Uint8Array {
  const opset = new ProtoWriter().string(1, '').varint(2, opts.opset ?? 17);
  return new ProtoWriter()
    .varint(1, opts.irVersion ?? 8)
    .string(2, opts.producerName ?? 'footnote')
    .string(3, opts.producerVersion ?? '1')
    .message(7, graphProto(graph))
    .message(8, opset)
    .finish();
}
