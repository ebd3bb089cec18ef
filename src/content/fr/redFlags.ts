import type { RedFlag } from '../../decision/steps';
import {
  ABA_3_3_B,
  ABA_3_5,
  ABA_4_2,
  ABA_4_3,
  ABA_466,
  ABA_466_NOTICE,
  ALBERTA_7_2_8,
  ASCR_R22_5,
  ASCR_R33,
  CHARISTEAS,
  EW_JURIES_ACT_20A,
  EW_JURY_PROTOCOL,
  LSS_B1_14,
  ND_ILL_LR_83_53_5_G,
  NSW_JURY_ACT_68A,
  NY_3_5_D,
  NYC_2012_2_NOTICE,
  NZ_CONTEMPT_S15,
  NZ_R10_2,
  QLS_R33_CONTACTED,
} from '../bodies/fr/shared';
// The outcome's reasons, in English until src/content/fr/outcomes.ts exists: import them from
// './outcomes' then (a French module's imports are not redirected to French).
import { RED_FLAG_REASONS, RESTRICTED_REASON } from './outcomes';
import type {
  ESCALATION as EnglishEscalation,
  LOOK_UP as EnglishLookUp,
  RedFlagContent,
  RESTRICTED as EnglishRestricted,
} from '../redFlags';
import type { Translation } from '../translation';
import type { SourcedPoint } from '../types';
import { LINKEDIN_FACT_FOR, linkedInPoint } from './linkedin';

// Sources keep their official titles in their own language; our words around them are French.

const US_MODEL = 'États-Unis : règles types et avis de l’ABA';

const SAN_DIEGO_REQUEST: SourcedPoint = {
  text: 'Envoyer une demande d’amitié à une partie adverse qui a une avocate ou un avocat est une communication privée indirecte : ce n’est pas permis.',
  source:
    'San Diego County Bar Association, Ethics in Brief (en vertu de l’ancienne règle californienne 2-100; l’avis Legal Ethics Op. 2011-2 est rapporté dans le même sens)',
  date: '2014',
  url: 'https://www.sdcba.org/index.cfm?pg=Ethics-in-Brief--10-27-2014',
  status: 'V2',
};

const NC_FEO_8: SourcedPoint = {
  text: 'Une avocate ou un avocat peut accepter l’invitation d’un juge à se connecter, mais pas la validation d’une compétence ni une recommandation venant d’un juge.',
  source: 'North Carolina State Bar, 2014 Formal Ethics Opinion 8',
  date: 'adopté le 23 janv. 2015',
  url: 'https://www.ncbar.gov/for-lawyers/ethics/adopted-opinions/2014-formal-ethics-opinion-8/',
  status: 'V',
};

export const RED_FLAGS: Record<RedFlag, RedFlagContent> = {
  'opposing-party': {
    id: 'opposing-party',
    reason: RED_FLAG_REASONS['opposing-party'],
    elsewhere: [
      { where: US_MODEL, points: [ABA_4_2] },
      { where: 'San Diego, Californie', points: [SAN_DIEGO_REQUEST] },
      { where: 'Australie', points: [ASCR_R33, QLS_R33_CONTACTED] },
      { where: 'Écosse', points: [LSS_B1_14] },
      { where: 'Nouvelle-Zélande', points: [NZ_R10_2] },
      { where: 'Alberta, Canada', points: [ALBERTA_7_2_8] },
    ],
    notReviewed:
      'Nous n’avons pas examiné les règles de votre ordre professionnel sur les contacts avec l’autre partie dans un dossier. Consultez son code de déontologie ou posez la question à sa ligne d’aide en déontologie.',
    suggestion:
      'N’acceptez pas. Tout contact au sujet du dossier doit passer par la voie appropriée : par l’avocate ou l’avocat de la personne, si elle en a un.',
  },

  juror: {
    id: 'juror',
    reason: RED_FLAG_REASONS.juror,
    elsewhere: [
      { where: US_MODEL, points: [ABA_466, ABA_3_5, ABA_3_3_B] },
      { where: 'New York', points: [NY_3_5_D] },
      {
        where: 'Northern District of Illinois (un tribunal fédéral)',
        points: [ND_ILL_LR_83_53_5_G],
      },
      { where: 'Angleterre et pays de Galles', points: [EW_JURY_PROTOCOL, EW_JURIES_ACT_20A] },
      { where: 'Nouvelle-Zélande', points: [NZ_CONTEMPT_S15] },
      { where: 'Nouvelle-Galles du Sud, Australie', points: [NSW_JURY_ACT_68A] },
    ],
    notReviewed:
      'Nous n’avons pas examiné les règles de votre ordre professionnel sur les contacts avec les jurés. Consultez son code de déontologie ou posez la question à sa ligne d’aide en déontologie, aujourd’hui même.',
    suggestion:
      'Tenez pour exclu tout contact venant d’un juré : n’acceptez pas l’invitation et n’y répondez pas.',
  },

  witness: {
    id: 'witness',
    reason: RED_FLAG_REASONS.witness,
    elsewhere: [
      { where: US_MODEL, points: [ABA_4_3] },
      {
        where: 'Philadelphie, Pennsylvanie',
        points: [
          {
            text: 'Faire appel à un tiers pour se lier d’amitié en ligne avec un témoin, en cachant le rôle de l’avocate ou de l’avocat, est trompeur.',
            source:
              'Philadelphia Bar Association, Opinion 2009-02 (conclusion tirée d’une source secondaire)',
            date: 'mars 2009',
            status: 'V2',
          },
        ],
      },
      {
        where: 'San Diego, Californie',
        points: [
          {
            text: 'Même envoyée à un témoin qui n’a pas d’avocat, une demande d’amitié doit dire à quoi elle sert.',
            source:
              'San Diego County Bar Association, Legal Ethics Opinion 2011-2 (source secondaire)',
            date: '24 mai 2011',
            status: 'V2',
          },
        ],
      },
    ],
    notReviewed:
      'Nous n’avons pas examiné les règles de votre ordre professionnel sur les contacts avec les témoins. Consultez son code de déontologie ou posez la question à sa ligne d’aide en déontologie.',
    suggestion:
      'Ne vous connectez pas avant la fin du dossier, sauf pour une raison professionnelle claire que vous pourriez défendre ouvertement.',
  },

  judge: {
    id: 'judge',
    reason: RED_FLAG_REASONS.judge,
    elsewhere: [
      { where: US_MODEL, points: [ABA_3_5] },
      {
        where: 'Floride (déontologie judiciaire)',
        points: [
          {
            text: 'Les juges ne peuvent pas ajouter à leurs contacts LinkedIn les avocates et avocats susceptibles de plaider devant eux, ni accepter d’être ajoutés par eux.',
            source: 'Florida Judicial Ethics Advisory Committee, Opinion 2012-12',
            date: '9 mai 2012',
            status: 'V',
          },
        ],
      },
      {
        where: 'Massachusetts (déontologie judiciaire)',
        points: [
          {
            text: 'Les juges doivent retirer de leurs contacts LinkedIn les avocates et avocats raisonnablement susceptibles de plaider devant eux.',
            source: 'Massachusetts SJC Committee on Judicial Ethics, Opinion CJE 2016-08',
            date: '6 sept. 2016',
            url: 'https://www.mass.gov/opinion/cje-opinion-no-2016-08',
            status: 'V',
          },
        ],
      },
      { where: 'Caroline du Nord', points: [NC_FEO_8] },
      { where: 'Australie', points: [ASCR_R22_5, CHARISTEAS] },
    ],
    notReviewed:
      'Nous n’avons pas examiné les règles de votre ordre professionnel sur le fait de vous connecter avec des juges. Consultez son code de déontologie ou posez la question à sa ligne d’aide en déontologie.',
    suggestion:
      'Si un dossier est en cours devant ce ou cette juge, n’acceptez pas d’invitation et n’en envoyez pas avant sa fin, et n’écrivez jamais à un juge au sujet d’une affaire. En cas de doute, posez la question à la ligne d’aide en déontologie de votre ordre.',
  },
};

