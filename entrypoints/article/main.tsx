import { render } from 'preact';

// Placeholder until the article view lands.
const root = document.getElementById('app');
if (root) render(<h1>Article</h1>, root);
