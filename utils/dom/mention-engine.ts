/**
 * The mention engine: reads the page's text (and its open shadow roots), keeps the index of mentions,
 * highlights those near the viewport and follows the page as it changes. `start()` reads the whole page
 * and follows it; `stop()` clears every highlight and the index at once.
 */
import type { MentionMatcher } from '@/utils/match';
import { firstOfEach } from '@/utils/first-mentions';
import type { HighlightStyle, MentionScope } from '@/utils/settings-schema';
import { BlockRecorder } from './block-recorder';
import { Highlighter } from './highlighter';
import type { MentionIndex } from './mention-index';
import { MentionStore } from './mention-store';
import { PageObserver } from './page-observer';
import { reportFailure } from './report-failure';
import { runScanPass } from './scan-pass';
import type { ScanRoot, ScanSink } from './scan-types';
import { ShadowStyles } from './shadow-styles';
import { ViewportRegistry } from './viewport-registry';
import { afterNextFrame } from './yield-to-page';

interface Running {
  highlighter: Highlighter;
  shadowStyles: ShadowStyles;
  viewport: ViewportRegistry;
  recorder: BlockRecorder;
  observer: PageObserver;
}

export class MentionEngine {
  readonly index: MentionIndex;
  private readonly store = new MentionStore();
  private running: Running | undefined;
  /** Roots waiting for the next pass; `full` means the whole page. */
  private pending: ScanRoot[] = [];
  private full = false;
  /** Bumped by stop() and by a matcher change, so an unfinished pass gives up. */
  private generation = 0;
  private passing = false;
  private cancelFrame: (() => void) | undefined;

  constructor(
    private match: MentionMatcher,
    private style: HighlightStyle,
    private scope: MentionScope = 'every',
  ) {
    const { store } = this;
    store.subscribe(() => this.applyScope());
    this.index = {
      all: () => store.all(),
      at: (node, offset) => store.at(node, offset),
      inText: (node) => store.inText(node),
      counts: () => store.counts(),
      subscribe: (listener) => store.subscribe(listener),
      lastDomChange: () => this.running?.observer.lastChange ?? 0,
      setActive: (mention) => this.running?.highlighter.setActive(mention?.range),
    };
  }

  start(): void {
    if (this.running !== undefined) return;
    const highlighter = new Highlighter(this.style);
    const viewport = new ViewportRegistry(highlighter, (key) => this.enqueue({ node: key, mode: 'shallow' }));
    const observer = new PageObserver(() => this.schedule());
    observer.observe(document);
    const recorder = new BlockRecorder(this.store, viewport);
    this.running = { highlighter, shadowStyles: new ShadowStyles(), viewport, recorder, observer };
    this.applyScope();
    this.full = true;
    this.schedule();
  }

  stop(): void {
    this.generation++;
    this.cancelFrame?.();
    this.cancelFrame = undefined;
    this.pending = [];
    this.full = false;
    const { running } = this;
    this.running = undefined;
    if (running !== undefined) {
      running.observer.disconnect();
      running.viewport.destroy();
      running.highlighter.destroy();
      running.shadowStyles.destroy();
    }
    this.store.clear();
    this.store.notify();
  }

  /** A new matcher (entities muted or unmuted): read the whole page again. */
  setMatcher(match: MentionMatcher): void {
    this.match = match;
    if (this.running === undefined) return;
    this.generation++;
    this.full = true;
    this.schedule();
  }

  setStyle(style: HighlightStyle): void {
    this.style = style;
    this.running?.highlighter.setStyle(style);
  }

  /** Highlight every mention, or only each name's first (the index keeps them all either way). */
  setScope(scope: MentionScope): void {
    if (scope === this.scope) return;
    this.scope = scope;
    this.applyScope();
  }

  destroy(): void {
    this.stop();
  }

  private applyScope(): void {
    const highlighter = this.running?.highlighter;
    if (highlighter === undefined) return;
    highlighter.only(
      this.scope === 'first' ? firstOfEach(this.store.all()).map((mention) => mention.range) : undefined,
    );
  }

  private enqueue(root: ScanRoot): void {
    this.pending.push(root);
    this.schedule();
  }

  private schedule(): void {
    if (this.running === undefined || this.passing || this.cancelFrame !== undefined) return;
    this.cancelFrame = afterNextFrame(() => {
      this.cancelFrame = undefined;
      this.pass().catch((error: unknown) => {
        reportFailure('Reading the page', error);
        this.stop();
      });
    });
  }

  private async pass(): Promise<void> {
    const running = this.running;
    if (running === undefined) return;
    const start = performance.now();
    const generation = this.generation;
    const full = this.full;
    const roots = this.pending;
    this.pending = [];
    this.full = false;
    const changed = running.observer.takeRoots();
    if (full) {
      roots.length = 0;
      // Pages without a body (SVG or XML documents) have no text to read.
      if (document.body !== null) roots.push({ node: document.body, mode: 'deep' });
      running.recorder.beginFullPass();
    } else {
      roots.push(...changed);
    }
    if (running.observer.takeRemoved()) running.recorder.dropDisconnected();
    if (roots.length === 0) {
      // Only removals (or no body): nothing to read, so no scan pass to record.
      if (full) running.recorder.endFullPass(true);
      this.store.notify();
      return;
    }
    this.passing = true;
    try {
      const sink = this.sink(running, roots, full);
      const isCurrent = () => this.generation === generation;
      const detail = await runScanPass(roots, this.match, sink, isCurrent, this.pending, start);
      if (full) running.recorder.endFullPass(detail !== undefined);
      this.store.notify();
    } finally {
      this.passing = false;
    }
    if (this.pending.length > 0 || this.full || running.observer.hasChanges) this.schedule();
  }

  private sink(running: Running, roots: ScanRoot[], full: boolean): ScanSink {
    return {
      // A full pass drops the blocks it did not meet again (BlockRecorder), so it skips the empty ones.
      reportEmpty: !full,
      block: (key, found) => running.recorder.record(key, found),
      shadowRoot: (root) => {
        running.shadowStyles.adopt(root);
        if (running.observer.follow(root) || full) roots.push({ node: root, mode: 'deep' });
      },
    };
  }
}
