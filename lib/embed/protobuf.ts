/**
 * Minimal protobuf wire-format writer (enough for ONNX): varints, fixed32,
 * length-delimited bytes/strings and nested messages. Output is deterministic:
 * fields are written in the order the caller writes them.
 */

const WIRE_VARINT = 0;
const WIRE_LEN = 2;
const WIRE_FIXED32 = 5;

/** Encode a non-negative or negative integer as a protobuf varint (negatives as 64-bit two's complement). */
export function encodeVarint(value: number | bigint): Uint8Array {
  let v = typeof value === 'bigint' ? value : BigInt(value);
  if (typeof value === 'number' && !Number.isInteger(value)) throw new RangeError(`varint must be an integer: ${value}`);
  if (v < 0n) v = BigInt.asUintN(64, v);
  const out: number[] = [];
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) byte |= 0x80;
    out.push(byte);
  } while (v > 0n);
  return Uint8Array.from(out);
}

const utf8 = new TextEncoder();

export class ProtoWriter {
  private chunks: Uint8Array[] = [];
  private length = 0;

  private push(bytes: Uint8Array): this {
    this.chunks.push(bytes);
    this.length += bytes.length;
    return this;
  }

  private tag(field: number, wire: number): this {
    return this.push(encodeVarint((field << 3) | wire));
  }

  /** int32 / int64 / enum / bool field. */
  varint(field: number, value: number | bigint | boolean): this {
    const v = typeof value === 'boolean' ? (value ? 1 : 0) : value;
    return this.tag(field, WIRE_VARINT).push(encodeVarint(v));
  }

  /** float field (wire type 5, little-endian). */
  float32(field: number, value: number): this {
    const buf = new Uint8Array(4);
    new DataView(buf.buffer).setFloat32(0, value, true);
    return this.tag(field, WIRE_FIXED32).push(buf);
  }

  bytes(field: number, data: Uint8Array): this {
    return this.tag(field, WIRE_LEN).push(encodeVarint(data.length)).push(data);
  }

  string(field: number, value: string): this {
    return this.bytes(field, utf8.encode(value));
  }

  message(field: number, sub: ProtoWriter): this {
    return this.bytes(field, sub.finish());
  }

  /** Packed repeated varints (e.g. int64 dims written packed). */
  packedVarints(field: number, values: readonly (number | bigint)[]): this {
    const inner = new ProtoWriter();
    for (const v of values) inner.push(encodeVarint(v));
    return this.bytes(field, inner.finish());
  }

  get byteLength(): number {
    return this.length;
  }

  finish(): Uint8Array {
    const out = new Uint8Array(this.length);
    let offset = 0;
    for (const c of this.chunks) {
      out.set(c, offset);
      offset += c.length;
    }
    return out;
  }
}
