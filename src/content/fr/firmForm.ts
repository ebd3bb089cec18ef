import type { FIRM_FORM as English } from '../firmForm';
import type { Translation } from '../translation';
import { longDate } from './site';

export const FIRM_FORM: Translation<typeof English> = {
  title: 'Le fichier de paramètres de votre cabinet (facultatif)',
  intro: [
    'Ajoutez la politique de votre cabinet à chaque recommandation : les points à suivre, les personnes à joindre et votre politique sur les médias sociaux. Remplissez le formulaire, vérifiez l’aperçu, puis téléchargez le fichier et placez-le à côté de l’outil sous le nom firm.json.',
    'Tout ce que contient le fichier s’affiche en texte brut. Si le fichier contient une erreur, l’outil affiche un court avis et fonctionne sans lui.',
  ],
  open: {
    button: 'Ouvrir les paramètres de ce site',
    hint: (path) =>
      `Remplit le formulaire à partir de ${path}, les paramètres que ce site sert en ce moment, pour que vous puissiez les modifier. Remplace ce que contient le formulaire.`,
    opening: (path) => `Ouverture de ${path}…`,
    opened: (path) =>
      `${path} est ouvert. Le formulaire contient maintenant ces paramètres : modifiez ce qu’il faut.`,
    none: (path) =>
      `Ce site ne sert encore aucun fichier ${path} : il n’y a rien à ouvrir. Le formulaire n’a pas changé.`,
    failed: (problem) => `${problem} Le formulaire n’a pas changé.`,
  },
  firm: {
    label: 'Nom du cabinet',
    hint: 'Affiché au-dessus de vos points. Texte brut, jusqu’à 80 caractères.',
  },
  firmOther: {
    label: 'Nom du cabinet en anglais (facultatif)',
    hint: 'Affiché sur les pages anglaises de l’outil. Laissez vide pour y afficher aussi le nom ci-dessus.',
  },
  revised: {
    label: 'Date de votre dernière révision de ces paramètres',
    hint: 'Au format AAAA-MM-JJ, comme 2026-12-01. Figure dans la trace qu’une avocate ou un avocat garde d’une décision.',
  },
  policyUrl: {
    label: 'Lien vers votre politique sur les médias sociaux (facultatif)',
    hint: 'Une adresse Web commençant par https://, comme une page de votre intranet.',
  },
  contacts: {
    legend: 'Contacts',
    hint: 'Jusqu’à 6 personnes ou équipes que vos points et les signaux d’alarme peuvent nommer.',
    item: (n) => `Contact ${n}`,
    add: 'Ajouter un contact',
    addAnother: 'Ajouter un autre contact',
    remove: (n) => `Retirer le contact ${n}`,
    max: 'Vous avez ajouté le nombre maximal de contacts qu’un fichier peut contenir (6).',
    label: { label: 'Nom affiché', hint: 'Par exemple, Gestion des risques et conformité.' },
    labelOther: {
      label: 'Nom en anglais (facultatif)',
      hint: 'Par exemple, Risk and Compliance. Laissez vide pour y afficher aussi le nom ci-dessus.',
    },
    href: {
      label: 'Courriel ou adresse Web',
      hint: 'mailto: suivi d’une adresse (comme mailto:risques@example.com), ou une page commençant par https://.',
    },
    id: {
      label: 'Identifiant court',
      hint: 'Sert seulement dans le fichier : lettres minuscules, chiffres et traits d’union, comme risques.',
    },
  },
  escalate: {
    label: 'Qui prévenir en cas de signal d’alarme (facultatif)',
    hint: 'Nommé dans chaque recommandation de ne pas accepter, comme la personne à prévenir sans attendre.',
    none: 'Personne en particulier',
  },
  body: {
    label: 'Ordre professionnel (facultatif)',
    hint: 'Choisissez-en un si tout le monde à votre cabinet relève du même ordre : l’outil saute alors cette question.',
    askEach: 'Demander à chaque personne',
  },
  points: {
    legend: 'Vos points',
    hint: 'Jusqu’à 20 points courts. Chacun s’affiche dans les recommandations où ses conditions sont remplies.',
    item: (n) => `Point ${n}`,
    add: 'Ajouter un point',
    addAnother: 'Ajouter un autre point',
    remove: (n) => `Retirer le point ${n}`,
    max: 'Vous avez ajouté le nombre maximal de points qu’un fichier peut contenir (20).',
    text: { label: 'Ce qu’il faut faire', hint: 'Texte brut, jusqu’à 300 caractères.' },
    textOther: {
      label: 'Ce qu’il faut faire, en anglais (facultatif)',
      hint: 'Affiché sur les pages anglaises de l’outil. Laissez vide pour y afficher aussi le texte ci-dessus.',
    },
    contact: { label: 'Contact pour ce point (facultatif)', none: 'Aucun contact' },
    first: {
      label: 'À faire avant toute autre chose sur LinkedIn',
      hint: 'Le point passe alors en tête de la marche à suivre là où il s’affiche, par exemple « parlez aux Communications avant d’accepter une ou un journaliste ».',
    },
    when: {
      label: 'Quand l’afficher',
      hint: 'Ne cochez aucune case pour afficher le point dans toutes les recommandations. Des cases cochées dans un seul groupe : n’importe laquelle suffit. Des cases cochées dans plusieurs groupes : chaque groupe doit correspondre.',
      outcome: 'Recommandation',
      everywhere: 'Affiché dans toutes les recommandations.',
      onlyWhen: (groups) => `Affiché seulement quand tout ceci correspond : ${groups.join('; ')}.`,
    },
  },
  approved: {
    legend: 'L’approbation de votre cabinet (facultative)',
    hint: (advice) =>
      `Une fois que votre équipe a revu la page des sources (les conseils dans leur version du ${longDate(advice)}), indiquez qui a approuvé l’outil et quand : chaque recommandation le dira. Le fichier garde la trace de cette version des conseils.`,
    by: {
      label: 'Approuvé par',
      hint: 'Par exemple, Gestion des risques et conformité. Texte brut, jusqu’à 80 caractères.',
    },
    on: { label: 'Date de l’approbation', hint: 'Au format AAAA-MM-JJ, comme 2026-12-01.' },
  },
  json: {
    label: 'Votre firm.json',
    hint: 'Voici le fichier. Vous pouvez aussi le copier d’ici.',
  },
  download: 'Télécharger firm.json',
  invalid: (n) =>
    n === 1
      ? 'Il reste 1 problème à corriger avant de pouvoir télécharger le fichier.'
      : `Il reste ${n} problèmes à corriger avant de pouvoir télécharger le fichier.`,
  showProblems: 'Afficher les problèmes',
};
