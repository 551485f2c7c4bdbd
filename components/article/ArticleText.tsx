import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren, RefObject } from 'preact';
import type { ModelParagraph, ArticleModel } from '@/utils/article-model';
import { factHash } from '@/utils/article-anchor';
import { passageRuns, type Segment } from '@/utils/article-segments';
import './article.css';

/** A fact's passage to mark, scroll to and focus; a new revision does it again for the same fact. */
export interface ArticleTarget {
  factId: string;
  revision: number;
}

interface ArticleTextProps {
  model: ArticleModel;
  /** h1 in the article view, h2 in the popup (under its own h1). */
  headingLevel: 1 | 2;
  titleId: string;
  entityName(entityId: string): string | undefined;
  factStatement(factId: string): string | undefined;
  target?: ArticleTarget | undefined;
  /** A passage's numbered mark was activated (it is also a `#fact-<id>` link). */
  onSelectFact(factId: string, event: MouseEvent): void;
  /** Shown between the title and the text. */
  children?: ComponentChildren;
}

/** What the reader does to move on their own; after it, the view is theirs. */
const READER_MOVES = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;
/** How long a passage just scrolled to is kept in view while the page settles. */
const SETTLE_MS = 3_000;

/**
 * Keeps a passage just scrolled to in the middle while the window or the text changes size (a new tab still
 * being sized, the notice above the text appearing), until the reader moves or the page has settled.
 * Returns the function that stops it.
 */
function keepInView(passage: HTMLElement): () => void {
  const recentre = () => passage.scrollIntoView({ block: 'center', behavior: 'auto' });
  let skipFirst = true; // a ResizeObserver reports the size it starts with
  const resized = new ResizeObserver(() => {
    if (!skipFirst) recentre();
    skipFirst = false;
  });
  const stop = () => {
    clearTimeout(timer);
    resized.disconnect();
    window.removeEventListener('resize', recentre);
    for (const type of READER_MOVES) window.removeEventListener(type, stop, true);
  };
  const timer = setTimeout(stop, SETTLE_MS);
  resized.observe(document.documentElement);
  window.addEventListener('resize', recentre);
  for (const type of READER_MOVES) window.addEventListener(type, stop, true);
  return stop;
}

/**
 * The article, readable: its title and every paragraph, with the names it mentions highlighted (<mark>) and
 * a numbered mark closing each passage a fact quotes. Pointing at a mark tints its passage; the target fact's
 * passage is wrapped in one focusable <mark>, scrolled to and focused.
 */
export default function ArticleText(props: ArticleTextProps) {
  const { model, headingLevel, titleId, target, children } = props;
  const [preview, setPreview] = useState<string | undefined>(undefined);
  const targetRef = useRef<HTMLElement>(null);
  const Heading = headingLevel === 1 ? 'h1' : 'h2';

  const scrolledBefore = useRef(false);
  useEffect(() => {
    const passage = targetRef.current;
    if (target === undefined || passage === null) return;
    // Focus first without scrolling, then scroll it to the middle: a focused target is what screen readers
    // read next, and the centre leaves the text around it in view. The view opens at the passage at once;
    // only a later move within the open article glides (a smooth scroll started while a new tab is still
    // laying out can stop short of it).
    passage.focus({ preventScroll: true });
    const smooth = scrolledBefore.current && !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    scrolledBefore.current = true;
    passage.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    return keepInView(passage);
  }, [target?.factId, target?.revision]);

  return (
    <article class="cc-article" aria-labelledby={titleId}>
      <Heading id={titleId} class="cc-article-title">
        {model.title}
      </Heading>
      {children}
      {model.paragraphs.map((paragraph) => (
        <Paragraph
          key={paragraph.start}
          {...props}
          paragraph={paragraph}
          preview={preview}
          setPreview={setPreview}
          targetRef={targetRef}
        />
      ))}
    </article>
  );
}

interface ParagraphProps extends ArticleTextProps {
  paragraph: ModelParagraph;
  preview: string | undefined;
  setPreview(factId: string | undefined): void;
  targetRef: RefObject<HTMLElement | null>;
}

function Paragraph(props: ParagraphProps) {
  const { paragraph, target, targetRef } = props;
  const { segments } = paragraph;
  const runs = target === undefined ? undefined : passageRuns(segments, target.factId);
  const render = (from: number, to: number, refsAfterLast = true) =>
    segments
      .slice(from, to)
      .flatMap((segment, i) => [
        renderText(props, segment),
        refsAfterLast || from + i < to - 1 ? refsEndingAt(props, segment.end) : null,
      ]);

  if (runs === undefined) return <p>{render(0, segments.length)}</p>;
  const [first, last] = runs;
  return (
    <p>
      {render(0, first)}
      <mark class="cc-target" tabIndex={-1} ref={targetRef} data-fact={target!.factId}>
        {render(first, last + 1, false)}
      </mark>
      {/* The marks of the passages ending where the target ends (its own among them) follow it. */}
      {refsEndingAt(props, segments[last]!.end)}
      {render(last + 1, segments.length)}
    </p>
  );
}

function renderText({ preview, entityName }: ParagraphProps, segment: Segment) {
  const previewed = preview !== undefined && segment.factIds.includes(preview);
  if (segment.entityId !== undefined) {
    return (
      <mark
        key={segment.start}
        class={previewed ? 'cc-mention cc-preview' : 'cc-mention'}
        data-entity={segment.entityId}
        title={entityName(segment.entityId)}
      >
        {segment.text}
      </mark>
    );
  }
  return previewed ? (
    <span key={segment.start} class="cc-preview">
      {segment.text}
    </span>
  ) : (
    segment.text
  );
}

/** The numbered marks of the passages ending at `end` (the number is CSS content, so text stays the text). */
function refsEndingAt(props: ParagraphProps, end: number) {
  const { paragraph, model, factStatement, setPreview, onSelectFact, target } = props;
  return paragraph.passages
    .filter((passage) => passage.end === end)
    .map(({ factId }) => {
      const number = model.factNumber.get(factId);
      return (
        <a
          key={`ref-${factId}`}
          class="cc-ref"
          href={factHash(factId)}
          data-n={number}
          aria-label={`Fact ${number}: ${factStatement(factId) ?? ''}`}
          title={factStatement(factId)}
          aria-current={target?.factId === factId ? 'location' : undefined}
          onMouseEnter={() => setPreview(factId)}
          onMouseLeave={() => setPreview(undefined)}
          onFocus={() => setPreview(factId)}
          onBlur={() => setPreview(undefined)}
          onClick={(event) => onSelectFact(factId, event)}
        />
      );
    });
}
