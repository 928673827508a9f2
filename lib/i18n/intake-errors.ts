/**
 * Spanish for every validation message of the intake (the English messages
 * live next to the rules in lib/schemas/intake.ts and intake-form.ts and are
 * the keys here). A test feeds bad answers to every step and fails if a
 * message has no Spanish version.
 */
import type { Locale } from "./intake-text";

const ES: Record<string, string> = {
  "Choose what your consultation is about": "Elija de qué se trata su consulta",
  "Describe your main problem": "Describa su problema principal",
  "Describe your main problem in a few words, for example 'itchy rash on my arm'":
    "Describa su problema principal en unas palabras, por ejemplo ‘sarpullido con picazón en el brazo’",
  "Keep the main problem under 500 characters; add details below": "Escriba el problema principal en menos de 500 caracteres; añada detalles abajo",
  "Keep other symptoms under 200 characters": "Escriba los otros síntomas en menos de 200 caracteres",
  "Keep the details under 4000 characters": "Escriba los detalles en menos de 4000 caracteres",
  "Choose when it started": "Elija cuándo empezó",
  "Choose how bad it is, from 0 to 10": "Elija qué tan fuerte es, de 0 a 10",
  "Enter the top number as a number, for example 120": "Escriba el número de arriba con cifras, por ejemplo 120",
  "Enter the top number between 40 and 300, for example 120": "Escriba un número de arriba entre 40 y 300, por ejemplo 120",
  "Enter the bottom number as a number, for example 80": "Escriba el número de abajo con cifras, por ejemplo 80",
  "Enter the bottom number between 20 and 200, for example 80": "Escriba un número de abajo entre 20 y 200, por ejemplo 80",
  "Enter both blood pressure numbers, or leave both empty": "Escriba los dos números de la presión, o deje los dos en blanco",
  "The bottom number must be lower than the top number": "El número de abajo debe ser menor que el de arriba",
  "Enter your heart rate as a number, for example 72": "Escriba su pulso con cifras, por ejemplo 72",
  "Enter your heart rate between 20 and 250, for example 72": "Escriba un pulso entre 20 y 250, por ejemplo 72",
  "Enter breaths in one minute as a number, for example 16": "Escriba las respiraciones por minuto con cifras, por ejemplo 16",
  "Enter breaths in one minute between 1 and 80, for example 16": "Escriba entre 1 y 80 respiraciones por minuto, por ejemplo 16",
  "Enter your temperature as a number, for example 38.2": "Escriba su temperatura con cifras, por ejemplo 38.2",
  "Enter a temperature between 25 and 45 °C, for example 38.2": "Escriba una temperatura entre 25 y 45 °C, por ejemplo 38.2",
  "Enter a temperature between 77 and 113 °F, for example 100.8": "Escriba una temperatura entre 77 y 113 °F, por ejemplo 100.8",
  "Enter your oxygen level as a number, for example 97": "Escriba su nivel de oxígeno con cifras, por ejemplo 97",
  "Enter your oxygen level between 50 and 100, for example 97": "Escriba un nivel de oxígeno entre 50 y 100, por ejemplo 97",
  "Tell us if you take any medicines": "Díganos si toma alguna medicina",
  "Add the medicines you take, or choose No": "Añada las medicinas que toma, o elija No",
  "Enter the medicine name": "Escriba el nombre de la medicina",
  "You can list up to 50 medicines": "Puede añadir hasta 50 medicinas",
  "Tell us if you have any allergies": "Díganos si tiene alguna alergia",
  "Add what you are allergic to, or choose No": "Añada a qué es alérgico, o elija No",
  "Enter what you are allergic to": "Escriba a qué es alérgico",
  "You can list up to 50 allergies": "Puede añadir hasta 50 alergias",
  "Tell us if you could be pregnant": "Díganos si podría estar embarazada",
  "Choose the language you want us to use": "Elija el idioma que quiere que usemos",
  "Tick the box to agree, so a clinician can review your request": "Marque la casilla para aceptar, así un profesional puede revisar su solicitud",
  "You must agree before we can review your request": "Debe aceptar antes de que podamos revisar su solicitud",
  "You can add up to 10 photos or files": "Puede añadir hasta 10 fotos o archivos",
  "Read the new wording and agree again": "Lea el texto nuevo y vuelva a aceptar",
  "Upload the files again": "Vuelva a subir los archivos",
};

/** The message in the patient's language (English messages are used as written). */
export function localizeMessage(message: string, locale: Locale): string {
  return locale === "es" ? (ES[message] ?? message) : message;
}

export function hasSpanish(message: string): boolean {
  return message in ES;
}
