/**
 * The bundled clinical data, validated once at module load so a bad edit to a
 * JSON file fails every test instead of silently dropping a rule (STYLE 3.8:
 * validate JSON with Zod). The data is a copy of shared/clinical-reference;
 * the product never reads that folder at run time.
 *
 * Sources: RCP NEWS2 (2017); NegEx (Chapman et al., J Biomed Inform 2001);
 * ConText (Harkema et al., J Biomed Inform 2009); CDC stroke/heart-attack/
 * sepsis/Hear Her signs; 988 Lifeline/NIMH; AAP febrile infant CPG (2021);
 * NICE NG143, NG232, CG151; ACOG PB 222 (2020). Each file lists its SOURCES.
 */
import { z } from "zod";
import news2Json from "./data/news2.json";
import negationJson from "./data/negation-triggers.json";
import redFlagsJson from "./data/red-flags.json";

const ZSources = z.array(z.object({ name: z.string().min(1), license: z.string().min(1) })).min(1);
const ZPhrases = z.array(z.string().min(1)).min(1);

const ZBand = z
  .object({
    min: z.number().optional(),
    max: z.number().optional(),
    score: z.number().int().min(0).max(3),
    onAir: z.literal(true).optional(),
    onOxygen: z.literal(true).optional(),
    onAirOrOxygen: z.literal(true).optional(),
  })
  .strict();
const ZBandedParameter = z.object({ bands: z.array(ZBand).min(1) });

const ZNews2Data = z.object({
  schemaVersion: z.literal(1),
  parameters: z.object({
    respirationRate: ZBandedParameter,
    spo2Scale1: ZBandedParameter,
    spo2Scale2: ZBandedParameter,
    airOrOxygen: z.object({ bands: z.array(z.object({ value: z.string(), score: z.number().int() })).length(2) }),
    systolicBP: ZBandedParameter,
    pulse: ZBandedParameter,
    consciousness: z.object({ intakeMapping: z.record(z.string(), z.number().int().min(0).max(3)) }),
    temperatureC: ZBandedParameter,
  }),
  SOURCES: ZSources,
});

const ZNegationData = z.object({
  schemaVersion: z.literal(2),
  scope: z.object({ preWindowTokens: z.number().int().min(1), postWindowTokens: z.number().int().min(0) }),
  negex: z.object({
    pseudoNegation: ZPhrases,
    preNegation: ZPhrases,
    postNegation: ZPhrases,
    prePossibility: ZPhrases,
    postPossibility: ZPhrases,
    termination: ZPhrases,
  }),
  patientLanguage: z.object({
    preNegation: ZPhrases,
    postNegation: ZPhrases,
    possibilityPre: ZPhrases,
    pseudoNegation: ZPhrases,
    termination: ZPhrases,
  }),
  affirmingPhrasesContainingNegationWords: ZPhrases,
  context: z.object({
    hypotheticalPre: ZPhrases,
    historicalPre: ZPhrases,
    historicalPost: ZPhrases,
    historicalTermination: ZPhrases,
    experiencerPre: ZPhrases,
    experiencerPost: ZPhrases,
    experiencerRelatives: ZPhrases,
    experiencerRelativeVerbs: ZPhrases,
    experiencerTermination: ZPhrases,
    affirmationTermination: ZPhrases,
  }),
  SOURCES: ZSources,
});

const ZSeverity = z.enum(["moderate", "high", "critical"]);
const ZFlagWhen = z
  .object({
    pregnant: z.literal(true).optional(),
    immunosuppressed: z.literal(true).optional(),
    fever: z.literal(true).optional(),
    severeHypertension: z.literal(true).optional(),
    minAgeYears: z.number().min(0).optional(),
    maxAgeYears: z.number().min(0).optional(),
  })
  .strict();
const ZFlagDefinition = z
  .object({
    code: z.string().regex(/^[a-z][a-z0-9_]*$/),
    label: z.string().min(1),
    severity: ZSeverity,
    phrases: ZPhrases,
    when: ZFlagWhen.optional(),
    olderAdultRaise: z.boolean().optional(),
    requiresAlso: ZPhrases.optional(),
  })
  .strict();
const ZBloodPressure = z.object({ systolic: z.number(), diastolic: z.number() }).strict();

const ZRedFlagData = z.object({
  schemaVersion: z.literal(2),
  categories: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z][a-z0-9_]*$/),
        label: z.string().min(1),
        source: z.string().min(1),
        flags: z.array(ZFlagDefinition).min(1),
      }),
    )
    .min(1),
  tokenVariants: z.record(z.string(), z.array(z.string().min(1))),
  fuzzyStopWords: z.array(z.string().min(1)),
  contextTerms: z.object({ fever: ZPhrases }),
  nonFindingPhrases: z.object({ phrases: ZPhrases }),
  vitalSignRules: z.object({
    feverC: z.number(),
    infantFeverMaxAgeYears: z.number(),
    youngInfantHighFeverC: z.number(),
    youngInfantHighFeverMaxAgeYears: z.number(),
    olderAdultMinAgeYears: z.number(),
    severeHypertension: ZBloodPressure,
    pregnancyHypertension: ZBloodPressure,
    pregnancySevereHypertension: ZBloodPressure,
  }),
  SOURCES: ZSources,
});

export type TNews2Band = z.infer<typeof ZBand>;
export type TFlagDefinition = z.infer<typeof ZFlagDefinition>;
export type TFlagWhen = z.infer<typeof ZFlagWhen>;
export type TFlagSeverityData = z.infer<typeof ZSeverity>;
export type TNegationData = z.infer<typeof ZNegationData>;
export type TRedFlagData = z.infer<typeof ZRedFlagData>;

/** NEWS2 thresholds (© Royal College of Physicians 2017, restated). */
export const NEWS2_DATA = ZNews2Data.parse(news2Json);
/** NegEx + ConText trigger lists (Chapman 2001; Harkema 2009; project additions). */
export const NEGATION_DATA: TNegationData = ZNegationData.parse(negationJson);
/** Red-flag vocabulary and vital-sign thresholds (CDC, 988, AAP, NICE, ACOG; project phrases). */
export const RED_FLAG_DATA: TRedFlagData = ZRedFlagData.parse(redFlagsJson);
