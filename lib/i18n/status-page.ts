/**
 * Words for a patient's consultation page (confirmation, care cards,
 * progress), in English and Spanish. Plain language, reading age ~9-11.
 * Care cards follow the NHS three levels; the level's name starts each
 * heading so its meaning never depends on colour.
 */
import type { Locale } from "./intake-text";

export interface StatusPageText {
  backToList: string;
  reference: string;
  sent: string;
  confirmation: { title: string; referenceLabel: string; whatNext: string; steps: (within: string) => string[]; emergencySteps: string[]; keepPage: string; notify: string };
  cards: {
    emergency: { level: string; title: string; body: string[] };
    urgent: { level: string; title: (within: string) => string; body: string; safety: string };
    routine: { level: string; title: (within: string) => string; body: string; safety: string };
  };
  aimBy: string;
  call911: string;
  progress: string;
  now: string;
  next: string;
  upcoming: Record<"assigned" | "in_review" | "completed", string>;
  live: { on: string; polling: string; update: (title: string) => string };
  within: (minutes: number) => string;
}

const EN: StatusPageText = {
  backToList: "My consultations",
  reference: "Reference",
  sent: "Sent",
  confirmation: {
    title: "Request sent",
    referenceLabel: "Your reference number",
    whatNext: "What happens next",
    steps: (within) => [
      "We have checked how urgent your request is.",
      `A clinician will read your answers and reply ${within}.`,
      "If they need to know more, they will ask you a question on this page.",
    ],
    emergencySteps: ["Do not wait for an online reply. Get help now.", "Our clinical team can see your request too."],
    keepPage: "This page updates by itself while it is open. You can close it and come back any time from ‘My consultations’.",
    notify: "We will also send you a message when anything changes, and an email if you have email updates turned on.",
  },
  cards: {
    emergency: {
      level: "Immediate action required",
      title: "Call 911 or go to the nearest emergency department now",
      body: [
        "Your answers suggest you may need care that cannot wait for an online reply.",
        "Do not drive yourself. If you can, ask someone to stay with you.",
      ],
    },
    urgent: {
      level: "Urgent advice",
      title: (within) => `A clinician will review your request ${within}`,
      body: "They may call you to talk on the phone or by video today.",
      safety: "If you get worse before then, call 911 or go to the nearest emergency department.",
    },
    routine: {
      level: "Non-urgent advice",
      title: (within) => `A clinician will reply ${within}`,
      body: "You do not need to do anything now. We will show their reply on this page.",
      safety: "If you get worse or have new symptoms that worry you, call 911 in an emergency.",
    },
  },
  aimBy: "We aim to reply by",
  call911: "Call 911",
  progress: "Progress",
  now: "Now",
  next: "Next",
  upcoming: { assigned: "A clinician picks up your request", in_review: "The clinician reviews your answers", completed: "You get your care plan" },
  live: { on: "This page updates by itself.", polling: "This page checks for updates every 20 seconds.", update: (title) => `Update: ${title}` },
  within: (m) => (m <= 0 ? "as soon as possible" : m < 60 ? `within ${m} minutes` : m < 48 * 60 ? `within ${plural(Math.round(m / 60), "hour")}` : `within ${plural(Math.round(m / 1440), "day")}`),
};

const ES: StatusPageText = {
  backToList: "Mis consultas",
  reference: "Referencia",
  sent: "Enviada",
  confirmation: {
    title: "Solicitud enviada",
    referenceLabel: "Su número de referencia",
    whatNext: "Qué pasa ahora",
    steps: (within) => [
      "Ya revisamos qué tan urgente es su solicitud.",
      `Un profesional leerá sus respuestas y le responderá ${within}.`,
      "Si necesita saber más, le hará una pregunta en esta página.",
    ],
    emergencySteps: ["No espere una respuesta en línea. Busque ayuda ahora.", "Nuestro equipo clínico también puede ver su solicitud."],
    keepPage: "Esta página se actualiza sola mientras está abierta. Puede cerrarla y volver cuando quiera desde ‘Mis consultas’.",
    notify: "También le enviaremos un mensaje cuando algo cambie, y un correo electrónico si tiene activados los avisos por correo.",
  },
  cards: {
    emergency: {
      level: "Se requiere acción inmediata",
      title: "Llame al 911 o vaya a la sala de emergencias más cercana ahora",
      body: [
        "Sus respuestas indican que podría necesitar atención que no puede esperar una respuesta en línea.",
        "No maneje usted mismo. Si puede, pida a alguien que se quede con usted.",
      ],
    },
    urgent: {
      level: "Atención urgente",
      title: (within) => `Un profesional revisará su solicitud ${within}`,
      body: "Es posible que le llame hoy para hablar por teléfono o por video.",
      safety: "Si empeora antes, llame al 911 o vaya a la sala de emergencias más cercana.",
    },
    routine: {
      level: "Atención no urgente",
      title: (within) => `Un profesional le responderá ${within}`,
      body: "No tiene que hacer nada ahora. Verá su respuesta en esta página.",
      safety: "Si empeora o tiene síntomas nuevos que le preocupan, llame al 911 en una emergencia.",
    },
  },
  aimBy: "Queremos responderle antes de",
  call911: "Llamar al 911",
  progress: "Progreso",
  now: "Ahora",
  next: "Después",
  upcoming: { assigned: "Un profesional toma su solicitud", in_review: "El profesional revisa sus respuestas", completed: "Recibe su plan de cuidado" },
  live: { on: "Esta página se actualiza sola.", polling: "Esta página busca novedades cada 20 segundos.", update: (title) => `Novedad: ${title}` },
  within: (m) =>
    m <= 0 ? "lo antes posible" : m < 60 ? `en menos de ${m} minutos` : m < 48 * 60 ? `en menos de ${pluralEs(Math.round(m / 60), "hora")}` : `en menos de ${pluralEs(Math.round(m / 1440), "día")}`,
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function pluralEs(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

export function statusPageText(locale: Locale | string | null | undefined): StatusPageText {
  return locale === "es" ? ES : EN;
}
