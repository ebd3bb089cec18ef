import type { SourcedPoint } from '../../types';

/**
 * The French of the rules cited both as a body's own and, for every other reader, under "What
 * the rules say elsewhere" (the English module, bodies/en/shared.ts, says why). Sources, links
 * and statuses are the English ones: only the words differ.
 */

// The ABA's model rules and opinions: a US state's readers see them beside their own state's.

export const ABA_4_2: SourcedPoint = {
  text: 'Vous ne devez pas discuter d’une affaire avec une personne que vous savez représentée par avocat dans cette affaire sans l’accord de son avocat, même si elle communique avec vous la première, ni le faire par l’entremise d’un tiers.',
  source:
    'ABA Model Rules of Professional Conduct, r 4.2 and comment [3], as shown on the ABA’s Ethics 2000 Commission page (current text not re-checked)',
  date: '2002',
  url: 'https://www.americanbar.org/groups/professional_responsibility/policy/ethics_2000_commission/e2k_rule42/',
  status: 'V',
};

export const ABA_4_3: SourcedPoint = {
  text: 'Avec une personne qui n’a pas d’avocat, vous ne devez pas laisser entendre que vous êtes neutre, ni la conseiller (sauf pour lui dire de prendre un avocat) si ses intérêts peuvent entrer en conflit avec ceux de votre client.',
  source:
    'ABA Model Rules of Professional Conduct, r 4.3 (2004 text, seen in a verbatim copy; current text not re-checked)',
  date: '2004',
  status: 'V',
};

export const ABA_3_5: SourcedPoint = {
  text: 'Aucune influence indue sur un juge ou un juré, et aucune communication privée (ex parte) avec eux pendant l’instance.',
  source: 'ABA Model Rules of Professional Conduct, r 3.5 (as reported by a secondary source)',
  date: 'non datée',
  status: 'V2',
};

const ABA_466_URL =
  'https://www.americanbar.org/news/abanews/aba-news-archives/2014/04/aba_issues_guidance.html';

export const ABA_466: SourcedPoint = {
  text: 'Consulter le profil public d’un juré est permis, mais inviter un juré ou un juré potentiel à se connecter avec vous, vous-même ou par l’entremise de quelqu’un d’autre, est une communication privée interdite.',
  source: 'ABA Formal Opinion 466',
  date: '24 avr. 2014',
  url: ABA_466_URL,
  status: 'V',
};

export const ABA_466_NOTICE: SourcedPoint = {
  text: 'Selon l’ABA, la notification que le réseau envoie lui-même à un juré pour lui dire qui a consulté son profil n’est pas une communication de l’avocat.',
  source: 'ABA Formal Opinion 466 (this point as reported by secondary sources)',
  date: '24 avr. 2014',
  url: ABA_466_URL,
  status: 'V2',
};

export const ABA_3_3_B: SourcedPoint = {
  text: 'L’avocate ou l’avocat qui a connaissance d’une conduite criminelle ou frauduleuse liée à une instance, y compris celle d’un juré, doit prendre des mesures correctives raisonnables, et au besoin en informer le tribunal.',
  source: 'ABA Model Rules of Professional Conduct, r 3.3(b), as ABA Formal Opinion 466 applies it',
  date: '24 avr. 2014',
  status: 'V2',
};

// New York.

const NYC_2012_2_URL =
  'https://www.nycbar.org/ethics/ethics-opinions-local/2012opinions/1479-formal-opinion-2012-02';

export const NYC_2012_2_NOTICE: SourcedPoint = {
  text: 'Selon le New York City Bar, la notification qui dit à un juré qu’un avocat a consulté son profil est une communication interdite si l’avocat savait que sa recherche la déclencherait; même involontaire, elle peut enfreindre les règles.',
  source: 'New York City Bar, Formal Opinion 2012-2',
  date: '4 juin 2012',
  url: NYC_2012_2_URL,
  status: 'V',
};

export const NY_3_5_D: SourcedPoint = {
  text: 'L’avocate ou l’avocat qui apprend l’inconduite d’un juré, y compris par une recherche sur les réseaux sociaux, doit la révéler au tribunal.',
  source:
    'New York Rules of Professional Conduct, r 3.5(d), as cited in NYC Bar Formal Opinion 2012-2 and NYCLA Formal Opinion 743 (the rule’s own wording not seen)',
  date: '4 juin 2012 et 18 mai 2011',
  url: NYC_2012_2_URL,
  status: 'V2',
};

// Illinois: a federal court's own rule, not the state's conduct rules.

export const ND_ILL_LR_83_53_5_G: SourcedPoint = {
  text: 'Dans le district fédéral du Nord de l’Illinois, l’avocate ou l’avocat doit révéler sans délai au tribunal toute conduite irrégulière connue d’un juré ou d’un juré potentiel, ou d’autres personnes envers eux.',
  source:
    'US District Court for the Northern District of Illinois, Local Rule 83.53.5(g) (whether still current: check)',
  date: 'non datée',
  url: 'https://www.ilnd.uscourts.gov/_assets/_documents/_forms/_legal/NewRules/New00122.htm',
  status: 'V',
};

// England and Wales.

export const EW_JURY_PROTOCOL: SourcedPoint = {
  text: 'Toute irrégularité touchant le jury, comme un contact entre un juré et une partie, devrait être signalée au juge du procès, en l’absence du jury, dès qu’elle est connue.',
  source:
    'Jury Irregularities in the Crown Court: a Protocol issued by the President of the Queen’s Bench Division (from an unofficial copy; whether still current: check)',
  date: 'non datée',
  status: 'V2',
};

