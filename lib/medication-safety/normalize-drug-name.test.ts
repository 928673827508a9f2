import { describe, it, expect } from "vitest";
import { normalizeDrugName } from "./normalize-drug-name";
import { searchDrugs } from "./search-drugs";
import { editDistance } from "./spelling";

describe("normalizeDrugName: brands, synonyms, strength/form/salt words", () => {
  it.each([
    ["Zocor 40 mg tablet daily", "simvastatin", "brand"],
    ["  ZOCOR   40mg  ", "simvastatin", "brand"],
    ["Zocor (simvastatin) 40 mg", "simvastatin", "brand"],
    ["Coumadin", "warfarin", "brand"],
    ["Coumadin 5mg PO daily", "warfarin", "brand"],
    ["Zithromax Z-Pak", "azithromycin", "brand"],
    ["z-pak", "azithromycin", "brand"],
    ["metoprolol succinate", "metoprolol", "generic"],
    ["metoprolol succinate ER 25 mg", "metoprolol", "generic"],
    ["Toprol XL 50 mg", "metoprolol", "brand"],
    ["Toprol", "metoprolol", "brand"],
    ["sertraline HCl 50 mg", "sertraline", "generic"],
    ["levothyroxine sodium 75 mcg", "levothyroxine", "synonym"],
    ["potassium chloride 20 mEq", "potassium chloride", "generic"],
    ["Tylenol", "acetaminophen", "brand"],
    ["paracetamol 500 mg", "acetaminophen", "brand"],
    ["PCN", "penicillin", "synonym"],
    ["penicillin VK 500mg", "penicillin V", "synonym"],
    ["amoxicillin 500 mg capsule tid for 10 days", "amoxicillin", "generic"],
    ["ibuprofen 400 mg q6h prn", "ibuprofen", "generic"],
    ["cefalexin", "cephalexin", "synonym"],
  ])("%s -> %s", (input, name, matchedBy) => {
    const r = normalizeDrugName(input);
    expect(r.name).toBe(name);
    expect(r.known).toBe(true);
    expect(r.matchedBy).toBe(matchedBy);
  });

  it("maps to RxNorm ingredient RxCUIs where the data has them", () => {
    expect(normalizeDrugName("Coumadin").ingredients).toEqual([{ name: "warfarin", rxcui: 11289 }]);
    expect(normalizeDrugName("tizanidine").ingredients).toEqual([{ name: "tizanidine", rxcui: 57258 }]);
    expect(normalizeDrugName("bumetanide").ingredients).toEqual([{ name: "bumetanide", rxcui: null }]);
  });
});

describe("normalizeDrugName: combination products are expanded", () => {
  it.each([
    ["Bactrim DS", "sulfamethoxazole/trimethoprim", ["sulfamethoxazole", "trimethoprim"]],
    ["SMX-TMP 800/160", "sulfamethoxazole/trimethoprim", ["sulfamethoxazole", "trimethoprim"]],
    ["sulfamethoxazole and trimethoprim", "sulfamethoxazole/trimethoprim", ["sulfamethoxazole", "trimethoprim"]],
    ["Percocet 5/325", "oxycodone/acetaminophen", ["oxycodone", "acetaminophen"]],
    ["hydrocodone-acetaminophen 5-325", "hydrocodone/acetaminophen", ["hydrocodone", "acetaminophen"]],
    ["Augmentin 875", "amoxicillin/clavulanate", ["amoxicillin", "clavulanate"]],
    ["Tylenol #3", "acetaminophen/codeine", ["acetaminophen", "codeine"]],
    ["Entresto", "sacubitril/valsartan", ["sacubitril", "valsartan"]],
  ])("%s -> %s", (input, name, ingredients) => {
    const r = normalizeDrugName(input);
    expect(r.name).toBe(name);
    expect(r.ingredients.map((i) => i.name)).toEqual(ingredients);
  });
});

