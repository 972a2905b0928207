import type { Citation, CitedAnswer, NumberedPassage } from '../cite/types';
import type { PageRange, RecordKind } from '../types';
import type { Lead } from './leads';

/** A retrieved passage as returned to clients; `citation` is its footnote number in the answer, if cited. */
export interface PassageView {
  n: number;
  id: string;
  kind: RecordKind;
  section: string | null;
  sectionTitle: string | null;
  pages: PageRange | null;
  text: string;
  score: number;
  citation: number | null;
}

export interface AnswerResult extends CitedAnswer {
  question: string;
  abstained: boolean;
  passages: PassageView[];
  /** After an abstention, where the thesis comes closest to the question (empty otherwise). */
  leads: Lead[];
  /** After an abstention, the names the question uses that the thesis never does ("Venezuela"; empty otherwise). */
  unmentioned: string[];
  /** "extractive" or "provider:model". */
  model: string;
  /** Set when something the user should know happened, e.g. the LLM failed and the extractive answer is shown. */
  notice?: string;
}

export type { Citation, NumberedPassage };
