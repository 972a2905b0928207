/** README.md and LICENSE written next to the built model (deterministic text only). */
import { GLOVE_PACKAGE, GLOVE_VERSION } from './glove-source';

export interface CardFacts {
  vocabWords: number;
  vocabSize: number;
  words: number;
  lastRank: number;
  a: number;
  maxLength: number;
  removedEnergy: number;
  dimension: number;
  sourceWords: number;
  sourceSha256: string;
}

export function readmeText(f: CardFacts): string {
  return `# glove-sif-100d

Static English word-embedding model shipped with Footnote as its default, offline
embedding model. It runs through transformers.js (\`pipeline('feature-extraction')\`
with \`{ pooling: 'mean', normalize: true }\`) like any BERT-style ONNX model, but the
"network" is a lookup table: a sentence vector is the normalized mean of its word
vectors.

## What is in it

| file | content |
| --- | --- |
| \`config.json\` | \`model_type: bert\`, hidden size ${f.dimension}, \`transformers.js_config.dtype = int8\` |
| \`tokenizer.json\` | WordPiece over whole words only (no \`##\` pieces), ${f.vocabSize} entries |
| \`tokenizer_config.json\` | \`BertTokenizer\`, \`model_max_length\` ${f.maxLength} words |
| \`onnx/model_int8.onnx\` | \`input_ids → Gather(int8 table) · Gather(row scale) → last_hidden_state\` |
| \`SHA256SUMS\` | checksums of every other file |

- Vocabulary: the ${f.words} most frequent GloVe words that the tokenizer can produce
  (letters only after lowercasing; the last one has GloVe frequency rank ${f.lastRank} of
  ${f.sourceWords}), plus \`[PAD]\`, \`[UNK]\`, \`[CLS]\`, \`[SEP]\` with zero vectors.
- Text handling: Unicode NFD, accents stripped, lowercased; \`’\` → \`'\`; \`won't\`,
  \`can't\`, \`…n't\` → \`… not\`; clitics \`'s 're 've 'll 'd 'm\` dropped; \`U.S.\`, \`U.K.\`,
  \`U.N.\` expanded; then every run of letters/digits is a word, so punctuation vanishes
  and hyphenated compounds count as their parts. Numbers and unknown words become
  \`[UNK]\` (zero vector, no effect on the direction of the mean). A text with no known
  word has no direction at all; Footnote's embedder returns a zero vector for it.
- Weights: each GloVe vector v(w) is multiplied by the SIF weight a / (a + p(w)) with
  a = ${f.a} and p(w) the Zipf estimate (1/r) / H_N over the frequency rank r
  (N = ${f.sourceWords}); then the first principal component of the weighted matrix
  (power iteration from a fixed start vector) is projected out of every row
  (${(f.removedEnergy * 100).toFixed(2)}% of its energy). Because the pipeline averages
  word rows, this equals removing the component from the weighted average (SIF,
  Arora et al. 2017). a was tuned on a small check (first sentence of a thesis
  paragraph → rest of the paragraph, 117 paragraphs): MRR 0.22 at a = 3e-4, 0.20 at
  1e-3, 0.21 without common-component removal, 0.18 with plain unweighted means.
- Storage: one int8 row per word with a float32 scale max|x| / 127.

## Source and licence

Word vectors: GloVe 6B 100-d (Pennington, Socher, Manning 2014), Public Domain
Dedication and License (PDDL) 1.0, as repackaged in the npm package
\`${GLOVE_PACKAGE}@${GLOVE_VERSION}\` (data file sha256 \`${f.sourceSha256}\`).
See \`LICENSE\`.

## Rebuild / check

\`\`\`sh
npx tsx scripts/build-embedding-model.ts          # rebuild this folder
npx tsx scripts/build-embedding-model.ts --check  # rebuild in a temp dir, compare with SHA256SUMS
\`\`\`

The build installs \`${GLOVE_PACKAGE}@${GLOVE_VERSION}\` (~110 MB) with
\`npm install --no-save\` into a temporary prefix (never into the project), verifies the
data file's sha256 and frequency order, and is deterministic: two builds give
byte-identical files.
`;
}

export function licenseText(): string {
  return `glove-sif-100d — licence note

The word vectors in this folder are derived from GloVe: Global Vectors for Word
Representation (Jeffrey Pennington, Richard Socher, Christopher D. Manning, 2014),
the 6B-token, 100-dimensional release, which its authors make available under the
Open Data Commons Public Domain Dedication and License (PDDL) v1.0:
https://opendatacommons.org/licenses/pddl/1-0/

They were taken from the npm package ${GLOVE_PACKAGE}@${GLOVE_VERSION}
(GRAYPE Systems), whose ACKNOWLEDGEMENT.md states that the embeddings are GloVe
pre-trained vectors under the PDDL v1.0. The package's code is MIT-licensed; no code
from it is included here.

The transformations (vocabulary selection, SIF weighting, common-component removal,
int8 quantization) and the tokenizer/ONNX files were produced by Footnote's
scripts/build-embedding-model.ts. The PDDL places no restrictions on the use or
redistribution of this derived data.
`;
}
