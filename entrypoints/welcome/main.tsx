import { render } from 'preact';
import '../../components/styles/surface.css';
import '../options/options.css';
import './welcome.css';
import { t } from '../../platform/i18n';
import { App } from './App';

// Opened once, on install (entrypoints/background/welcome.ts).
document.documentElement.lang = t('ui_lang');
document.title = t('welcome_title');
render(<App />, document.getElementById('app')!);