export const EW_JURIES_ACT_20A: SourcedPoint = {
  text: 'Un juré commet une infraction s’il fait, pendant le procès, des recherches sur l’affaire, y compris sur les personnes qui y participent, comme les avocats.',
  source:
    'Juries Act 1974, s 20A (inserted by the Criminal Justice and Courts Act 2015, s 71), as enacted',
  date: '2015',
  status: 'V',
};

// New Zealand and Australia.

export const NZ_CONTEMPT_S15: SourcedPoint = {
  text: 'Une plainte sur l’inconduite d’un juré peut être portée devant le juge du procès, et quiconque croit qu’elle a pu se produire peut la signaler au solliciteur général, à la police, au poursuivant ou à l’avocat de la défense.',
  source: 'Contempt of Court Act 2019 (NZ), s 15 (from an unofficial copy of the text)',
  date: '2019',
  url: 'https://www.legislation.govt.nz/act/public/2019/0044/latest/whole.html',
  status: 'V2',
};

export const NSW_JURY_ACT_68A: SourcedPoint = {
  text: 'En Nouvelle-Galles du Sud, solliciter d’un juré ou d’un ancien juré des renseignements sur les délibérations du jury, ou le harceler pour les obtenir, est une infraction.',
  source: 'Jury Act 1977 (NSW), s 68A',
  date: '1977 (avec ses modifications)',
  status: 'V',
};

export const ASCR_DATE =
  'version modifiée en vigueur depuis le 1er avr. 2022 en Nouvelle-Galles du Sud, au Victoria et en Australie-Méridionale, depuis le 1er juillet 2022 en Australie-Occidentale; au Queensland depuis le 27 sept. 2024';

export const ASCR_R33: SourcedPoint = {
  text: 'Pour un client, vous ne devez pas communiquer sur l’affaire avec une personne que vous savez représentée par un autre avocat, sauf accord préalable de cet avocat, urgence, pour savoir qui la représente ou après un avis resté sans réponse.',
  source:
    'Australian Solicitors’ Conduct Rules, r 33.1 (current wording; seen in the Queensland text, the Uniform Law wording as quoted by LSJ)',
  date: ASCR_DATE,
  url: 'https://qls.com.au/Guides/Australian-Solicitors-Conduct-Rules/Relations-with-other-persons/Communication-with-another-solicitor-s-client',
  status: 'V',
};

export const QLS_R33_CONTACTED: SourcedPoint = {
  text: 'Si la cliente ou le client d’un autre solicitor communique avec vous, dites-lui que vous ne pouvez pas lui parler et ne pouvez traiter qu’avec son propre solicitor, mettez fin à l’échange et prévenez son avocat.',
  source:
    'Queensland Law Society commentary on r 33 (Communication with another solicitor’s client)',
  date: 'mis à jour d’oct. à nov. 2024',
  url: 'https://qls.com.au/Guides/Australian-Solicitors-Conduct-Rules/Relations-with-other-persons/Communication-with-another-solicitor-s-client',
  status: 'V',
};

export const ASCR_R22_5: SourcedPoint = {
  text: 'Vous ne devez pas communiquer avec le tribunal sur le fond d’une instance en cours en l’absence de votre adversaire, sauf exceptions limitées.',
  source: 'Australian Solicitors’ Conduct Rules, r 22.5 (unchanged by the amendments)',
  date: ASCR_DATE,
  url: 'https://www.qls.com.au/Guides/Australian-Solicitors-Conduct-Rules/Advocacy-and-litigation/Communication-with-opponents',
  status: 'V',
};

export const CHARISTEAS: SourcedPoint = {
  text: 'La Haute Cour d’Australie a entendu un appel pour crainte de partialité : pendant l’affaire, le juge du procès et l’avocat d’une des parties avaient eu des contacts privés qui n’avaient pas été divulgués.',
  source: 'High Court of Australia, Charisteas v Charisteas (case P6/2021)',
  date: '2021',
  url: 'https://www.hcourt.gov.au/cases/case_p6-2021',
  status: 'V',
};

export const NZ_R10_2: SourcedPoint = {
  text: 'Vous ne devez pas communiquer directement avec une partie que vous savez représentée par avocat.',
  source:
    'Lawyers and Conveyancers Act (Lawyers: Conduct and Client Care) Rules 2008, r 10.2 (number confirmed through a Legal Complaints Review Officer decision)',
  date: '2008',
  url: 'https://www.legislation.govt.nz/regulation/public/2008/0214/latest/whole.html',
  status: 'V2',
};

// Scotland and Canada.

export const LSS_B1_14: SourcedPoint = {
  text: 'Vous ne pouvez traiter avec une personne que vous savez ou croyez être la cliente ou le client d’un autre solicitor que dans les cas prévus, par exemple si ce solicitor y consent ou a cessé d’agir.',
  source: 'Law Society of Scotland Practice Rules 2011, rule B1.14.2',
  date: '2011',
  url: 'https://www.lawscot.org.uk/members/rules-and-guidance/rules-and-guidance/section-b/rule-b1/rules/b1-14-relations-between-regulated-persons/',
  status: 'V',
};

export const ALBERTA_7_2_8: SourcedPoint = {
  text: 'Si une personne est représentée par avocat dans une affaire, ne l’approchez pas et ne traitez pas avec elle à ce sujet, sauf par l’entremise de son avocat ou avec l’accord de celui-ci.',
  source: 'Law Society of Alberta Code of Conduct, r 7.2-8',
  date: 'non datée',
  url: 'https://learningcentre.lawsociety.ab.ca/mod/page/view.php?forceview=1&id=331',
  status: 'V2',
};
