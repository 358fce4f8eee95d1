import type { Bilingual, BodyId } from './schema';

/**
 * Public bodies the bot signposts to, with their published contact routes. Profiles refer to
 * them by id, so one correction here reaches every profile.
 */
export interface Body {
  name: Bilingual;
  phone?: string;
  web?: string;
  email?: string;
  /** The Welsh-language web address and email, where the body publishes its own (Welsh replies use them). */
  cy?: { web?: string; email?: string };
  /** Anything a resident should know about reaching them. */
  note?: Bilingual;
}

export const BODIES: Readonly<Record<BodyId, Body>> = {
  housing_ombudsman: {
    name: { en: 'Housing Ombudsman Service', cy: 'Gwasanaeth yr Ombwdsmon Tai' },
    phone: '0300 111 3000',
    web: 'https://www.housing-ombudsman.org.uk',
    note: {
      en: 'Use the online form on its website; since 13 January 2026 it no longer takes new complaints by email.',
      cy: "Defnyddiwch y ffurflen ar-lein ar ei wefan; ers 13 Ionawr 2026 nid yw'n derbyn cwynion newydd drwy e-bost.",
    },
  },
  psow: {
    name: { en: 'Public Services Ombudsman for Wales', cy: 'Ombwdsmon Gwasanaethau Cyhoeddus Cymru' },
    phone: '0300 790 0203',
    web: 'https://www.ombudsman.wales',
    email: 'ask@ombudsman.wales',
    cy: { web: 'https://www.ombwdsmon.cymru', email: 'gofyn@ombwdsmon.cymru' },
  },
  lgsco: {
    name: { en: 'Local Government and Social Care Ombudsman', cy: 'Ombwdsmon Llywodraeth Leol a Gofal Cymdeithasol' },
    phone: '0300 061 0614',
    web: 'https://www.lgo.org.uk',
  },
  energy_ombudsman: {
    name: { en: 'Energy Ombudsman', cy: 'yr Ombwdsmon Ynni' },
    phone: '0330 440 1624',
    web: 'https://www.energyombudsman.org',
    note: {
      en: 'For heat networks: after 8 weeks, or sooner if the supplier sends a deadlock letter.',
      cy: "Ar gyfer rhwydweithiau gwres: ar ôl 8 wythnos, neu'n gynt os yw'r cyflenwr yn anfon llythyr terfyn.",
    },
  },
  first_tier_tribunal_property: {
    name: { en: 'First-tier Tribunal (Property Chamber)', cy: 'Tribiwnlys Haen Gyntaf (Siambr Eiddo)' },
    web: 'https://www.gov.uk/housing-tribunals',
  },
  leasehold_valuation_tribunal_wales: {
    name: { en: 'Residential Property Tribunal Wales', cy: 'Tribiwnlys Eiddo Preswyl Cymru' },
    phone: '0300 025 2777',
    web: 'https://residential-property-tribunal.gov.wales',
  },
  building_safety_regulator: {
    name: { en: 'Building Safety Regulator', cy: 'y Rheoleiddiwr Diogelwch Adeiladau' },
    web: 'https://www.gov.uk/guidance/complain-about-a-building-safety-risk-in-a-high-rise-building',
    note: {
      en: "Complain to the building's principal accountable person first.",
      cy: "Cwynwch wrth brif berson atebol yr adeilad yn gyntaf.",
    },
  },
  ico: {
    name: { en: "Information Commissioner's Office", cy: "Swyddfa'r Comisiynydd Gwybodaeth" },
    phone: '0303 123 1113',
    web: 'https://ico.org.uk',
  },
  local_council: {
    name: { en: 'your local council', cy: 'eich cyngor lleol' },
    web: 'https://www.gov.uk/find-local-council',
  },
  police: {
    name: { en: 'the police', cy: "yr heddlu" },
    phone: '101',
    note: { en: 'Call 999 if a crime is happening or someone is in danger.', cy: "Ffoniwch 999 os oes trosedd yn digwydd neu os yw rhywun mewn perygl." },
  },
  citizens_advice: {
    name: { en: 'Citizens Advice', cy: 'Cyngor ar Bopeth' },
    web: 'https://www.citizensadvice.org.uk',
    cy: { web: 'https://www.citizensadvice.org.uk/cymraeg/' },
  },
  shelter: {
    name: { en: 'Shelter', cy: 'Shelter' },
    phone: '0808 800 4444',
    web: 'https://england.shelter.org.uk',
  },
  shelter_cymru: {
    name: { en: 'Shelter Cymru', cy: 'Shelter Cymru' },
    phone: '08000 495 495',
    web: 'https://sheltercymru.org.uk',
  },
  financial_ombudsman: {
    name: { en: 'Financial Ombudsman Service', cy: 'Gwasanaeth yr Ombwdsmon Ariannol' },
    phone: '0800 023 4567',
    web: 'https://www.financial-ombudsman.org.uk',
  },
  national_gas_emergency: {
    name: { en: 'National Gas Emergency Service', cy: 'Gwasanaeth Argyfwng Nwy Cenedlaethol' },
    phone: '0800 111 999',
  },
  samaritans: {
    name: { en: 'Samaritans', cy: 'Samariaid' },
    phone: '116 123',
    note: {
      en: 'Free, day or night. Welsh-language line: 0808 164 0123.',
      cy: "Am ddim, ddydd neu nos. Llinell Gymraeg: 0808 164 0123.",
    },
  },
};
