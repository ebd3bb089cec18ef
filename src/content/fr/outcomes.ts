import type {
  ACCEPT_TIPS as EnglishTips,
  CHECK_RULES_THEN as EnglishThen,
  CHECK_RULES_WHOM as EnglishWhom,
  DONT_CONNECT_RESTRICTED as EnglishRestricted,
  IGNORE_IS_DISCREET as EnglishDiscreet,
  OBJECTIVES_IN_REASONS as EnglishObjectives,
  OUTCOME_CONTENT as EnglishContent,
  QUESTIONS_TO_ASK as EnglishAsk,
  REASONS as EnglishReasons,
  RED_FLAG_REASONS as EnglishFlags,
} from '../outcomes';
import type { RedFlag } from '../../decision/steps';
import { outcomeReaders } from '../outcomeVariants';
import type { Translation } from '../translation';

// LinkedIn's French help, where we could check it, does not confirm its French button names:
// they are given in English, in quotation marks, with what they do said in French (as in
// message.ts). The headings quoted here («Qui prévenir maintenant», «À garder en tête») are
// the outcome screen's, in fr/site.ts.

const FIND = 'Trouvez l’invitation (en général dans « My Network », sous « Invitations »)';
const IGNORE_UNTOLD =
  'choisissez plutôt « Ignore », le bouton pour l’ignorer : selon l’aide de LinkedIn (2015–2016), la personne n’en est pas avertie.';

// The outcome words keep the English type: reasons.ts and outcomeVariants.ts hand them on as
// OutcomeContent.
export const OUTCOME_CONTENT: typeof EnglishContent = {
  accept: {
    title: 'Acceptez l’invitation',
    summary:
      'Cette personne correspond à vos raisons d’être sur LinkedIn, et rien dans vos réponses ne s’y oppose.',
    nextSteps: [
      `${FIND} et choisissez « Accept », le bouton pour accepter.`,
      'Envoyez un court mot de bienvenue : remerciez la personne et mentionnez ce que vous avez en commun.',
      'Vérifiez ce que vos relations peuvent voir de votre profil et de vos propres relations, et modifiez vos paramètres de confidentialité au besoin.',
    ],
  },
  ignore: {
    title: 'Ignorez l’invitation',
    summary: 'Rien ne justifie de vous connecter, et ignorer une invitation est discret et poli.',
    nextSteps: [
      `${FIND} et choisissez « Ignore », le bouton pour l’ignorer.`,
      'Vous n’avez pas à envoyer de message ni à donner de raison.',
      'Si cette personne vous invite de nouveau plus tard avec une raison claire, vous pourrez y repenser.',
    ],
  },
  'report-spam': {
    title: 'Signalez l’invitation comme pourriel, puis ignorez-la',
    summary:
      'Cela ressemble à du vrai pourriel : c’est à cela que sert l’option de signalement de LinkedIn.',
    nextSteps: [
      'Ne cliquez sur aucun lien de l’invitation ou du profil, et ne répondez pas.',
      'Cherchez l’option de LinkedIn pour signaler l’invitation ou la personne (souvent dans un menu « More » ou « … », ou proposée après « Ignore ») et suivez ses étapes.',
      'Ignorez ensuite l’invitation, si elle est encore là, pour qu’elle quitte votre liste.',
      'Si elle prétend venir d’une cliente ou d’un client, d’une ou d’un collègue ou de votre cabinet, avertissez l’équipe informatique ou de sécurité de votre cabinet.',
    ],
  },
  wait: {
    title: 'Laissez l’invitation en attente jusqu’à sa réponse',
    summary:
      'Vous avez demandé à cette personne pourquoi elle veut se connecter. Sa réponse tranchera.',
    nextSteps: [
      'Si ce n’est pas déjà fait, envoyez la note de cette page sans accepter.',
      'Laissez l’invitation en attente : vous n’avez pas à y répondre tout de suite.',
      'Quand elle répondra, ouvrez le lien de cette page et répondez à la question sur sa réponse.',
    ],
  },
  'check-rules': {
    title: 'Attendez, et vérifiez d’abord les lignes directrices de votre ordre professionnel',
    summary:
      'Vous ne saviez pas ce que permettent vos règles. Renseignez-vous avant d’accepter ou d’écrire à cette personne; notre recommandation pour le cas où elles le permettent est sur cette page.',
    nextSteps: [
      'Laissez l’invitation en attente pour l’instant : vous n’avez pas à y répondre tout de suite.',
      'Lisez les lignes directrices de votre ordre professionnel sur les médias sociaux : leur lien est sur cette page.',
      'Si ce n’est toujours pas clair, consultez l’équipe de gestion des risques ou de conformité de votre cabinet, ou la ligne d’aide en déontologie de votre ordre.',
      'Une fois que vous savez que vos règles le permettent, suivez notre recommandation pour ce cas.',
    ],
  },
  'dont-connect': {
    title: 'N’acceptez pas, et ne discutez pas du dossier avec cette personne',
    summary:
      'Vous connecter ici pourrait enfreindre les règles de déontologie qui s’appliquent à vous et à votre cabinet.',
    nextSteps: redFlagSteps('opposing-party', true),
  },
};

