/** Copy for the embed builder page (`#/embed`). */
export const EMBED_BUILDER = {
  title: 'Embed this tool on your intranet',
  intro: [
    'Put Should I connect? on a page of your intranet: SharePoint, Confluence, Google Sites or any web page. Choose how it should look, check the preview, then copy the code.',
    'The embedded tool stores nothing and needs no cookies. Answers stay in the reader’s browser, as they do here.',
  ],
  optionsTitle: 'Your options',
  firm: {
    label: 'Your firm’s name (optional)',
    hint: 'Shown above the questions as “Guidance for … people”. Plain text, up to 80 characters.',
    error: 'Use plain text of up to 80 characters, without < or >.',
  },
  accent: {
    label: 'Accent colour (optional)',
    hint: 'Six hex digits, such as 00467f or #00467f. Buttons take this colour with black or white text; links keep it only where it stays easy to read.',
    error: 'Enter six hex digits (0–9, a–f), such as 00467f.',
  },
  theme: {
    legend: 'Colours',
    options: [
      { value: 'auto', label: 'Follow each reader’s device setting' },
      { value: 'light', label: 'Always light' },
      { value: 'dark', label: 'Always dark' },
    ],
  },
  lang: {
    legend: 'Language',
    hint: 'Every word of the tool, and the advice, in English or in Québec French.',
    options: [
      { value: 'en', label: 'English' },
      { value: 'fr', label: 'French (Québec)' },
    ],
  },
  body: {
    label: 'Professional body',
    hint: 'Choose one if everyone who will use the page answers to the same body: the tool then skips that question.',
    askEach: 'Ask each reader',
    other: 'Another profession or body',
    none: 'Not regulated',
  },
  contact: {
    label: 'Where to send questions (optional)',
    hint: 'An e-mail address or an https:// page, such as your knowledge or risk team’s. Shown as “Questions? Ask …”.',
    error: 'Enter an e-mail address or a web address that starts with https://.',
  },
  showTitle: {
    label: 'Show the tool’s name above the questions',
    hint: 'Untick it if your page already has a heading for the tool.',
  },
  events: {
    label: 'Tell the page when someone reaches a recommendation (loader code only)',
    hint: 'Sends a dt:complete message with the recommendation’s id, for your own statistics. Off unless you tick it: a recommendation can be sensitive.',
  },
  height: {
    label: 'Height of the frame in pixels (iframe code only)',
    hint: 'SharePoint and most intranets keep an embed at a fixed height. Longer screens scroll inside the frame.',
    error: 'Enter a whole number from 400 to 3000.',
  },
  previewTitle: 'Preview',
  firmPreview: {
    title: 'Preview of your firm’s points',
    hint: 'What a reader sees under your firm’s name on a recommendation, from the form as it stands. Choose a recommendation to see which points apply to it.',
    outcome: 'Recommendation to preview',
    empty: 'Your points show here once the firm file has a firm name, a date and no mistakes.',
    none: 'None of your points applies to this recommendation, so readers see nothing of your firm’s here.',
  },
  /** Beside the code: an option left out of it, and why. */
  leftOut: (label: string, error: string) =>
    `Not in this code yet: ${label.replace(/ \(.*\)$/, '').toLowerCase()}. ${error}`,
  previewHint:
    'This is the real tool at the height you chose, as the iframe code shows it. Answers given here go nowhere.',
  snippetsTitle: 'Copy the code',
  iframe: {
    title: 'For SharePoint, Confluence and Google Sites: iframe code',
    hint: 'Works wherever you can paste an iframe. The frame keeps the height you chose; a longer screen scrolls inside it.',
    label: 'Iframe code',
    copy: 'Copy iframe code',
  },
  loader: {
    title: 'For pages that allow scripts: loader code',
    hint: 'For a plain HTML page or a content system that lets you add a script. The frame then grows and shrinks with each screen, so it never scrolls inside.',
    label: 'Loader code',
    copy: 'Copy loader code',
  },
  sharePointTitle: 'Adding it to a SharePoint page',
  sharePointSteps: (host: string) => [
    `A SharePoint administrator adds ${host} to the site’s allowed domains once: Site settings, then HTML Field Security, then “Allow iframes from this domain”.`,
    'Edit your page, choose + where the tool should go, and add an Embed web part.',
    'Paste the iframe code into “Website address or embed code”, then republish the page.',
    'SharePoint never resizes an embed: choose a height that suits your page. Readers can always use “Open full page” for a bigger view.',
  ],
  refusedTitle: 'If the frame says it refused to connect',
  refused:
    'The server that hosts this tool must allow your intranet to show it. Ask whoever runs it to add your intranet’s address (and, for pages shown in Teams, Microsoft’s Teams addresses) to its Content-Security-Policy frame-ancestors header.',
  otherHostsTitle: 'Other intranets',
  otherHosts: [
    'Confluence: use an HTML or iframe macro, if your administrators have enabled one, and paste the iframe code.',
    'Google Sites: choose Insert, then Embed, then “Embed code”, and paste the iframe code.',
    'A plain HTML page: paste the loader code where the tool should appear.',
  ],
} as const;
