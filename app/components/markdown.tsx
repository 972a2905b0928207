import { Fragment, type ReactNode } from 'react';
import type { Block, Inline } from './markdown/ast';
import { parseMarkdown, withMarks } from './markdown/parse';

export interface MarkdownProps {
  text: string;
  /** Render [n] as citation markers (answers). Without it, [n] stays text. */
  renderCitation?: (n: number) => ReactNode;
  /** Render a thesis footnote marker (¹⁰⁵); defaults to a plain superscript. */
  renderFootnoteRef?: (n: number) => ReactNode;
  /** Character ranges of `text` to highlight (a quote, unsupported sentences). */
  marks?: readonly { start: number; end: number }[];
  /** Element and attributes of a highlight. */
  markClassName?: string;
  markTitle?: string;
  /** Render the first paragraph's content without a <p> (for short texts inside other elements). */
  inline?: boolean;
  className?: string;
}

interface Ctx extends MarkdownProps {
  key: string;
}

function lines(text: string): ReactNode {
  const parts = text.split('\n');
  return parts.map((p, i) => (
    <Fragment key={i}>
      {i > 0 && <br />}
      {p}
    </Fragment>
  ));
}

function inlineNode(node: Inline, ctx: Ctx, i: number): ReactNode {
  const mark = (child: ReactNode) => (
    <mark key={i} className={ctx.markClassName} title={ctx.markTitle}>
      {child}
    </mark>
  );
  switch (node.type) {
    case 'text':
      return node.marked ? mark(lines(node.text)) : <Fragment key={i}>{lines(node.text)}</Fragment>;
    case 'code':
      return node.marked ? mark(<code>{node.text}</code>) : <code key={i}>{node.text}</code>;
    case 'em':
      return <em key={i}>{inlines(node.children, ctx)}</em>;
    case 'strong':
      return <strong key={i}>{inlines(node.children, ctx)}</strong>;
    case 'link': {
      const external = /^(https?:|mailto:)/i.test(node.href);
      return (
        <a key={i} href={node.href} {...(external ? { target: '_blank', rel: 'noopener noreferrer nofollow' } : {})}>
          {inlines(node.children, ctx)}
        </a>
      );
    }
    case 'cite':
      return <Fragment key={i}>{ctx.renderCitation ? ctx.renderCitation(node.n) : `[${node.n}]`}</Fragment>;
    case 'fnref': {
      const ref = ctx.renderFootnoteRef ? ctx.renderFootnoteRef(node.n) : <sup className="fnref">{node.n}</sup>;
      return node.marked ? mark(ref) : <Fragment key={i}>{ref}</Fragment>;
    }
  }
}

const inlines = (nodes: Inline[], ctx: Ctx): ReactNode => nodes.map((n, i) => inlineNode(n, ctx, i));

function blockNode(block: Block, ctx: Ctx, i: number): ReactNode {
  switch (block.type) {
    case 'p':
      return <p key={i}>{inlines(block.children, ctx)}</p>;
    case 'heading':
      return (
        <p key={i} className={`md-heading md-h${Math.min(block.level, 4)}`}>
          <strong>{inlines(block.children, ctx)}</strong>
        </p>
      );
    case 'list': {
      const items = block.items.map((item, j) => <li key={j}>{inlines(item, ctx)}</li>);
      return block.ordered ? <ol key={i} start={block.start}>{items}</ol> : <ul key={i}>{items}</ul>;
    }
    case 'quote':
      return <blockquote key={i}>{block.children.map((b, j) => blockNode(b, ctx, j))}</blockquote>;
    case 'code':
      return (
        <pre key={i}>
          <code>{block.text}</code>
        </pre>
      );
    case 'table':
      return (
        <div key={i} className="md-table">
          <table>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>{row.map((cell, c) => (r === 0 || c === 0 ? <th key={c} scope={r === 0 ? 'col' : 'row'}>{inlines(cell, ctx)}</th> : <td key={c}>{inlines(cell, ctx)}</td>))}</tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

/**
 * Safe Markdown: text is parsed into a small set of nodes and rendered as React elements, so
 * neither corpus text nor model output can inject HTML. Links are limited to http(s), mailto and
 * site paths.
 */
export function Markdown(props: MarkdownProps) {
  const source = props.marks?.length ? withMarks(props.text, props.marks) : props.text;
  const blocks = parseMarkdown(source, { citations: !!props.renderCitation });
  const ctx: Ctx = { ...props, key: '' };
  if (props.inline) {
    return <>{blocks.map((b, i) => (b.type === 'p' ? <Fragment key={i}>{i > 0 && ' '}{inlines(b.children, ctx)}</Fragment> : blockNode(b, ctx, i)))}</>;
  }
  return <div className={props.className ?? 'md'}>{blocks.map((b, i) => blockNode(b, ctx, i))}</div>;
}
