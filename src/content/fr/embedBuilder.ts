import type { EMBED_BUILDER as English } from '../embedBuilder';
import type { Translation } from '../translation';

// SharePoint's and Google Sites' menus keep their English names, in quotation marks: their
// French names are not confirmed by a source we could check.
export const EMBED_BUILDER: Translation<typeof English> = {
  title: 'Intégrer cet outil à votre intranet',
  intro: [
    'Placez l’outil « Accepter ou non? » sur une page de votre intranet : SharePoint, Confluence, Google Sites ou toute autre page Web. Choisissez son apparence, vérifiez l’aperçu, puis copiez le code.',
    'L’outil intégré ne conserve rien et n’a besoin d’aucun témoin de navigation (cookie). Les réponses restent dans le navigateur de la personne qui l’utilise, comme ici.',
  ],
  optionsTitle: 'Vos options',
  firm: {
    label: 'Nom de votre cabinet (facultatif)',
    hint: 'Affiché au-dessus des questions sous la forme « Conseils pour les membres du cabinet … ». Texte brut, jusqu’à 80 caractères.',
    error: 'Utilisez du texte brut d’au plus 80 caractères, sans < ni >.',
  },
  accent: {
    label: 'Couleur d’accent (facultative)',
    hint: 'Six chiffres hexadécimaux, comme 00467f ou #00467f. Les boutons prennent cette couleur, avec du texte noir ou blanc; les liens la gardent seulement là où elle reste facile à lire.',
    error: 'Entrez six chiffres hexadécimaux (0–9, a–f), comme 00467f.',
  },
  lang: {
    legend: 'Langue',
    hint: 'Tous les mots de l’outil, et les conseils, en anglais ou en français du Québec.',
    options: [
      { value: 'en', label: 'Anglais' },
      { value: 'fr', label: 'Français (Québec)' },
    ],
  },
  theme: {
    legend: 'Couleurs',
    options: [
      { value: 'auto', label: 'Suivre le réglage de l’appareil de chaque personne' },
      { value: 'light', label: 'Toujours clair' },
      { value: 'dark', label: 'Toujours foncé' },
    ],
  },
  body: {
    label: 'Ordre professionnel',
    hint: 'Choisissez-en un si toutes les personnes qui utiliseront la page relèvent du même ordre : l’outil saute alors cette question.',
    askEach: 'Demander à chaque personne',
    other: 'Une autre profession ou un autre ordre',
    none: 'Profession non réglementée',
  },
  contact: {
    label: 'Où envoyer les questions (facultatif)',
    hint: 'Une adresse courriel ou une page https://, comme celle de votre équipe de gestion du savoir ou des risques. Affiché sous la forme « Des questions? … ».',
    error: 'Entrez une adresse courriel ou une adresse Web commençant par https://.',
  },
  showTitle: {
    label: 'Afficher le nom de l’outil au-dessus des questions',
    hint: 'Décochez la case si votre page a déjà un titre pour l’outil.',
  },
  events: {
    label:
      'Prévenir la page quand une personne arrive à une recommandation (code de chargement seulement)',
    hint: 'Envoie un message dt:complete avec l’identifiant de la recommandation, pour vos propres statistiques. Désactivé tant que vous ne cochez pas la case : une recommandation peut être délicate.',
  },
  height: {
    label: 'Hauteur du cadre en pixels (code iframe seulement)',
    hint: 'SharePoint et la plupart des intranets gardent une intégration à une hauteur fixe. Les écrans plus longs défilent à l’intérieur du cadre.',
    error: 'Entrez un nombre entier de 400 à 3000.',
  },
  previewTitle: 'Aperçu',
  firmPreview: {
    title: 'Aperçu des points de votre cabinet',
    hint: 'Ce qu’une personne voit sous le nom de votre cabinet dans une recommandation, d’après le formulaire tel qu’il est. Choisissez une recommandation pour voir quels points s’y appliquent.',
    outcome: 'Recommandation à prévisualiser',
    empty:
      'Vos points s’affichent ici dès que le fichier du cabinet a un nom de cabinet, une date et aucune erreur.',
    none: 'Aucun de vos points ne s’applique à cette recommandation : les gens n’y voient donc rien de votre cabinet.',
  },
  // The label loses its « (facultatif) », as in English.
  leftOut: (label, error) =>
    `Pas encore dans ce code : ${label.replace(/ \(.*\)$/, '').toLowerCase()}. ${error}`,
  previewHint:
    'Voici le vrai outil, à la hauteur choisie, tel que le code iframe l’affiche. Les réponses données ici ne vont nulle part.',
  snippetsTitle: 'Copier le code',
  iframe: {
    title: 'Pour SharePoint, Confluence et Google Sites : code iframe',
    hint: 'Fonctionne partout où vous pouvez coller un iframe. Le cadre garde la hauteur choisie; un écran plus long défile à l’intérieur.',
    label: 'Code iframe',
    copy: 'Copier le code iframe',
  },
  loader: {
    title: 'Pour les pages qui acceptent les scripts : code de chargement',
    hint: 'Pour une page HTML simple ou un système de gestion de contenu qui permet d’ajouter un script. Le cadre s’agrandit et rapetisse alors avec chaque écran : il ne défile jamais à l’intérieur.',
    label: 'Code de chargement',
    copy: 'Copier le code de chargement',
  },
  sharePointTitle: 'L’ajouter à une page SharePoint',
  sharePointSteps: (host) => [
    `Une administratrice ou un administrateur SharePoint ajoute une fois ${host} aux domaines autorisés du site : « Site settings » (paramètres du site), puis « HTML Field Security » (sécurité des champs HTML), puis « Allow iframes from this domain » (autoriser les iframes de ce domaine).`,
    'Modifiez votre page, choisissez + là où l’outil doit aller, puis ajoutez un composant « Embed ».',
    'Collez le code iframe dans « Website address or embed code », puis publiez de nouveau la page.',
    'SharePoint ne redimensionne jamais une intégration : choisissez une hauteur qui convient à votre page. Les gens peuvent toujours utiliser « Ouvrir en pleine page » pour une vue plus grande.',
  ],
  refusedTitle: 'Si le cadre indique un refus de connexion',
  refused:
    'Le serveur qui héberge cet outil doit permettre à votre intranet de l’afficher. Demandez à la personne qui le gère d’ajouter l’adresse de votre intranet (et, pour les pages affichées dans Teams, les adresses Teams de Microsoft) à son en-tête Content-Security-Policy frame-ancestors.',
  otherHostsTitle: 'Autres intranets',
  otherHosts: [
    'Confluence : utilisez une macro HTML ou iframe, si vos administrateurs en ont activé une, et collez-y le code iframe.',
    'Google Sites : choisissez « Insert », puis « Embed », puis « Embed code », et collez le code iframe.',
    'Une page HTML simple : collez le code de chargement là où l’outil doit apparaître.',
  ],
};
