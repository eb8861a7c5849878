import { render } from 'preact';
import '../../components/styles/card.css';
import '../../components/styles/surface.css';
import './options.css';
import { t } from '../../platform/i18n';
import { App } from './App';

// The language the strings are shown in (a German browser gets the English fallback: lang=en).
document.documentElement.lang = t('ui_lang');
document.title = t('options_title');
render(<App />, document.getElementById('app')!);
