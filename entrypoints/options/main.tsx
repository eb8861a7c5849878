import { render } from 'preact';
import '../../components/styles/card.css';
import '../../components/styles/surface.css';
import './options.css';
import { t, uiLocale } from '../../platform/i18n';
import { App } from './App';

document.documentElement.lang = uiLocale();
document.title = t('options_title');
render(<App />, document.getElementById('app')!);
