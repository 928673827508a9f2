/**
 * A small curated library of patient education, in plain language (reading
 * age ~9-11), in English and Spanish, keyed by ICD-10 code prefixes and by
 * drug (generic name). Written by us; the sources listed are what each text
 * was checked against. To add an entry: add an object below with both
 * languages and its sources; `selectEducation` picks entries automatically.
 */
export interface EducationEntry {
  key: string;
  kind: "condition" | "medication" | "care";
  icd10Prefixes?: string[];
  drugs?: string[];
  sources: string[];
  en: { title: string; body: string };
  es: { title: string; body: string };
}

const MEDLINEPLUS = "MedlinePlus, U.S. National Library of Medicine (medlineplus.gov)";
const CDC = "Centers for Disease Control and Prevention (cdc.gov)";
const NHS = "NHS Health A to Z (nhs.uk)";

export const EDUCATION: EducationEntry[] = [
  {
    key: "sore-throat", kind: "condition", icd10Prefixes: ["J02", "J03", "J06"], sources: [CDC, NHS],
    en: { title: "Sore throat and colds", body: "Most sore throats are caused by viruses and get better in about a week without antibiotics.\n\n- Drink plenty of fluids and rest.\n- Warm drinks, honey (not for babies under 1) and throat lozenges can help.\n- Paracetamol (acetaminophen) or ibuprofen can ease pain and fever if they are safe for you.\n\n**Get help now** if you have trouble breathing or swallowing, you drool, or you cannot open your mouth fully." },
    es: { title: "Dolor de garganta y resfriados", body: "La mayoría de los dolores de garganta los causan virus y mejoran en una semana sin antibióticos.\n\n- Beba muchos líquidos y descanse.\n- Las bebidas tibias, la miel (no para bebés menores de 1 año) y las pastillas para la garganta pueden ayudar.\n- El paracetamol (acetaminofén) o el ibuprofeno pueden aliviar el dolor y la fiebre si son seguros para usted.\n\n**Busque ayuda de inmediato** si le cuesta respirar o tragar, babea o no puede abrir bien la boca." },
  },
  {
    key: "sinusitis", kind: "condition", icd10Prefixes: ["J01", "J32"], sources: [CDC, MEDLINEPLUS],
    en: { title: "Sinus infection (sinusitis)", body: "Sinusitis usually gets better on its own in 2 to 3 weeks.\n\n- Rinse your nose with salt water (saline) once or twice a day.\n- Breathe in steam from a bowl of hot water or a shower.\n- Use pain relief if it is safe for you.\n\n**Contact us** if you have a high fever, swelling around your eyes, a very bad headache, or you are not better after 10 days." },
    es: { title: "Sinusitis", body: "La sinusitis suele mejorar sola en 2 o 3 semanas.\n\n- Lávese la nariz con agua salada (solución salina) una o dos veces al día.\n- Respire el vapor de un recipiente con agua caliente o de la ducha.\n- Tome analgésicos si son seguros para usted.\n\n**Comuníquese con nosotros** si tiene fiebre alta, hinchazón alrededor de los ojos, un dolor de cabeza muy fuerte o no mejora después de 10 días." },
  },
  {
    key: "uti", kind: "condition", icd10Prefixes: ["N39.0", "N30"], sources: [MEDLINEPLUS, NHS],
    en: { title: "Urinary tract infection (UTI)", body: "A UTI is an infection of the bladder. Antibiotics usually clear it in a few days.\n\n- Take every dose of your antibiotic, even if you feel better.\n- Drink enough water so your pee is pale.\n- Pee when you need to, and after sex.\n\n**Get help now** if you have pain in your back or side, a high temperature, shivering, or you are being sick." },
    es: { title: "Infección urinaria", body: "Una infección urinaria es una infección de la vejiga. Los antibióticos suelen curarla en pocos días.\n\n- Tome todas las dosis del antibiótico, aunque se sienta mejor.\n- Beba suficiente agua para que la orina sea clara.\n- Orine cuando lo necesite y después de las relaciones sexuales.\n\n**Busque ayuda de inmediato** si tiene dolor en la espalda o el costado, fiebre alta, escalofríos o vómitos." },
  },
  {
    key: "allergic-rhinitis", kind: "condition", icd10Prefixes: ["J30"], sources: [MEDLINEPLUS],
    en: { title: "Hay fever (allergic rhinitis)", body: "Hay fever is an allergy to pollen or dust. It is not contagious.\n\n- An antihistamine tablet once a day can help with sneezing and itchy eyes.\n- Keep windows closed when pollen counts are high.\n- Shower and change clothes after being outside.\n\n**Contact us** if your eyes become painful, red or your vision changes." },
    es: { title: "Fiebre del heno (rinitis alérgica)", body: "La fiebre del heno es una alergia al polen o al polvo. No es contagiosa.\n\n- Una pastilla de antihistamínico al día puede ayudar con los estornudos y la picazón de ojos.\n- Mantenga las ventanas cerradas cuando haya mucho polen.\n- Dúchese y cámbiese de ropa después de estar afuera.\n\n**Comuníquese con nosotros** si le duelen los ojos, se ponen rojos o cambia su visión." },
  },
  {
    key: "back-pain", kind: "condition", icd10Prefixes: ["M54"], sources: [NHS, MEDLINEPLUS],
    en: { title: "Low back pain", body: "Most back pain gets better in a few weeks.\n\n- Keep moving gently; bed rest makes it worse.\n- Heat packs and pain relief can help.\n- Go back to normal activities as soon as you can.\n\n**Get help now** if you have numbness around your bottom or genitals, cannot control your pee or poo, or have weakness in your legs." },
    es: { title: "Dolor de espalda baja", body: "La mayoría de los dolores de espalda mejoran en unas semanas.\n\n- Siga moviéndose con suavidad; quedarse en cama lo empeora.\n- El calor y los analgésicos pueden ayudar.\n- Vuelva a sus actividades normales lo antes posible.\n\n**Busque ayuda de inmediato** si siente adormecimiento alrededor de las nalgas o los genitales, no puede controlar la orina o las heces, o tiene debilidad en las piernas." },
  },
  {
    key: "skin-rash", kind: "condition", icd10Prefixes: ["L20", "L23", "L24", "L25", "L30"], sources: [MEDLINEPLUS],
    en: { title: "Itchy rash (dermatitis)", body: "- Use a gentle, unscented moisturiser several times a day.\n- Avoid soaps and anything you think caused the rash.\n- Do not scratch; keep nails short.\n\n**Contact us** if the rash spreads fast, blisters, becomes painful or hot, or you have a fever." },
    es: { title: "Sarpullido con picazón (dermatitis)", body: "- Use una crema hidratante suave y sin perfume varias veces al día.\n- Evite los jabones y lo que crea que causó el sarpullido.\n- No se rasque; mantenga las uñas cortas.\n\n**Comuníquese con nosotros** si el sarpullido se extiende rápido, salen ampollas, duele o está caliente, o tiene fiebre." },
  },
  {
    key: "anxiety", kind: "condition", icd10Prefixes: ["F41", "G47"], sources: [NHS, MEDLINEPLUS],
    en: { title: "Anxiety and sleep", body: "- Keep a regular sleep time and avoid screens for an hour before bed.\n- Cut down on caffeine and alcohol.\n- Slow breathing (in for 4, out for 6) can calm a racing heart.\n\n**If you ever think about harming yourself, call or text 988 (Suicide and Crisis Lifeline) or 911 right away.**" },
    es: { title: "Ansiedad y sueño", body: "- Acuéstese a la misma hora y evite las pantallas una hora antes de dormir.\n- Reduzca la cafeína y el alcohol.\n- Respirar despacio (inhale contando 4, exhale contando 6) puede calmar el corazón acelerado.\n\n**Si alguna vez piensa en hacerse daño, llame o envíe un mensaje al 988 (Línea de Crisis y Suicidio) o al 911 de inmediato.**" },
  },
  {
    key: "amoxicillin", kind: "medication", drugs: ["amoxicillin"], sources: [MEDLINEPLUS],
    en: { title: "Your medicine: amoxicillin", body: "Amoxicillin is an antibiotic.\n\n- Take it at evenly spaced times, with or without food.\n- Finish the whole course.\n- Diarrhoea can happen; drink plenty of fluids.\n\n**Stop and get help now** if you get a rash with swelling of the face or lips, or trouble breathing." },
    es: { title: "Su medicamento: amoxicilina", body: "La amoxicilina es un antibiótico.\n\n- Tómela a horas regulares, con o sin comida.\n- Termine todo el tratamiento.\n- Puede causar diarrea; beba muchos líquidos.\n\n**Deje de tomarla y busque ayuda de inmediato** si le sale un sarpullido con hinchazón de la cara o los labios, o le cuesta respirar." },
  },
  {
    key: "acetaminophen", kind: "medication", drugs: ["acetaminophen", "paracetamol"], sources: [MEDLINEPLUS],
    en: { title: "Your medicine: acetaminophen (paracetamol)", body: "- Do not take more than the label says in 24 hours.\n- Check other medicines (like cold remedies): many also contain acetaminophen.\n- Avoid alcohol while you take it." },
    es: { title: "Su medicamento: acetaminofén (paracetamol)", body: "- No tome más de lo que indica la etiqueta en 24 horas.\n- Revise otros medicamentos (como los del resfriado): muchos también contienen acetaminofén.\n- Evite el alcohol mientras lo toma." },
  },
  {
    key: "warfarin-safety", kind: "medication", drugs: ["warfarin"], sources: [MEDLINEPLUS],
    en: { title: "If you take warfarin", body: "- Many medicines, including ibuprofen, aspirin and some antibiotics, change how warfarin works. Ask before starting anything new.\n- Keep your INR blood tests.\n\n**Get help now** for bleeding that will not stop, black or bloody stools, or a bad headache." },
    es: { title: "Si toma warfarina", body: "- Muchos medicamentos, como el ibuprofeno, la aspirina y algunos antibióticos, cambian cómo funciona la warfarina. Pregunte antes de empezar algo nuevo.\n- No falte a sus análisis de INR.\n\n**Busque ayuda de inmediato** si tiene un sangrado que no para, heces negras o con sangre, o un dolor de cabeza fuerte." },
  },
];

/** Entries that match a diagnosis (ICD-10 prefix) or any of the drugs. */
export function selectEducation(primaryDiagnosisCode: string | null | undefined, drugs: string[] = []): string[] {
  const code = (primaryDiagnosisCode ?? "").toUpperCase();
  const names = drugs.map((d) => d.toLowerCase());
  return EDUCATION.filter(
    (e) => (code && e.icd10Prefixes?.some((p) => code.startsWith(p))) || e.drugs?.some((d) => names.some((n) => n.includes(d))),
  ).map((e) => e.key);
}

export function educationByKey(key: string): EducationEntry | undefined {
  return EDUCATION.find((e) => e.key === key);
}