export const LOOK_UP: Translation<typeof EnglishLookUp> = {
  title: 'Ne consultez pas son profil',
  text: 'N’ouvrez pas le profil de la personne et ne la cherchez pas sur LinkedIn : LinkedIn peut dire à un membre qui a consulté son profil. Tenez-vous-en à ce que montre l’invitation.',
  views: [NYC_2012_2_NOTICE, ABA_466_NOTICE],
  linkedIn: linkedInPoint(LINKEDIN_FACT_FOR.profileViewers),
};

export const ESCALATION: Translation<typeof EnglishEscalation> = {
  keepCopy:
    'D’abord, gardez une copie : une capture d’écran datée de l’invitation, avec sa note, le nom de la personne et son titre tels qu’ils s’affichent.',
  keepCopyNoProfile: 'N’ouvrez pas son profil.',
  supervisor:
    'Prévenez dès maintenant l’avocate ou l’avocat qui vous supervise. Si vous travaillez en entreprise, prévenez plutôt la personne à la tête de votre service juridique.',
  supervisorJuror:
    'Prévenez dès maintenant l’avocate ou l’avocat qui vous supervise, avant la prochaine audience. Si vous travaillez en entreprise, prévenez plutôt la personne à la tête de votre service juridique.',
  notRegulated:
    'Prévenez dès maintenant l’avocate ou l’avocat responsable du dossier. Si vous ne savez pas qui c’est, demandez à votre gestionnaire.',
  notRegulatedJuror:
    'Prévenez dès maintenant l’avocate ou l’avocat qui mène le procès, avant la prochaine audience. Si vous ne savez pas qui c’est, demandez à votre gestionnaire.',
  firmContact: (label) =>
    `Prévenez aussi ${label} : votre cabinet demande à être informé de ces situations.`,
  courtDecides:
    'C’est l’avocate ou l’avocat qui mène le procès qui décide si le tribunal est informé, et comment : pas vous, de votre propre chef.',
  courtMust:
    'Vos règles obligent l’avocate ou l’avocat qui apprend l’inconduite d’un juré à la révéler au tribunal :',
  courtConsider:
    'Voyez dès maintenant avec cette personne si le tribunal doit être informé : nous n’avons pas examiné les règles de votre ordre sur cette obligation.',
  courtFacts:
    'Ce que nous connaissons des règles de votre ressort (pour un État américain, les règles types de l’ABA) :',
  helpline:
    'En cas de doute sur ce que les règles exigent, posez la question à la ligne d’aide en déontologie de votre ordre professionnel :',
  ignoreThen:
    'Ensuite seulement, choisissez « Ignore » (le bouton pour ignorer l’invitation) : l’aide de LinkedIn disait en 2015–2016 que la personne n’en est pas avertie. N’acceptez pas l’invitation et n’y répondez pas.',
  note: 'Versez la copie au dossier avec une courte note : qui vous a envoyé l’invitation, quand, et ce que vous avez fait.',
};

export const RESTRICTED: Translation<typeof EnglishRestricted> = {
  reason: RESTRICTED_REASON,
  rule: 'Les règles ou les lignes directrices de votre ordre professionnel passent en premier. Ses lignes directrices, et sa ligne d’aide quand nous en connaissons une, sont sur cette page.',
};