export const ACCEPT_AFTER_REPLY_SUMMARY =
  'Quand vous lui avez demandé pourquoi elle veut se connecter, cette personne a donné une vraie raison, et rien d’autre dans vos réponses ne s’y oppose.';

export const DONT_CONNECT_RESTRICTED: typeof EnglishRestricted = {
  title: 'N’acceptez pas : vos règles le restreignent',
  summary:
    'Vous avez indiqué que vos règles restreignent les connexions avec des personnes que vous n’avez jamais rencontrées.',
  nextSteps: [
    'Choisissez « Ignore » sur l’invitation : selon l’aide de LinkedIn (2015–2016), la personne n’en est pas avertie.',
    'Vous n’avez pas à envoyer de message ni à donner de raison.',
    'Si vous pensez qu’une exception peut s’appliquer, consultez l’équipe de gestion des risques ou de conformité de votre cabinet, ou la ligne d’aide en déontologie de votre ordre, avant d’accepter.',
  ],
};

export function redFlagSteps(flag: RedFlag, regulated: boolean): string[] {
  const juror = flag === 'juror';
  const whom = regulated
    ? 'l’avocate ou l’avocat qui vous supervise (si vous êtes juriste d’entreprise : votre chef du contentieux)'
    : `l’avocate ou l’avocat responsable du ${juror ? 'procès' : 'dossier'}`;
  return [
    `Gardez d’abord une copie : une capture d’écran datée de l’invitation.${flag === 'witness' || juror ? ' N’ouvrez pas son profil.' : ''}`,
    `Prévenez dès maintenant ${whom}${juror ? ', avant la prochaine séance du tribunal' : ''}, ainsi que toute autre personne nommée sous « Qui prévenir maintenant ».`,
    'Ensuite seulement, choisissez « Ignore » (selon l’aide de LinkedIn en 2015–2016, la personne n’en est pas avertie). N’acceptez pas, ne répondez pas et ne discutez pas du dossier.',
    'Versez la copie au dossier avec une courte note.',
    regulated
      ? 'Si vous avez accepté par erreur, n’envoyez aucun message, retirez la relation et notez ce qui s’est passé.'
      : 'Si vous avez accepté par erreur, n’envoyez aucun message, retirez la relation et prévenez l’avocate ou l’avocat responsable du dossier.',
  ];
}

export const CHECK_RULES_THEN: typeof EnglishThen = {
  accept: {
    title: 'Une fois que vos règles le permettent : acceptez',
    summary:
      'Cette personne correspond à vos raisons d’être sur LinkedIn, et rien d’autre dans vos réponses ne s’y oppose.',
    nextSteps: [
      `Quand vous savez que vos règles le permettent, ${FIND.charAt(0).toLowerCase()}${FIND.slice(1)} et choisissez « Accept ».`,
      'Envoyez un court mot de bienvenue : remerciez la personne et mentionnez ce que vous avez en commun.',
      `Si vos règles ne le permettent pas, ${IGNORE_UNTOLD}`,
    ],
  },
  'ask-why': {
    title: 'Une fois que vos règles le permettent : demandez-lui pourquoi',
    summary:
      'Vous ne voyez pas pourquoi cette personne veut se connecter : demandez-le-lui avant de décider.',
    nextSteps: [
      'Quand vous savez que vos règles le permettent, envoyez-lui une courte note pour lui demander pourquoi elle veut se connecter, sans accepter (la note est sur cette page).',
      'Si LinkedIn vous offre une option « Message » ou « Reply » sur l’invitation, utilisez-la pour lui écrire : répondre n’accepte pas l’invitation.',
      `Si vos règles ne le permettent pas, ${IGNORE_UNTOLD}`,
    ],
  },
};

