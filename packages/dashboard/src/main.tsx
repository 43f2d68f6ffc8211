import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { Providers } from './app/providers';
import { router } from './app/router';
import { prepareLanguage } from './lib/i18n';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// English is a chunk of its own (lib/i18n.ts): a visitor who chose it waits for its words rather
// than seeing the page in Indonesian first. Indonesian is in this bundle and renders at once.
void prepareLanguage().then(() =>
  createRoot(root).render(
    <StrictMode>
      <Providers>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>,
  ),
);
