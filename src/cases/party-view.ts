import { maskIdentity, maskPhone } from '../shared/mask.ts';
import { validateCreditCode, validateResidentId } from '../rules/identity.ts';
import { documentTypeNames } from '../rules/identity-documents.ts';
import type { Party, PartyRole } from './cases.types.ts';

// A party as a reader may see it (ADR 0061): numbers, phones and agents' numbers in full for those
// who handle cases or when opened on purpose, a party's own number in full to that party, and
// everything else masked. What a number itself says (GB 11643 / GB 32100) only beside it in full.

export function partyView(p: Party & { role: PartyRole }, full: boolean, ownIdentity: string | null) {
  const show = (v: string) => (full || v === ownIdentity ? v : maskIdentity(v));
  const common = {
    ...(p.id ? { id: p.id } : {}),
    role: p.role,
    kind: p.kind,
    name: p.name,
    idType: p.idType,
    idTypeName: documentTypeNames[p.idType],
    address: p.address,
    serviceAddress: p.serviceAddress,
    addressConfirmedOn: p.addressConfirmedOn,
    phone: p.phone === null ? null : full ? p.phone : maskPhone(p.phone),
    agents: p.agents.map((a) => ({ ...a, idNumber: a.idNumber === null ? null : full ? a.idNumber : maskIdentity(a.idNumber) })),
  };
  if (p.kind === 'person') {
    const idNumber = show(p.idNumber);
    const decoded =
      idNumber === p.idNumber && p.idType === 'resident-id'
        ? (({ birthDate, sex, regionCode }) => ({ birthDate, sex, regionCode }))(validateResidentId(p.idNumber))
        : {};
    return { ...common, idNumber, ...decoded };
  }
  const creditCode = p.creditCode === null ? undefined : show(p.creditCode);
  const idNumber = p.idNumber === null ? undefined : show(p.idNumber);
  const decoded =
    p.creditCode !== null && creditCode === p.creditCode
      ? (({ registrationAuthority, organisationType, regionCode }) => ({
          registrationAuthority: registrationAuthority?.name ?? null,
          organisationType: organisationType?.name ?? null,
          regionCode,
        }))(validateCreditCode(p.creditCode))
      : {};
  return {
    ...common,
    ...(creditCode === undefined ? {} : { creditCode }),
    ...(idNumber === undefined ? {} : { idNumber }),
    legalRepresentative: p.legalRepresentative,
    ...decoded,
  };
}
