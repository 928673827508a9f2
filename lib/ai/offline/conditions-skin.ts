/** Offline knowledge table: skin presentations. */
import { med, type Condition } from "./condition-types";

export const SKIN_CONDITIONS: Condition[] = [
  {
    code: "L25.9", description: "Unspecified contact dermatitis, unspecified cause",
    strong: ["itchy rash", "contact dermatitis", "rash after", "new soap", "sarpullido", "erupción"],
    phrases: ["rash", "itching", "itchy", "red", "skin", "forearms", "hands", "picazón", "comezón", "piel"],
    types: ["dermatology"],
    lay: { en: "skin irritation from something that touched your skin (contact dermatitis)", es: "irritación de la piel por algo que la tocó (dermatitis de contacto)" },
    plan: "Identify and avoid the trigger; low-potency topical corticosteroid; oral antihistamine for itch; review photos; in-person if widespread, blistering or facial.",
    advice: {
      en: "Try to find and avoid what caused it (soaps, jewellery, plants). Use a gentle moisturiser and the cream as directed, and do not scratch.",
      es: "Intente encontrar y evitar lo que lo causó (jabones, joyas, plantas). Use una crema hidratante suave y la crema indicada, y no se rasque.",
    },
    urgent: { en: "the rash spreads fast, blisters, affects your eyes or mouth, or you get a fever", es: "el sarpullido se extiende rápido, le salen ampollas, afecta los ojos o la boca, o tiene fiebre" },
    followUpDays: 7,
    medications: [
      med("hydrocortisone", "thin layer of 1% cream", "twice daily", 7, "Low-potency topical corticosteroid for localised dermatitis."),
      med("cetirizine", "10 mg", "once daily", 7, "Oral antihistamine for itch."),
    ],
  },
  {
    code: "L70.0", description: "Acne vulgaris",
    strong: ["acne", "pimples", "acné", "granos", "breakouts", "spots on my face"],
    phrases: ["face", "whiteheads", "blackheads", "oily skin", "cara"],
    types: ["dermatology"],
    lay: { en: "acne", es: "acné" },
    plan: "Mild-moderate acne (AAD 2024): topical retinoid plus benzoyl peroxide; topical clindamycin only with benzoyl peroxide; oral doxycycline for moderate inflammatory acne; review at 8-12 weeks.",
    advice: {
      en: "Wash your face gently twice a day, do not squeeze spots, and use oil-free products. Treatments take 6 to 8 weeks to work.",
      es: "Lávese la cara con suavidad dos veces al día, no se apriete los granos y use productos sin aceite. Los tratamientos tardan 6 a 8 semanas en funcionar.",
    },
    urgent: { en: "you get painful lumps, scarring, or feel very low about your skin", es: "le salen bultos dolorosos, cicatrices, o se siente muy triste por su piel" },
    followUpDays: 60,
    medications: [med("clindamycin", "thin layer of 1% gel", "twice daily", 84, "Topical antibiotic, combined with benzoyl peroxide to limit resistance.")],
  },
  {
    code: "D49.2", description: "Neoplasm of unspecified behavior of bone, soft tissue, and skin",
    strong: ["changed colour", "changed color", "changed shape", "changing mole", "new mole", "mole has changed", "lunar"],
    phrases: ["mole", "colour", "color", "shape", "bleeding mole", "itchy mole"],
    types: ["dermatology"],
    lay: { en: "a mole that has changed and needs to be looked at in person", es: "un lunar que ha cambiado y debe revisarse en persona" },
    plan: "ABCDE features: refer for in-person dermatology with dermoscopy and excision biopsy as indicated (suspected melanoma pathway).",
    advice: {
      en: "A changing mole needs to be checked in person. Take a clear photo with a ruler next to it so changes can be compared.",
      es: "Un lunar que cambia debe revisarse en persona. Tómele una foto clara con una regla al lado para poder comparar los cambios.",
    },
    urgent: { en: "the mole bleeds and will not stop, or grows quickly", es: "el lunar sangra y no para, o crece rápidamente" },
    followUpDays: 14,
    medications: [],
  },
];
