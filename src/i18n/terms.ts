import type { TFunction } from 'i18next';
import type { PolicyProfile } from '../policy/schema';

/**
 * Words that depend on the nation's housing law. Since 1 December 2022 the Renting Homes (Wales)
 * Act 2016 has contract-holders and occupation contracts in Wales, where England keeps tenants
 * and tenancies; templates take {{contract}} and {{contractHolder}} instead of saying either.
 */
export function nationTerms(t: TFunction, profile: Pick<PolicyProfile, 'nation'>): { contract: string; contractHolder: string } {
  return {
    contract: t('triage:terms.contract', { context: profile.nation }),
    contractHolder: t('triage:terms.contract_holder', { context: profile.nation }),
  };
}
