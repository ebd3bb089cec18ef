/**
 * The reviewed list of official domains: the only places the app's content may link to.
 * Official means a regulator, a bar, a law society, a court, a legislature or statute book, a
 * judicial body, or LinkedIn's own help. A voluntary bar association is on the list only where
 * it is the author of an ethics opinion or instrument the content cites (so americanbar.org for
 * the ABA's Model Rules and formal opinions, but not cba.org, whose toolkit only reproduces the
 * FLSC's Model Code). A subdomain of a listed domain counts (help.linkedin.com,
 * new.dcbar.org). officialLinks.test.ts reads every link in src/content against this list.
 *
 * Reviewed 2026-12-06. To add a domain: say whose it is, and why it is official, in `whose`.
 */
export interface OfficialDomain {
  domain: string;
  whose: string;
}

export const OFFICIAL_DOMAINS: readonly OfficialDomain[] = [
  // England & Wales, Scotland, Northern Ireland (UK)
  { domain: 'sra.org.uk', whose: 'Solicitors Regulation Authority (regulator, England & Wales)' },
  { domain: 'lawsociety.org.uk', whose: 'The Law Society of England and Wales' },
  { domain: 'barstandardsboard.org.uk', whose: 'Bar Standards Board (regulator of barristers)' },
  { domain: 'barcouncil.org.uk', whose: 'The Bar Council (barristers’ professional body, E&W)' },
  { domain: 'barcouncilethics.co.uk', whose: 'The Bar Council’s Ethics & Practice Hub' },
  { domain: 'lawscot.org.uk', whose: 'The Law Society of Scotland (regulator of solicitors)' },
  { domain: 'advocates.org.uk', whose: 'Faculty of Advocates (Scotland’s bar)' },
  { domain: 'lawsoc-ni.org', whose: 'Law Society of Northern Ireland (regulator of solicitors)' },
  { domain: 'cilexregulation.org.uk', whose: 'CILEx Regulation (regulator of legal executives)' },
  { domain: 'cilex.org.uk', whose: 'Chartered Institute of Legal Executives (professional body)' },
  { domain: 'ipreg.org.uk', whose: 'IPReg (regulator of patent and trade mark attorneys)' },
  { domain: 'judiciary.uk', whose: 'Courts and Tribunals Judiciary (England & Wales)' },
  { domain: 'legislation.gov.uk', whose: 'UK statute book (The National Archives)' },

  // Ireland
  { domain: 'irishstatutebook.ie', whose: 'Irish Statute Book (Office of the Attorney General)' },
  { domain: 'lawsociety.ie', whose: 'Law Society of Ireland' },
  { domain: 'lsra.ie', whose: 'Legal Services Regulatory Authority (regulator, Ireland)' },

  // New Zealand
  {
    domain: 'legislation.govt.nz',
    whose: 'New Zealand Legislation (Parliamentary Counsel Office)',
  },
  { domain: 'lawsociety.org.nz', whose: 'New Zealand Law Society (regulator of lawyers)' },
  { domain: 'courtsofnz.govt.nz', whose: 'Courts of New Zealand (the judiciary)' },

  // Australia
  { domain: 'qls.com.au', whose: 'Queensland Law Society' },
  { domain: 'lawsociety.com.au', whose: 'The Law Society of New South Wales' },
  { domain: 'liv.asn.au', whose: 'Law Institute of Victoria' },
  { domain: 'lsb.vic.gov.au', whose: 'Victorian Legal Services Board + Commissioner (regulator)' },
  { domain: 'lpbwa.org.au', whose: 'Legal Practice Board of Western Australia (regulator)' },
  { domain: 'lawsocietywa.asn.au', whose: 'Law Society of Western Australia' },
  {
    domain: 'legislation.wa.gov.au',
    whose: 'Western Australian Legislation (State Law Publisher)',
  },
  { domain: 'hcourt.gov.au', whose: 'High Court of Australia' },
  { domain: 'judcom.nsw.gov.au', whose: 'Judicial Commission of New South Wales' },

  // Canada
  { domain: 'flsc.ca', whose: 'Federation of Law Societies of Canada (author of the Model Code)' },
  { domain: 'lawsociety.ab.ca', whose: 'Law Society of Alberta (regulator)' },
  { domain: 'lso.ca', whose: 'Law Society of Ontario (regulator)' },
  { domain: 'barreau.qc.ca', whose: 'Barreau du Québec (regulator of Québec lawyers)' },
  { domain: 'legisquebec.gouv.qc.ca', whose: 'LégisQuébec (Québec’s official statute book)' },
  { domain: 'cjc-ccm.ca', whose: 'Canadian Judicial Council' },

  // United States: national
  { domain: 'americanbar.org', whose: 'American Bar Association (author of the Model Rules)' },

  // United States: states and cities (regulators, state bars, courts, opinion authors)
  { domain: 'calbar.ca.gov', whose: 'The State Bar of California (regulator)' },
  { domain: 'judicialethicsopinions.ca.gov', whose: 'California Supreme Court’s CJEO' },
  { domain: 'sdcba.org', whose: 'San Diego County Bar Association (author of its opinions)' },
  { domain: 'sfbar.org', whose: 'Bar Association of San Francisco (author of its opinions)' },
  { domain: 'lacba.org', whose: 'Los Angeles County Bar Association (author of its opinions)' },
  { domain: 'nysba.org', whose: 'New York State Bar Association (author of its guidelines)' },
  { domain: 'nycbar.org', whose: 'New York City Bar Association (author of its opinions)' },
  { domain: 'nycourts.gov', whose: 'New York State Unified Court System' },
  {
    domain: 'uscourts.gov',
    whose: 'United States federal courts (a district court’s local rules)',
  },
  {
    domain: 'govt.westlaw.com',
    whose: 'Official state codes it hosts (NYCRR, for NY’s Dept of State)',
  },
  { domain: 'texasbar.com', whose: 'State Bar of Texas' },
  { domain: 'floridabar.org', whose: 'The Florida Bar (regulator)' },
  { domain: 'jud6.org', whose: 'Florida Sixth Judicial Circuit (publishes JEAC opinions)' },
  { domain: 'iardc.org', whose: 'Illinois ARDC (regulator of Illinois lawyers)' },
  { domain: 'isba.org', whose: 'Illinois State Bar Association (author of its opinions)' },
  { domain: 'dcbar.org', whose: 'District of Columbia Bar (regulator; author of its opinions)' },
  { domain: 'michbar.org', whose: 'State Bar of Michigan' },
  { domain: 'ncbar.gov', whose: 'North Carolina State Bar (regulator)' },
  { domain: 'philadelphiabar.org', whose: 'Philadelphia Bar Association (author of its opinions)' },
  { domain: 'mass.gov', whose: 'Commonwealth of Massachusetts (SJC Committee on Judicial Ethics)' },

  // The platform
  { domain: 'linkedin.com', whose: 'LinkedIn’s own help pages' },
];

/** The host of an http(s) URL, or undefined if it is not one. */
function hostOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? u.hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** True if the URL is https and its host is a listed domain or a subdomain of one. */
export function isOfficialUrl(url: string): boolean {
  const host = hostOf(url);
  if (!host) return false;
  return OFFICIAL_DOMAINS.some(({ domain }) => host === domain || host.endsWith(`.${domain}`));
}
