import { ArticleFrame } from './ArticleView';
import './article-view.css';

interface ArticleProblemProps {
  /** What went wrong, in a sentence or two, announced as an alert. */
  message: string;
}

/** The article view when the address names no readable document: why, and the way to the library. */
export default function ArticleProblem({ message }: ArticleProblemProps) {
  return (
    <ArticleFrame>
      <main class="av-problem">
        <h1>This document cannot be shown</h1>
        <p role="alert">{message}</p>
        <p>
          <a href="/library.html">Open your library</a>
        </p>
      </main>
    </ArticleFrame>
  );
}
