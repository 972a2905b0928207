import type { UIMessage } from 'ai';
import type { AnswerSentence, Citation, Verification } from '../cite/types';
import type { Lead } from './leads';
import type { PassageView } from './types';

/** What /api/chat sends after the answer text, besides one source-document part per citation. */
export interface ChatAnswerData {
  abstained: boolean;
  model: string;
  verification: Verification;
  sentences: AnswerSentence[];
  passages: PassageView[];
  /** After an abstention, where the thesis comes closest to the question (absent in conversations stored before it existed). */
  leads?: Lead[];
  /** After an abstention, the names the question uses that the thesis never does (absent in older conversations). */
  unmentioned?: string[];
  notice?: string;
}

export type FootnoteDataParts = {
  /** One per citation, in footnote order. */
  citation: Citation;
  /** Once per answer, after the citations. */
  answer: ChatAnswerData;
  /** Sent as soon as something noteworthy happens (e.g. the LLM failed and the extractive answer follows). */
  notice: { message: string };
};

/** The UI message type for useChat against /api/chat. */
export type FootnoteUIMessage = UIMessage<never, FootnoteDataParts>;
