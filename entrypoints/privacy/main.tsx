import { render } from 'preact';
import '../../components/styles/surface.css';
import './privacy.css';
import { PlainMarkdown } from '../../components/PlainMarkdown';
// The repository's policy itself, so the page and docs/privacy.md cannot drift apart.
import policy from '../../docs/privacy.md?raw';

render(<PlainMarkdown source={policy} />, document.getElementById('app')!);
