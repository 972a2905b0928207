import path from 'node:path';
import { AutoTokenizer, env } from '@huggingface/transformers';
import { beforeAll, describe, expect, it } from 'vitest';

type Tok = Awaited<ReturnType<typeof AutoTokenizer.from_pretrained>>;

describe('glove-sif-100d tokenizer', () => {
  let tok: Tok;
  const words = (text: string): string[] => {
    const ids = tok(text).input_ids.data as BigInt64Array;
    return Array.from(ids, (id) => tok.model.vocab[Number(id)]);
  };

  beforeAll(async () => {
    env.allowRemoteModels = false;
    tok = await AutoTokenizer.from_pretrained(path.resolve('models/glove-sif-100d'), { local_files_only: true });
  });

  it('lowercases, strips accents and drops punctuation without [UNK]', () => {
    expect(words('The Navy, (again)!')).toEqual(['the', 'navy', 'again']);
    expect(words('México’s Café')).toEqual(['mexico', 'cafe']);
  });

  it('expands U.S. and handles clitics and hyphens', () => {
    expect(words('U.S. forces')).toEqual(['united', 'states', 'forces']);
    expect(words('U.S.-Mexico ties')).toEqual(['united', 'states', 'mexico', 'ties']);
    expect(words("Mexico's navy didn't, won't, can't")).toEqual(['mexico', 'navy', 'did', 'not', 'will', 'not', 'can', 'not']);
    expect(words('anti-drug cross-border')).toEqual(['anti', 'drug', 'cross', 'border']);
  });

  it('adds no special tokens and maps unknown words and numbers to [UNK]', () => {
    expect(words('SEDENA 1994 navy')).toEqual(['[UNK]', '[UNK]', 'navy']);
    expect(words('...')).toEqual([]);
  });
});
