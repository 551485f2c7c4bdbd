import { corpusAvailable } from './corpus-pages';
import { corpusDir } from './static-server';

/** Says once, before the run, what a clone with nothing beside it does not test. */
export default function globalSetup(): void {
  if (!corpusAvailable) {
    console.log(
      `Not run: the tests on real saved pages (corpus DOM identity and page errors, hand-checked mentions in Chromium and Firefox, real-page screenshots), since ${corpusDir} is absent.`,
    );
  }
}