export { checkRulesThen } from '../outcomeVariants';

export const CHECK_RULES_WHOM: Translation<typeof EnglishWhom> = {
  title: 'À qui vous adresser',
  firmFirst:
    'L’équipe de gestion des risques ou de conformité de votre cabinet, ou l’associée ou l’associé responsable de la déontologie.',
  helpline: 'Les lignes d’aide en déontologie de votre ordre professionnel :',
  noHelpline:
    'Votre ordre professionnel : nous ne connaissons pas sa ligne d’aide, alors cherchez sur son site un service de consultation en déontologie ou en pratique professionnelle.',
};

export const IGNORE_IS_DISCREET: Translation<typeof EnglishDiscreet> = {
  question: 'La personne saura-t-elle que j’ai ignoré son invitation?',
  answer:
    'Selon l’aide de LinkedIn en 2015–2016, LinkedIn ne l’avertit pas que vous avez ignoré l’invitation : elle pourrait donc vous inviter de nouveau un jour. Nous n’avons pas pu confirmer ce qu’elle en voit aujourd’hui.',
};

export const SPAM_FOOTNOTE =
  'Réservez l’option de signalement de LinkedIn au vrai pourriel : faux comptes, arnaques et ventes en masse. Si une personne ne vous convient tout simplement pas, ignorez son invitation.';

export const ACCEPT_TIPS: Translation<typeof EnglishTips> = {
  clients:
    'Obtenir des mandats : remerciez la personne et, s’il y a une suite évidente, proposez-la plus tard. Ne commencez pas par une sollicitation commerciale.',
  media:
    'Accroître votre visibilité : dites-lui sur quels sujets vous pouvez vous prononcer, pour qu’elle pense à vous la prochaine fois.',
  community:
    'Votre secteur : réagissez à un contenu qu’elle a partagé; un commentaire réfléchi renforce le lien.',
  careers:
    'Recrutement ou carrière : tenez votre profil à jour, car cette personne verra désormais votre activité.',
};

export const ACCEPT_TIP_CLIENTS_NO_PITCH =
  'Obtenir des mandats : remerciez la personne et mentionnez ce que vous avez en commun. Vos règles limitent la sollicitation par message ou clavardage (voir « À garder en tête ») : laissez-la aborder elle-même la question d’un mandat.';

export const { outcomeContent, acceptTips } = outcomeReaders({
  outcomes: OUTCOME_CONTENT,
  acceptAfterReply: ACCEPT_AFTER_REPLY_SUMMARY,
  acceptTips: ACCEPT_TIPS,
  acceptTipNoPitch: ACCEPT_TIP_CLIENTS_NO_PITCH,
});

export const RED_FLAG_REASONS: Translation<typeof EnglishFlags> = {
  'opposing-party':
    'Cette personne est du côté adverse dans un dossier que vous ou votre cabinet traitez. Si elle a une avocate ou un avocat, les règles de déontologie que nous avons trouvées interdisent de traiter directement avec elle à ce sujet.',
  juror:
    'Cette personne fait partie du jury, ou pourrait en faire partie, dans un dossier que vous ou votre cabinet traitez. Un contact avec un membre du jury en dehors de la salle d’audience peut compromettre le procès, et le tribunal pourrait devoir en être informé.',
  witness:
    'Cette personne est témoin dans un dossier que vous ou votre cabinet traitez. Un contact privé pourrait ressembler à une tentative d’influencer son témoignage.',
  judge:
    'Cette personne est juge, membre d’un tribunal ou arbitre devant qui vous ou votre cabinet vous présentez ou pourriez vous présenter. Un lien privé pourrait donner l’apparence d’une influence indue.',
};

