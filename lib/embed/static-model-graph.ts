/**
 * ONNX graph of a static (lookup-table) word-embedding model:
 *   input_ids → Gather(int8 table) → Cast(float) ┐
 *   input_ids → Gather(per-row scale)            ┴→ Mul → last_hidden_state
 * Only `input_ids` is declared: transformers.js feeds a session just the inputs it
 * declares (attention_mask is still used by its mean pooling, outside the graph).
 */
import { rawBytes, writeOnnxModel, type OnnxGraph } from './onnx-writer';

export interface StaticTable {
  /** Row-major [vocabSize, dimension] int8 values. */
  table: Int8Array;
  /** One dequantization scale per row. */
  scales: Float32Array;
  vocabSize: number;
  dimension: number;
}

export function staticEmbeddingGraph(t: StaticTable): OnnxGraph {
  if (t.table.length !== t.vocabSize * t.dimension) throw new RangeError('table size does not match vocabSize × dimension');
  if (t.scales.length !== t.vocabSize) throw new RangeError('one scale per row expected');
  return {
    name: 'static_word_embedding',
    docString: 'Static word embeddings: int8 table with per-row float32 scale.',
    nodes: [
      { opType: 'Gather', name: 'gather_rows', inputs: ['embeddings.int8', 'input_ids'], outputs: ['rows_int8'], attributes: { axis: 0 } },
      { opType: 'Cast', name: 'to_float', inputs: ['rows_int8'], outputs: ['rows_float'], attributes: { to: 1 } },
      { opType: 'Gather', name: 'gather_scales', inputs: ['embeddings.scale', 'input_ids'], outputs: ['row_scales'], attributes: { axis: 0 } },
      { opType: 'Mul', name: 'dequantize', inputs: ['rows_float', 'row_scales'], outputs: ['last_hidden_state'] },
    ],
    inputs: [{ name: 'input_ids', dataType: 'int64', shape: ['batch_size', 'sequence_length'] }],
    outputs: [{ name: 'last_hidden_state', dataType: 'float32', shape: ['batch_size', 'sequence_length', t.dimension] }],
    initializers: [
      { name: 'embeddings.int8', dataType: 'int8', dims: [t.vocabSize, t.dimension], data: rawBytes(t.table) },
      { name: 'embeddings.scale', dataType: 'float32', dims: [t.vocabSize, 1], data: rawBytes(t.scales) },
    ],
  };
}

export function writeStaticEmbeddingOnnx(t: StaticTable): Uint8Array {
  return writeOnnxModel(staticEmbeddingGraph(t));
}
