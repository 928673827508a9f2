/** Offline knowledge table: throat, nose, chest, ear, eye and fever presentations. */
import { med, type Condition } from "./condition-types";

const URGENT_BREATHING = {
  en: "you find it hard to breathe, your lips turn blue, you cough up blood, or you feel confused or very drowsy",
  es: "le cuesta respirar, se le ponen los labios azules, tose sangre, o se siente confundido o muy somnoliento",
};

export const RESPIRATORY_CONDITIONS: Condition[] = [
  {
    code: "J02.9", description: "Acute pharyngitis, unspecified",
    strong: ["sore throat", "throat pain", "painful swallowing", "dolor de garganta", "pharyngitis", "strep throat"],
    phrases: ["throat", "garganta", "swallowing", "tonsils", "swollen glands", "hoarse", "fever", "fiebre"],
    against: ["cough", "tos", "runny nose"],
    lay: { en: "a sore throat, most likely caused by a virus", es: "dolor de garganta, probablemente causado por un virus" },
    plan: "Symptomatic care: analgesia, fluids, salt-water gargles. Centor/McIsaac score; rapid strep test in person if 3 or more criteria. Safety-net for drooling, trismus, stridor, unilateral swelling (peritonsillar abscess).",
    advice: {
      en: "Rest, drink plenty of fluids, and try warm drinks or gargling with salt water. Pain relief such as acetaminophen (paracetamol) or ibuprofen can help.",
      es: "Descanse, tome muchos líquidos y pruebe bebidas tibias o gárgaras con agua y sal. Un analgésico como el acetaminofén (paracetamol) o el ibuprofeno puede ayudar.",
    },
    urgent: { en: "you cannot swallow your saliva, you drool, you cannot open your mouth, or you find it hard to breathe", es: "no puede tragar la saliva, babea, no puede abrir la boca, o le cuesta respirar" },
    followUpDays: 5,
    medications: [
      med("acetaminophen", "500 mg", "every 6 hours as needed", 5, "First-line analgesic and antipyretic for viral pharyngitis."),
      med("ibuprofen", "400 mg", "every 8 hours as needed with food", 5, "Alternative anti-inflammatory analgesic for throat pain."),
    ],
  },
  {
    code: "J06.9", description: "Acute upper respiratory infection, unspecified",
    strong: ["common cold", "head cold", "runny nose", "resfriado", "catarro", "gripe"],
    phrases: ["cough", "tos", "congestion", "stuffy nose", "sneezing", "mocos", "congestión", "sore throat", "dolor de garganta", "fever", "fiebre", "cold", "aches"],
    lay: { en: "a cold (a viral infection of the nose and throat)", es: "un resfriado (una infección por virus de la nariz y la garganta)" },
    plan: "Supportive care; no antibiotics (viral). Review if symptoms last beyond 10 days or worsen after initial improvement (possible bacterial sinusitis).",
    advice: {
      en: "Rest, drink plenty of fluids and use acetaminophen (paracetamol) for fever or aches. Honey in warm water can ease a cough. Antibiotics do not help colds.",
      es: "Descanse, tome muchos líquidos y use acetaminofén (paracetamol) para la fiebre o los dolores. La miel en agua tibia puede calmar la tos. Los antibióticos no curan los resfriados.",
    },
    urgent: URGENT_BREATHING,
    followUpDays: 7,
    medications: [med("acetaminophen", "500 mg", "every 6 hours as needed", 5, "Symptomatic relief of fever and aches in a viral upper respiratory infection.")],
  },
  {
    code: "J20.9", description: "Acute bronchitis, unspecified",
    strong: ["cough with phlegm", "green phlegm", "yellow phlegm", "productive cough", "chest cold", "tos con flema", "bronchitis"],
    phrases: ["cough", "tos", "phlegm", "flema", "mucus", "sputum", "wheeze", "chest congestion"],
    lay: { en: "a chest infection called acute bronchitis, usually caused by a virus", es: "una infección del pecho llamada bronquitis aguda, casi siempre causada por un virus" },
    plan: "Supportive care; antibiotics not indicated for uncomplicated acute bronchitis (ACP/CDC). Cough may last up to 3 weeks. In-person review for dyspnoea, SpO2 < 94%, fever > 3 days or focal chest signs (pneumonia).",
    advice: {
      en: "Rest and drink plenty of fluids. A cough like this can last 2 to 3 weeks. Honey in warm water and a cough medicine can help. Antibiotics do not usually help.",
      es: "Descanse y tome muchos líquidos. Una tos así puede durar 2 o 3 semanas. La miel en agua tibia y un jarabe para la tos pueden ayudar. Los antibióticos casi nunca ayudan.",
    },
    urgent: URGENT_BREATHING,
    followUpDays: 7,
    medications: [
      med("guaifenesin", "400 mg", "every 6 hours as needed", 7, "Expectorant for a productive cough."),
      med("dextromethorphan", "30 mg", "every 8 hours as needed", 7, "Antitussive for a cough that disturbs sleep."),
    ],
  },
  {
    code: "J01.90", description: "Acute sinusitis, unspecified",
    strong: ["sinus pain", "sinus pressure", "pain around my eyes", "facial pain", "sinusitis", "sinus infection", "dolor de senos nasales"],
    phrases: ["blocked nose", "stuffy nose", "nasal congestion", "congestion", "sinus", "nariz tapada", "green mucus", "ten days", "facial pressure"],
    lay: { en: "a sinus infection (sinusitis)", es: "una infección de los senos nasales (sinusitis)" },
    plan: "Bacterial sinusitis likely if ≥ 10 days without improvement, severe onset, or double worsening (IDSA 2012): amoxicillin-clavulanate 5-7 days; doxycycline if penicillin-allergic. Saline irrigation, intranasal steroid.",
    advice: {
      en: "Rinse your nose with salt water, breathe steam, and use pain relief if you need it. Finish any medicine exactly as your clinician tells you.",
      es: "Lávese la nariz con agua y sal, respire vapor y use un analgésico si lo necesita. Termine cualquier medicamento tal como se lo indique su profesional médico.",
    },
    urgent: { en: "you get swelling or redness around your eye, changes in your vision, a severe headache or a stiff neck", es: "se le hincha o enrojece alrededor del ojo, cambia su vista, tiene un dolor de cabeza muy fuerte o el cuello rígido" },
    followUpDays: 5,
    medications: [
      med("amoxicillin/clavulanate", "875 mg", "twice daily", 5, "First-line for acute bacterial rhinosinusitis (IDSA 2012)."),
      med("doxycycline", "100 mg", "twice daily", 5, "Alternative for penicillin allergy."),
    ],
  },
  {
    code: "J30.9", description: "Allergic rhinitis, unspecified",
    strong: ["hay fever", "seasonal allergies", "allergic rhinitis", "itchy eyes and sneezing", "alergia", "alergias"],
    phrases: ["sneezing", "itchy eyes", "runny nose", "watery eyes", "estornudos", "pollen", "itchy nose"],
    lay: { en: "hay fever (an allergy affecting the nose and eyes)", es: "fiebre del heno (una alergia que afecta la nariz y los ojos)" },
    plan: "Second-generation oral antihistamine; intranasal corticosteroid if persistent; allergen avoidance.",
    advice: {
      en: "Try to avoid what triggers it, keep windows closed on high-pollen days, and take the allergy tablet once a day.",
      es: "Evite lo que le provoca la alergia, cierre las ventanas los días con mucho polen y tome la pastilla para la alergia una vez al día.",
    },
    urgent: { en: "your lips, tongue or throat swell, or you find it hard to breathe", es: "se le hinchan los labios, la lengua o la garganta, o le cuesta respirar" },
    followUpDays: 14,
    medications: [
      med("cetirizine", "10 mg", "once daily", 30, "Second-generation antihistamine, first-line for allergic rhinitis."),
      med("loratadine", "10 mg", "once daily", 30, "Less-sedating alternative antihistamine."),
    ],
  },
  {
    code: "H66.90", description: "Otitis media, unspecified, unspecified ear",
    strong: ["ear pain", "earache", "ear infection", "muffled hearing", "dolor de oído", "otitis"],
    phrases: ["ear", "hearing", "oído", "oreja", "blocked ear"],
    lay: { en: "a middle ear infection", es: "una infección del oído medio" },
    plan: "Analgesia; adult acute otitis media: amoxicillin (cefuroxime if non-severe penicillin allergy). In-person otoscopy if uncertain, discharge, or no improvement in 48-72 h.",
    advice: {
      en: "Pain relief and a warm cloth over the ear can help. Do not put anything inside the ear.",
      es: "Un analgésico y un paño tibio sobre el oído pueden ayudar. No meta nada dentro del oído.",
    },
    urgent: { en: "you get swelling or redness behind the ear, a severe headache, a stiff neck, or weakness of your face", es: "se le hincha o enrojece detrás de la oreja, tiene un dolor de cabeza muy fuerte, el cuello rígido o debilidad en la cara" },
    followUpDays: 3,
    medications: [
      med("amoxicillin", "500 mg", "every 8 hours", 7, "First-line antibiotic for acute otitis media."),
      med("cefuroxime", "500 mg", "twice daily", 7, "Alternative for a non-severe penicillin allergy."),
    ],
  },
  {
    code: "H10.9", description: "Unspecified conjunctivitis",
    strong: ["pink eye", "conjunctivitis", "red eye", "eye discharge", "crusty eye", "ojo rojo", "conjuntivitis", "sticky eye"],
    phrases: ["eye", "eyes", "gritty", "watery eyes", "ojos", "itchy eyes"],
    against: ["pain around my eyes", "sinus", "blocked nose"],
    lay: { en: "an eye infection or irritation called conjunctivitis (pink eye)", es: "una infección o irritación del ojo llamada conjuntivitis" },
    plan: "Likely viral or bacterial conjunctivitis: hygiene; topical antibiotic if purulent. Urgent in-person review for pain, photophobia, reduced vision or contact-lens wear.",
    advice: {
      en: "Clean your eyes gently with cooled boiled water, wash your hands often, and do not share towels. Do not wear contact lenses until it clears.",
      es: "Limpie los ojos con suavidad con agua hervida y fría, lávese las manos a menudo y no comparta toallas. No use lentes de contacto hasta que se cure.",
    },
    urgent: { en: "your eye is very painful, light hurts your eyes, or your vision changes", es: "el ojo le duele mucho, la luz le molesta, o su vista cambia" },
    followUpDays: 3,
    medications: [med("erythromycin", "1 cm ribbon of 0.5% ophthalmic ointment", "four times daily", 5, "Topical antibiotic for purulent bacterial conjunctivitis.")],
  },
  {
    code: "R50.9", description: "Fever, unspecified",
    strong: ["high fever", "fever", "fiebre", "temperature"],
    phrases: ["chills", "shivering", "escalofríos", "sweats", "hot", "unwell"],
    lay: { en: "a fever", es: "fiebre" },
    plan: "Identify a source; antipyretic; in-person assessment if fever with red flags, NEWS2 ≥ 5, immunosuppression or no source after 3 days.",
    advice: {
      en: "Drink plenty of fluids, rest, and take acetaminophen (paracetamol) for the fever.",
      es: "Tome muchos líquidos, descanse y tome acetaminofén (paracetamol) para la fiebre.",
    },
    urgent: { en: "you feel confused, have a rash that does not fade when pressed, a stiff neck, fast breathing, or you are getting worse", es: "se siente confundido, tiene un sarpullido que no se borra al apretarlo, el cuello rígido, respira rápido o empeora" },
    followUpDays: 2,
    medications: [med("acetaminophen", "1000 mg", "every 6 hours as needed", 3, "Antipyretic.")],
  },
];