export const QUESTIONS_TO_ASK: Translation<typeof EnglishAsk> = [
  'Puis-je accepter une invitation LinkedIn d’une personne que je n’ai jamais rencontrée?',
  'Le fait d’accepter, ou ce que je publie ou envoie ensuite, compte-t-il comme de la publicité ou une démarche non sollicitée?',
  'Une relation visible pourrait-elle révéler qui sont mes clients?',
  'La politique de mon cabinet sur les médias sociaux ajoute-t-elle quelque chose?',
];

export const RESTRICTED_REASON =
  'Vous avez indiqué que vos règles restreignent les connexions avec des personnes que vous n’avez jamais rencontrées.';

/** In «Vous êtes sur LinkedIn pour {labels}.»: what the reader is there to do. */
export const OBJECTIVES_IN_REASONS: Translation<typeof EnglishObjectives> = {
  clients: 'obtenir des mandats',
  media: 'accroître votre visibilité',
  community: 'prendre part à la vie de votre secteur',
  careers: 'recruter ou faire avancer votre carrière',
};

/** `{labels}` lists the objectives chosen (reasons.ts fills it in). */
export const REASONS: Translation<typeof EnglishReasons> = {
  objectives: {
    'known-only':
      'Vous vous connectez seulement avec des personnes que vous connaissez déjà, et vous ne connaissez pas cette personne.',
    some: 'Vous êtes sur LinkedIn pour {labels}.',
  },
  body: {
    other: 'Votre ordre professionnel a son propre code, que vous devrez vérifier.',
    none: 'Vous n’êtes pas vous-même membre d’un ordre professionnel, mais les règles et la politique de votre cabinet s’appliquent quand même à ce que vous faites.',
    regulated: 'Votre profession : {labels}.',
  },
  rules: {
    allowed:
      'Vos règles vous permettent de vous connecter avec des personnes que vous n’avez jamais rencontrées.',
    restricted: RESTRICTED_REASON,
    unsure: 'Vous ne savez pas ce que permettent vos règles.',
  },
  matter: {
    none: 'Cette personne n’est liée à aucun dossier que vous ou votre cabinet traitez, et n’est pas juge devant qui vous vous présentez.',
    'opposing-party': RED_FLAG_REASONS['opposing-party'],
    juror: RED_FLAG_REASONS.juror,
    witness: RED_FLAG_REASONS.witness,
    judge: RED_FLAG_REASONS.judge,
  },
  invite: {
    personal: 'Son invitation donne une raison claire et personnelle.',
    standard:
      'Cette personne a utilisé le texte standard de LinkedIn, qui ne dit rien dans un sens ou dans l’autre.',
    pitch: 'Son invitation est une sollicitation commerciale.',
    suspicious: 'Son invitation semble suspecte.',
  },
  profile: {
    relevant: 'Son profil correspond à vos raisons d’être sur LinkedIn.',
    unclear: 'Son profil ne vous a pas permis de voir pourquoi cette personne veut se connecter.',
    'not-relevant': 'Son profil ne correspond pas à vos raisons d’être sur LinkedIn.',
    spam: 'Son profil a l’air d’un faux compte ou d’un compte qui envoie du pourriel.',
  },
  reply: {
    genuine: 'Quand vous lui avez demandé pourquoi, cette personne a donné une vraie raison.',
    none: 'Cette personne n’a pas répondu quand vous lui avez demandé pourquoi : elle collectionne peut-être simplement les relations.',
    pitch:
      'Quand vous lui avez demandé pourquoi, cette personne a répondu par une sollicitation commerciale.',
    pending:
      'Vous avez demandé à cette personne pourquoi elle veut se connecter, et vous attendez sa réponse.',
  },
  spam: {
    'true-spam': 'L’invitation a les signes du vrai pourriel.',
    'not-spam':
      'Ce n’est pas du vrai pourriel, mais ce n’est pas non plus une personne avec qui vous voulez vous connecter.',
  },
};
