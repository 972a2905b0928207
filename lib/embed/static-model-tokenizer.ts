/**
 * tokenizer.json / tokenizer_config.json / config.json for a static word-embedding
 * model loaded by transformers.js v3 as a BERT feature-extraction model.
 *
 * Text handling: NFD + strip accents + lowercase; curly apostrophes unified;
 * "won't/can't/…n't" → "… not"; the clitics 's 're 've 'll 'd 'm dropped;
 * "u.s." / "u.k." / "u.n." expanded; then letter/digit runs are the words, so
 * punctuation disappears and hyphenated compounds split into their parts.
 * The vocabulary holds whole words only (no ## pieces): an unknown word is [UNK].
 */

export const SPECIAL_TOKENS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]'] as const;

/** Words the pre-tokenizer can emit; vocabulary entries must match this. */
export const WORD_PATTERN = '[\\p{L}\\p{Nd}]+';

const replace = (regex: string, content: string) => ({ type: 'Replace', pattern: { Regex: regex }, content });

export const NORMALIZER = {
  type: 'Sequence',
  normalizers: [
    { type: 'NFD' },
    { type: 'StripAccents' },
    { type: 'Lowercase' },
    replace('[\u2018\u2019\u02bc`]', "'"),
    replace("\\bwon't\\b", 'will not'),
    replace("\\bcan't\\b", 'can not'),
    replace("n't\\b", ' not'),
    replace("'(?:s|re|ve|ll|d|m)\\b", ''),
    replace('\\bu\\.\\s?s\\b\\.?', ' united states '),
    replace('\\bu\\.\\s?k\\b\\.?', ' united kingdom '),
    replace('\\bu\\.\\s?n\\b\\.?', ' united nations '),
  ],
};

export const PRE_TOKENIZER = {
  type: 'Split',
  pattern: { Regex: WORD_PATTERN },
  behavior: 'Removed',
  invert: true,
};

export function tokenizerJson(vocab: readonly string[], maxChars = 100): object {
  if (new Set(vocab).size !== vocab.length) throw new Error('duplicate vocabulary entries');
  // fromEntries defines own properties, so words like "constructor" are safe keys.
  const vocabMap: Record<string, number> = Object.fromEntries(vocab.map((w, i) => [w, i]));
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((content) => ({
      id: vocabMap[content],
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: NORMALIZER,
    pre_tokenizer: PRE_TOKENIZER,
    post_processor: null,
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: maxChars,
      vocab: vocabMap,
    },
  };
}

export function tokenizerConfigJson(modelMaxLength: number): object {
  return {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    model_max_length: modelMaxLength,
    pad_token: '[PAD]',
    unk_token: '[UNK]',
    cls_token: '[CLS]',
    sep_token: '[SEP]',
    clean_up_tokenization_spaces: true,
  };
}

export function modelConfigJson(opts: { vocabSize: number; dimension: number; maxLength: number }): object {
  return {
    architectures: ['BertModel'],
    model_type: 'bert',
    hidden_size: opts.dimension,
    vocab_size: opts.vocabSize,
    num_hidden_layers: 0,
    num_attention_heads: 1,
    intermediate_size: opts.dimension,
    max_position_embeddings: opts.maxLength,
    type_vocab_size: 1,
    pad_token_id: 0,
    'transformers.js_config': { dtype: 'int8' },
  };
}
