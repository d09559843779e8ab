/** Glob matching (`*` only) lives with the exemption text rules, which the `check` report shares. */
export { globMatches } from "../../components/documents/findings/exemptionText";
