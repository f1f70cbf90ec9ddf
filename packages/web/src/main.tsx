import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App, loadFirstPage } from './app/App.js';
import { I18nProvider } from './shared/i18n.js';
import './styles.css';

function render() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nProvider>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </I18nProvider>
    </StrictMode>,
  );
}

// The server asked for the first page's code and data along with this script: wait for them rather
// than show loading indicators for the moment they take, which the content would then push down.
// A page that fails to load then fails on render, as later ones do.
void loadFirstPage(location).then(render, render);