describe("normalizeDrugName: misspellings (bounded edit distance, single words >= 5 letters)", () => {
  it.each([
    ["ibuprofin", "ibuprofen"],
    ["amoxicilin 500mg", "amoxicillin"],
    ["amoxacillin", "amoxicillin"],
    ["sertaline", "sertraline"],
    ["lisinipril", "lisinopril"],
    ["warfrin", "warfarin"],
    ["hydrochlorthiazide", "hydrochlorothiazide"],
    ["zithromycin", "azithromycin"],
    ["acetaminophine", "acetaminophen"],
    ["coumadine", "warfarin"],
  ])("%s -> %s, correction reported", (input, name) => {
    const r = normalizeDrugName(input);
    expect(r.name).toBe(name);
    expect(r.matchedBy).toBe("spelling");
    expect(r.correctedFrom).toBe(input.toLowerCase().replace(/ \d+mg$/, ""));
  });

  it.each([
    // ordinary words and phrases
    "tablet", "water", "coffee", "headache", "allergy", "pharmacy", "vitamins", "medicine",
    "vitamin d", "fish oil", "birth control", "melatonin",
    // real drugs that are NOT in the vocabulary must not land on a neighbour
    "flurazepam", "quazepam", "econazole", "nizatidine", "norfloxacin", "gatifloxacin",
    "cerivastatin", "rosiglitazone", "nimodipine", "clonidine", "quetiapine", "keppra", "hyzaar",
    // brand + suffix we do not know must not become a different product
    "tylenol pm",
  ])("%s stays unknown", (input) => {
    const r = normalizeDrugName(input);
    expect(r.known).toBe(false);
    expect(r.matchedBy).toBe("unknown");
    expect(r.ingredients).toEqual([]);
  });

  it("does not correct words shorter than 5 letters", () => {
    expect(normalizeDrugName("asprn").known).toBe(false);
    expect(normalizeDrugName("soma").name).toBe("carisoprodol");
    expect(normalizeDrugName("som").known).toBe(false);
  });

  it("counts a transposition as one edit and stops early past the bound", () => {
    expect(editDistance("warfarin", "wrafarin", 1)).toBe(1);
    expect(editDistance("kitten", "sitting", 2)).toBe(3);
    expect(editDistance("abc", "abcdef", 1)).toBe(2);
  });
});

describe("searchDrugs", () => {
  it("ranks prefix matches, generic before brand, with brands and classes", () => {
    const [first, ...rest] = searchDrugs("warf", 5);
    expect(first).toEqual({
      name: "warfarin",
      brands: ["coumadin", "jantoven"],
      synonyms: [],
      classes: ["Oral anticoagulants"],
      ingredients: [{ name: "warfarin", rxcui: 11289 }],
      matched: { text: "warfarin", kind: "generic" },
    });
    expect(rest).toEqual([]);
  });

  it("finds a generic through its brand", () => {
    const [hit] = searchDrugs("Couma");
    expect(hit.name).toBe("warfarin");
    expect(hit.matched).toEqual({ text: "coumadin", kind: "brand" });
  });

  it("puts an exact match first and respects the limit", () => {
    const names = searchDrugs("cef", 3).map((r) => r.name);
    expect(names).toEqual(["cefaclor", "cefadroxil", "cefatrizine"]);
    expect(searchDrugs("amoxicillin", 10).map((r) => r.name)).toEqual(["amoxicillin", "amoxicillin/clavulanate"]);
  });

  it("matches later words of a name (clavulanate -> amoxicillin/clavulanate)", () => {
    expect(searchDrugs("clav").map((r) => r.name)).toEqual(["clavulanate", "amoxicillin/clavulanate"]);
  });

  it("returns nothing for an empty query and clamps the limit", () => {
    expect(searchDrugs("   ")).toEqual([]);
    expect(searchDrugs("a", 0)).toHaveLength(1);
    expect(searchDrugs("a", 500)).toHaveLength(50);
  });
});
