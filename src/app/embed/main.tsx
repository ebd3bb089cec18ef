import '../../styles.css';
import '../../embed/embed.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { unstable_HistoryRouter as HistoryRouter } from 'react-router';
import { repairLocation } from '../../share/repair';
import { browserHost, createBridge, watchHeight } from '../../embed/bridge';
import { EmbedApp } from './EmbedApp';
import { createFrameHashHistory } from '../../embed/history';
import { parseEmbedOptions } from '../../embed/options';
import { applyPresentation } from '../../embed/presentation';
import { firmSettings } from '../../firm/loadSettings';
import { LANGUAGE } from '../../content/language';

// `lang=` asks for the other language's embed: the same options and answers, in its folder
// (each language is its own build, docs/decisions/016-languages.md).
const lang = new URLSearchParams(window.location.search).get('lang');
if (lang === LANGUAGE.other.code) {
  const { search, hash } = window.location;
  window.location.replace(`${LANGUAGE.other.path}embed.html${search}${hash}`);
} else start();

function start() {
  // The firm's settings file is fetched alongside the app's code and read when a screen needs
  // it: it never holds up the first question.
  void firmSettings();

  // embed.html?<options>#/decision?v=1&…: presentation options in the query string, answers in
  // the fragment (as in a share link).
  repairLocation();
  const host = browserHost();
  // The firm's name and contact count only in a frame on another page (embed/options.ts).
  const options = parseEmbedOptions(window.location.search, { framed: host !== null });
  applyPresentation(options);

  // Screen changes the reader causes are reported to the parent; the ones on load, or made
  // by the parent changing the frame's address, are not. Counting the reader's presses lets
  // EmbedApp tell whether one came after the last change from outside.
  let inputs = 0;
  const readerInputs = () => inputs;
  const countInput = () => {
    inputs += 1;
  };
  document.addEventListener('pointerdown', countInput, { capture: true });
  document.addEventListener('keydown', countInput, { capture: true });

  const bridge = host
    ? createBridge(
        {
          frameId: options.frameId,
          events: options.events,
          // A parent script sizes the frame to its content: no scrollbar gutter to reserve.
          onLinked: () => document.documentElement.classList.add('dt-linked'),
        },
        host,
      )
    : null;
  if (bridge) watchHeight(bridge);

  const root = document.getElementById('root');
  if (root) {
    createRoot(root).render(
      <StrictMode>
        <HistoryRouter history={createFrameHashHistory()}>
          <EmbedApp options={options} bridge={bridge} readerInputs={readerInputs} />
        </HistoryRouter>
      </StrictMode>,
    );
  }
}
