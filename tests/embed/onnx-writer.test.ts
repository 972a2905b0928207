import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { rawBytes, writeOnnxModel, type OnnxGraph } from '@/lib/embed/onnx-writer';
import { encodeVarint, ProtoWriter } from '@/lib/embed/protobuf';
import { writeStaticEmbeddingOnnx } from '@/lib/embed/static-model-graph';

/** Minimal protobuf reader for checking the writer's wire format. */
function readFields(buf: Uint8Array): { field: number; wire: number; value: bigint | Uint8Array }[] {
  const out: { field: number; wire: number; value: bigint | Uint8Array }[] = [];
  let pos = 0;
  const varint = () => {
    let result = 0n;
    let shift = 0n;
    for (;;) {
      const b = buf[pos++];
      result |= BigInt(b & 0x7f) << shift;
      if (!(b & 0x80)) return result;
      shift += 7n;
    }
  };
  while (pos < buf.length) {
    const key = Number(varint());
    const field = key >> 3;
    const wire = key & 7;
    if (wire === 0) out.push({ field, wire, value: varint() });
    else if (wire === 2) {
      const len = Number(varint());
      out.push({ field, wire, value: buf.subarray(pos, pos + len) });
      pos += len;
    } else if (wire === 5) {
      out.push({ field, wire, value: buf.subarray(pos, pos + 4) });
      pos += 4;
    } else throw new Error(`unexpected wire type ${wire}`);
  }
  return out;
}
const text = (v: bigint | Uint8Array) => new TextDecoder().decode(v as Uint8Array);

describe('protobuf writer', () => {
  it('encodes varints like protobuf', () => {
    expect([...encodeVarint(0)]).toEqual([0]);
    expect([...encodeVarint(1)]).toEqual([1]);
    expect([...encodeVarint(300)]).toEqual([0xac, 0x02]);
    expect([...encodeVarint(-1)]).toEqual([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
    expect(() => encodeVarint(1.5)).toThrow();
  });

  it('round-trips fields through a reader', () => {
    const bytes = new ProtoWriter().varint(1, 150).string(2, 'héllo').message(3, new ProtoWriter().varint(1, 7)).float32(4, 0.5).finish();
    const f = readFields(bytes);
    expect(f.map((x) => [x.field, x.wire])).toEqual([[1, 0], [2, 2], [3, 2], [4, 5]]);
    expect(f[0].value).toBe(150n);
    expect(text(f[1].value)).toBe('héllo');
    expect(readFields(f[2].value as Uint8Array)[0].value).toBe(7n);
    expect(new DataView((f[3].value as Uint8Array).slice().buffer).getFloat32(0, true)).toBe(0.5);
  });
});

describe('ONNX writer', () => {
  // y = Cast(Gather(table, ids)) * 2 + bias
  const graph: OnnxGraph = {
    name: 'tiny',
    nodes: [
      { opType: 'Gather', inputs: ['table', 'ids'], outputs: ['rows'], attributes: { axis: 0 } },
      { opType: 'Cast', inputs: ['rows'], outputs: ['rowsf'], attributes: { to: 1 } },
      { opType: 'Mul', inputs: ['rowsf', 'two'], outputs: ['scaled'] },
      { opType: 'Add', inputs: ['scaled', 'bias'], outputs: ['y'] },
    ],
    inputs: [{ name: 'ids', dataType: 'int64', shape: ['n'] }],
    outputs: [{ name: 'y', dataType: 'float32', shape: ['n', 2] }],
    initializers: [
      { name: 'table', dataType: 'int8', dims: [3, 2], data: rawBytes(Int8Array.from([1, -2, 3, -4, 127, -127])) },
      { name: 'two', dataType: 'float32', dims: [], data: rawBytes(Float32Array.from([2])) },
      { name: 'bias', dataType: 'float32', dims: [2], data: rawBytes(Float32Array.from([0.5, -0.5])) },
    ],
  };

  it('writes a ModelProto with the expected top-level fields', () => {
    const f = readFields(writeOnnxModel(graph));
    expect(f.find((x) => x.field === 1)?.value).toBe(8n);
    const g = readFields(f.find((x) => x.field === 7)!.value as Uint8Array);
    expect(g.filter((x) => x.field === 1)).toHaveLength(4);
    expect(g.filter((x) => x.field === 5)).toHaveLength(3);
    const opset = readFields(f.find((x) => x.field === 8)!.value as Uint8Array);
    expect(opset.find((x) => x.field === 2)?.value).toBe(17n);
  });

  it('produces a graph that onnxruntime-node loads and runs', async () => {
    const session = await ort.InferenceSession.create(writeOnnxModel(graph));
    expect(session.inputNames).toEqual(['ids']);
    const ids = new ort.Tensor('int64', BigInt64Array.from([2n, 0n, 1n, 2n]), [4]);
    const { y } = await session.run({ ids });
    expect(y.dims).toEqual([4, 2]);
    expect(Array.from(y.data as Float32Array)).toEqual([254.5, -254.5, 2.5, -4.5, 6.5, -8.5, 254.5, -254.5]);
  });

  it('builds a static embedding graph that dequantizes rows', async () => {
    const onnx = writeStaticEmbeddingOnnx({
      table: Int8Array.from([0, 0, 127, -64, 10, 20]),
      scales: Float32Array.from([0, 0.5, 0.25]),
      vocabSize: 3,
      dimension: 2,
    });
    const session = await ort.InferenceSession.create(onnx);
    expect(session.inputNames).toEqual(['input_ids']);
    expect(session.outputNames).toEqual(['last_hidden_state']);
    const input_ids = new ort.Tensor('int64', BigInt64Array.from([1n, 2n, 0n, 2n]), [2, 2]);
    const out = (await session.run({ input_ids })).last_hidden_state;
    expect(out.dims).toEqual([2, 2, 2]);
    expect(Array.from(out.data as Float32Array)).toEqual([63.5, -32, 2.5, 5, 0, 0, 2.5, 5]);
  });
});
