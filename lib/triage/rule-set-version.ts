/**
 * Version of the triage rules (code + bundled data). Stored with every result
 * (STYLE 3.8) so a decision can be traced to the rules that made it. Bump it
 * whenever a threshold, phrase list, trigger list or mapping changes.
 */
export const TRIAGE_RULE_SET_VERSION = "triage-rules/1.0.0 (news2-rcp-2017, negex-context-2, red-flags-2)";
